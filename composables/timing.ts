// The timing facts of a deck, declared once: the speaking rate, the pauses a slide gets beyond its
// spoken notes, how budgets add up, and whether a speaker is ahead of or behind them. Pure
// arithmetic, shared by the planner, `npm run rehearse`, the speaker script and the presenter's
// pacing indicator.

/** Words a minute a commemorative speech is read at, by default, and the rates the plan may set. */
export const DEFAULT_WPM = 130
export const WPM_RANGE = { min: 40, max: 400 } as const

/** Seconds for the change of slide and a breath, and for each reveal (click) on a slide. */
export const SLIDE_PAUSE = 4
export const CLICK_PAUSE = 2
/** No slide is planned shorter than this many seconds. */
export const MIN_BUDGET = 15
/** Budgets are whole multiples of this many seconds. */
export const BUDGET_STEP = 5
/** Silence planned by default, by kind of slide: the audience looks at a photograph; the hall remembers. */
export const DEFAULT_PAUSES: Readonly<Record<string, number>> = { photo: 15, homage: 15 }

/** Seconds to speak `words` at `wpm`, with a pause for the slide change and each click. */
export function speakingSeconds(words: number, clicks: number, wpm: number): number {
  return (words / wpm) * 60 + SLIDE_PAUSE + clicks * CLICK_PAUSE
}

/**
 * Shares a duration out as budgets in whole steps of BUDGET_STEP seconds that add up exactly to it.
 * Each slide first gets its estimate rounded up (so its notes always fit), then the time left is
 * shared in proportion to the estimates. Slides with `fixed` seconds keep them. Without `minutes`,
 * the duration is the sum rounded up to the minute. Returns undefined budgets when `minutes` is too short.
 */
export function shareBudgets(estimates: readonly number[], fixed: readonly boolean[], minutes?: number): { budgets?: number[], minutes: number, neededMinutes: number } {
  const steps = estimates.map(e => Math.ceil(e / BUDGET_STEP))
  const stepsPerMinute = 60 / BUDGET_STEP
  const needed = steps.reduce((a, b) => a + b, 0)
  const neededMinutes = Math.ceil((needed * BUDGET_STEP) / 60)
  const total = minutes ?? neededMinutes
  if (needed > total * stepsPerMinute)
    return { minutes: total, neededMinutes }
  const spare = total * stepsPerMinute - needed
  const weight = estimates.reduce((n, e, i) => fixed[i] ? n : n + e, 0)
  const shares = estimates.map((e, i) => fixed[i] ? 0 : (e / weight) * spare)
  const extra = shares.map(Math.floor)
  let left = spare - extra.reduce((a, b) => a + b, 0)
  for (const [, i] of shares.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0])) {
    if (left <= 0)
      break
    if (!fixed[i]) {
      extra[i]++
      left--
    }
  }
  return { budgets: steps.map((s, i) => (s + extra[i]) * BUDGET_STEP), minutes: total, neededMinutes }
}

/** For each slide, the seconds planned up to and including it: [60, 90, 30] -> [60, 150, 180]. */
export function runningTotals(budgets: readonly number[]): number[] {
  let sum = 0
  return budgets.map(budget => (sum += budget))
}

export type PacingStatus = 'ahead' | 'on-pace' | 'behind'

export interface Pacing {
  status: PacingStatus
  /** How far ahead or behind, in seconds (0 when on pace). */
  seconds: number
  /** The current slide's window in the plan: it should be on screen from `start` to `end` seconds. */
  start: number
  end: number
}

/**
 * The speaker is on pace while the elapsed time is inside the current slide's window of the
 * cumulative budget; before the window they are ahead, after it behind.
 * `current` is the 1-based slide number; `budgets` are seconds per slide.
 */
export function pacing(elapsed: number, budgets: number[], current: number): Pacing {
  const index = Math.min(Math.max(current, 1), budgets.length) - 1
  const end = runningTotals(budgets)[index] ?? 0
  const start = end - (budgets[index] ?? 0)
  if (elapsed < start)
    return { status: 'ahead', seconds: start - elapsed, start, end }
  if (elapsed > end)
    return { status: 'behind', seconds: elapsed - end, start, end }
  return { status: 'on-pace', seconds: 0, start, end }
}

/** 95 -> "1:35" */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
