// Pacing against the time budgets: is the speaker ahead of or behind the plan for the current slide?
// Pure arithmetic, shared by the presenter's indicator and the rehearsal report.

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
  const start = budgets.slice(0, index).reduce((a, b) => a + b, 0)
  const end = start + (budgets[index] ?? 0)
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
