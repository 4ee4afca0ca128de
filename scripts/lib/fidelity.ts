// The fidelity check: every quotation, caption, credit, figure and statement a deck shows must be
// found word for word in the article. Reads the generated slides.md, so it also catches hand edits.

import type { QuotationChunk } from './generate/plan'
import { chunkText } from './generate/plan'
import { decodeEntities, normalizeSpace } from './text'

export { decodeEntities }

export type ShownKind = 'quotation' | 'figure' | 'context' | 'statement' | 'timeline' | 'date' | 'caption' | 'credit' | 'attribution' | 'heading'

export interface ShownText {
  kind: ShownKind
  text: string
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m ? decodeEntities(m[1]) : undefined
}

function jsonProp<T>(tag: string, name: string): T | undefined {
  const m = new RegExp(`\\s:${name}='([^']*)'`).exec(tag)
  return m ? JSON.parse(decodeEntities(m[1])) as T : undefined
}

/** What the deck shows that comes from the article (slide titles are the editor's and are left out). */
export function shownTexts(markdown: string): ShownText[] {
  const shown: ShownText[] = []
  const withoutNotes = markdown.replace(/<!--[\s\S]*?-->/g, '')
  /** Each named attribute a component tag has, as the kind of text it shows. */
  const shownAttributes = (tag: string, kinds: Record<string, ShownKind>) => {
    for (const [name, kind] of Object.entries(kinds)) {
      const value = attribute(tag, name)
      if (value)
        shown.push({ kind, text: value })
    }
  }
  // Text marked data-given came from the plan or a flag (a title for an article without one), not the article.
  for (const m of withoutNotes.matchAll(/<(p|li) class="(statement-text|closing-text|date-line|subtitle|byline)" v-pre>([^<]*)<\/\1>/g))
    shown.push({ kind: m[2] === 'statement-text' || m[2] === 'closing-text' ? 'statement' : 'heading', text: decodeEntities(m[3]) })
  for (const m of withoutNotes.matchAll(/<h1 v-pre>([^<]*)<\/h1>/g))
    shown.push({ kind: 'heading', text: decodeEntities(m[1]) })
  for (const [tag] of withoutNotes.matchAll(/<Quotation\b[^>]*\/>/g)) {
    for (const chunk of jsonProp<QuotationChunk[]>(tag, 'paragraphs') ?? [])
      shown.push({ kind: 'quotation', text: chunkText(chunk) })
    shownAttributes(tag, { speaker: 'attribution', role: 'attribution', occasion: 'attribution', when: 'attribution' })
  }
  for (const [tag] of withoutNotes.matchAll(/<KeyFigure\b[^>]*\/>/g)) {
    if (/\sderived[\s/]/.test(tag))
      continue // computed from dates, checked by the figure tests instead
    shownAttributes(tag, { figure: 'figure', context: 'context' })
  }
  for (const [tag] of withoutNotes.matchAll(/<Timeline\b[^>]*\/>/g)) {
    for (const event of jsonProp<{ date?: string, text: string }[]>(tag, 'events') ?? []) {
      shown.push({ kind: 'timeline', text: event.text })
      if (event.date)
        shown.push({ kind: 'date', text: event.date })
    }
  }
  for (const [tag] of withoutNotes.matchAll(/<Photo\b[^>]*\/>/g)) {
    shownAttributes(tag, { caption: 'caption', credit: 'credit' })
  }
  return shown
}

/** The shown texts that are not in the article word for word; an empty list means the deck is faithful. */
export function unfaithfulTexts(markdown: string, article: string): ShownText[] {
  const source = normalizeSpace(article)
  return shownTexts(markdown).filter(s => !source.includes(normalizeSpace(s.text)))
}
