// Time budgets: each slide's words and clicks at the speaking rate, plus its planned silence,
// shared out over the deck's duration by the timing module.

import type { SlidePlan } from './types'
import { countWords } from '../../text'
import { MIN_BUDGET, shareBudgets, speakingSeconds } from '../../../../composables/timing'
import { PlanError } from './types'

export function noteWords(slide: SlidePlan): number {
  return slide.notes.reduce((n, item) => n + ('text' in item ? countWords(item.text) : 0), 0)
}

export function noteClicks(slide: SlidePlan): number {
  return slide.notes.filter(item => 'click' in item).length
}

/**
 * Gives every slide a budget that the deck's duration (minutes) adds up to exactly. Slides added
 * with a fixed number of seconds keep them. Returns the duration.
 */
export function assignBudgets(slides: SlidePlan[], wpm: number, duration?: number): number {
  const fixed = slides.map(s => s.kind === 'custom' && s.budget > 0)
  const estimates = slides.map((s, i) => fixed[i] ? s.budget : Math.max(MIN_BUDGET, speakingSeconds(noteWords(s), noteClicks(s), wpm) + (s.pause ?? 0)))
  const { budgets, minutes, neededMinutes } = shareBudgets(estimates, fixed, duration)
  if (!budgets)
    throw new PlanError(`plan: a duration of ${minutes} minutes is too short: the notes and pauses need at least ${neededMinutes} minutes at ${wpm} words a minute.`)
  slides.forEach((s, i) => {
    s.budget = budgets[i]
  })
  return minutes
}
