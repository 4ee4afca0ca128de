// The deck plan: the slides, their notes and time budgets, and what the deck's headmatter says.

import type { QuotationParagraph, QuoteSegment, TimelineEvent } from '../../../../components/shapes'
import type { Attribution } from '../model'
import type { PlanFile } from '../plan-file'

export type { PlanFile, TimelineEvent }

export class PlanError extends Error {
  override name = 'PlanError'
}

export interface KeyFigurePlan { figure: string, value?: number, context: string, source: string, countUp: boolean, derived: boolean }
/** Part of a quotation paragraph on one slide: the component's shape, with every mark set. */
export interface QuotationChunk extends QuotationParagraph { segments: QuoteSegment[], open: string, close: string }
export interface PhotoPlan { src?: string, alt: string, caption: string, credit?: string, focal?: string, fit?: 'contain' | 'cover' }

export type NoteItem = { text: string } | { click: true }

interface SlideBase {
  id: string
  title: string
  /** Notes: article text to speak, in order; `click` marks where the slide reveals the next item. */
  notes: NoteItem[]
  /** Seconds, filled in by the budgeting step. */
  budget: number
  /** Seconds of planned silence on the slide, on top of the time to speak its notes. */
  pause?: number
}

export type SlidePlan = SlideBase & (
  | { kind: 'cover', dateLine?: string, heading: string, subtitle?: string, byline?: string, given: ('title' | 'subtitle' | 'date')[] }
  | { kind: 'timeline', events: TimelineEvent[] }
  | { kind: 'figures', figures: KeyFigurePlan[] }
  | { kind: 'quotation', attribution: Attribution, part: number, parts: number, chunks: QuotationChunk[], verse?: boolean }
  /** A sentence shown large; with an attribution it is a short quotation, drawn from `chunk`. */
  | { kind: 'statement', text: string, more?: string[], attribution?: Attribution, chunk?: QuotationChunk }
  | { kind: 'section' }
  | { kind: 'photo', photo: PhotoPlan }
  | { kind: 'homage', text: string }
  | { kind: 'closing', text: string }
  | { kind: 'custom', text?: string }
  | { kind: 'credits', sources: string[], credits: string[] }
)

export type SlideOf<K extends SlidePlan['kind']> = Extract<SlidePlan, { kind: K }>

export interface DeckPlan {
  title: string
  author?: string
  subtitle?: string
  dateLine?: string
  /** BCP 47 tag of the deck's language. */
  lang: string
  /** For the PDFs and the page's metadata: what the deck is about, and its keywords. */
  subject: string
  keywords: string[]
  /** The article and the speeches it quotes; the photo credit lines. */
  sources: string[]
  credits: string[]
  /** Minutes. */
  duration: number
  wpm: number
  slides: SlidePlan[]
  /** What the planner was unsure of (generic titles), with the plan key that settles it. */
  doubts: { message: string, key: string }[]
}
