// The plan's changes to the slides: `drop` leaves a slide out (its article text moves to the
// notes of the slide before), `add` inserts one (a minute of silence).

import type { PlanFile } from '../plan-file'
import type { SlidePlan } from './types'
import { PlanError } from './types'

export function applyDropAndAdd(slides: SlidePlan[], plan: PlanFile): SlidePlan[] {
  const ids = new Set(slides.map(s => s.id))
  for (const id of plan.drop ?? []) {
    if (id === 'cover')
      throw new PlanError('plan: the cover cannot be dropped: it holds the deck\'s headmatter.')
    if (!ids.has(id))
      throw new PlanError(`plan: cannot drop "${id}": the deck has no such slide (it has ${[...ids].join(', ')}).`)
  }
  const kept: SlidePlan[] = []
  for (const slide of slides) {
    if (plan.drop?.includes(slide.id) && kept.length > 0) {
      // The article text of a dropped slide is still spoken: it moves to the notes of the slide before.
      kept.at(-1)!.notes.push(...slide.notes.filter(n => 'text' in n))
      continue
    }
    kept.push(slide)
  }
  for (const extra of plan.add ?? []) {
    const at = kept.findIndex(s => s.id === extra.after)
    if (at < 0)
      throw new PlanError(`plan: cannot add "${extra.id}" after "${extra.after}": no such slide.`)
    kept.splice(at + 1, 0, { id: extra.id, title: extra.title, notes: extra.notes ? [{ text: extra.notes }] : [], budget: extra.seconds ?? 0, kind: 'custom', text: extra.text })
  }
  return kept
}
