// The rehearsal report: for each slide, the words the speaker will say, how long that takes at a
// speaking rate, the slide's budget, and where the speaker should be against the deck's duration.

import type { DeckInfo } from './deck'
import { runningTotals, speakingSeconds } from '../../composables/timing'

export interface RehearsalRow {
  no: number
  title: string
  words: number
  clicks: number
  /** Seconds to speak the notes at the chosen rate, with the pauses for the slide change and clicks. */
  estimate: number
  /** Seconds from the slide's front matter, or undefined. */
  budget?: number
  /** Sum of the budgets up to and including this slide. */
  runningTotal: number
  /** The notes cannot be spoken in the budget. */
  tooLong: boolean
}

export interface RehearsalReport {
  title: string
  wpm: number
  duration?: number
  rows: RehearsalRow[]
  totalEstimate: number
  totalBudget: number
  /** The budgets add up to the duration. */
  budgetsMatchDuration: boolean
  problems: string[]
}

export function rehearse(deck: DeckInfo, wpm: number): RehearsalReport {
  const totals = runningTotals(deck.slides.map(slide => slide.budget ?? 0))
  const rows = deck.slides.map((slide, i) => {
    const estimate = Math.round(speakingSeconds(slide.words, slide.clicks, wpm))
    return {
      no: slide.no,
      title: slide.title,
      words: slide.words,
      clicks: slide.clicks,
      estimate,
      budget: slide.budget,
      runningTotal: totals[i],
      tooLong: slide.budget !== undefined && estimate > slide.budget,
    }
  })
  const totalEstimate = rows.reduce((n, r) => n + r.estimate, 0)
  const totalBudget = totals.at(-1) ?? 0
  const problems: string[] = []
  const missing = rows.filter(r => r.budget === undefined)
  if (missing.length > 0)
    problems.push(`${missing.length} slide(s) have no budget: ${missing.map(r => r.no).join(', ')}.`)
  for (const row of rows.filter(r => r.tooLong))
    problems.push(`slide ${row.no} ("${row.title}"): its notes take about ${row.estimate} s at ${wpm} words a minute, its budget is ${row.budget} s.`)
  const budgetsMatchDuration = deck.duration !== undefined && totalBudget === deck.duration
  if (deck.duration === undefined)
    problems.push('the deck sets no duration in its headmatter.')
  else if (!budgetsMatchDuration)
    problems.push(`the budgets add up to ${totalBudget} s, but the deck's duration is ${deck.duration} s.`)
  return { title: deck.title, wpm, duration: deck.duration, rows, totalEstimate, totalBudget, budgetsMatchDuration, problems }
}
