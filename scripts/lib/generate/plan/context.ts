// What every slide builder shares: the article, the plan file, the deck's labels, the slides so
// far, and the small helpers for a slide's id, title and notes.

import type { Labels } from '../../labels'
import type { Article } from '../model'
import type { PlanFile } from '../plan-file'
import type { NoteItem, SlidePlan } from './types'
import { labelsFor } from '../../labels'
import { PlanError } from './types'

export interface BuildContext {
  article: Article
  plan: PlanFile
  labels: Labels
  slides: SlidePlan[]
  /** Block indexes some builder has already put on a slide (the opening paragraphs on the timeline). */
  used: Set<number>
  /** Slides built late (closing, photos after the last paragraph), placed by the closing builder. */
  closing: SlidePlan[]
  trailingPhotos: SlidePlan[]
  doubts: { message: string, key: string }[]
}

export function newContext(article: Article, plan: PlanFile): BuildContext {
  return { article, plan, labels: labelsFor(article.lang), slides: [], used: new Set(), closing: [], trailingPhotos: [], doubts: [] }
}

export const text = (t: string): NoteItem => ({ text: t })
export const click: NoteItem = { click: true }

/** A slide's id, title (the plan's when it sets one) and notes; the budget is filled in last. */
export function base(ctx: BuildContext, id: string, fallback: string, notes: NoteItem[] = []) {
  return { id, title: ctx.plan.titles?.[id] ?? fallback, notes, budget: 0 }
}

/** Every text the plan picks must be in the article word for word. */
export function requireInArticle(ctx: BuildContext, text: string, what: string): void {
  if (!ctx.article.texts.some(t => t.includes(text)))
    throw new PlanError(`plan: ${what} "${text}" is not in the article word for word (check quotes, dashes and spaces).`)
}
