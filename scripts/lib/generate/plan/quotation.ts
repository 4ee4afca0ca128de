// Quotation slides: the highlighted quotation in full over as many slides as it needs, verse whole
// with its line breaks, short quotations on one slide. The speaker and date are the title.

import type { Quotation, QuoteSegment } from '../model'
import type { BuildContext } from './context'
import type { NoteItem, QuotationChunk, SlidePlan } from './types'
import { quoteMarks, segmentQuotation } from '../parse/quotation'
import { splitSentences } from '../sentences'
import { base, text } from './context'
import { PlanError } from './types'
import { attributionLine } from './words'

/** Characters of quotation per slide: at the quotation's type size this fills a 16:9 slide without overflow. */
export const QUOTATION_CHARS_PER_SLIDE = 700
/** Lines of verse per slide. */
const VERSE_LINES_PER_SLIDE = 12
/** A quotation this short, not the highlighted one, shares one slide with its attribution. */
export const STATEMENT_MAX_WORDS = 45

/**
 * Splits a quotation into slide-sized pages at sentence boundaries, keeping elisions and stage directions.
 * A paragraph starts a new page unless it fits on the current one; a paragraph longer than a page is
 * split into equal parts, so no page is a short remnant.
 */
export function chunkQuotation(quotation: Quotation, maxChars = QUOTATION_CHARS_PER_SLIDE, lang = 'en'): QuotationChunk[][] {
  if (quotation.verse)
    return chunkVerse(quotation)
  const pages: QuotationChunk[][] = []
  let used = 0
  quotation.segments.forEach((paragraph, p) => {
    // Pieces: each sentence of a text segment, and each elision or stage direction whole.
    const pieces: QuoteSegment[] = paragraph.flatMap(s => s.kind === 'text' ? splitSentences(s.text, lang).map(t => ({ kind: 'text' as const, text: t })) : [s])
    const length = pieces.reduce((n, s) => n + s.text.length + 1, 0)
    if (pages.length === 0 || used + length > maxChars) {
      pages.push([])
      used = 0
    }
    const target = length / Math.ceil(length / maxChars)
    const marks = quotation.marks[p]
    let chunk: QuotationChunk = { segments: [], open: marks.open, close: '' }
    pages.at(-1)!.push(chunk)
    let inChunk = 0
    for (const piece of pieces) {
      // Break before a sentence whose middle would pass the target length.
      if (piece.kind === 'text' && inChunk > 0 && inChunk + piece.text.length / 2 > target) {
        chunk = { segments: [], open: '', close: '' }
        pages.push([chunk])
        used = 0
        inChunk = 0
      }
      const last = chunk.segments.at(-1)
      if (piece.kind === 'text' && last?.kind === 'text')
        last.text = `${last.text} ${piece.text}`
      else
        chunk.segments.push({ ...piece })
      used += piece.text.length + 1
      inChunk += piece.text.length + 1
    }
    chunk.close = marks.close
  })
  return pages
}

/** Verse in pages of whole lines, each page one chunk whose text keeps the line breaks. */
function chunkVerse(quotation: Quotation): QuotationChunk[][] {
  const lines = quotation.paragraphs.join('\n').split('\n')
  const { open, close } = quotation.marks[0].open ? { open: quotation.marks[0].open, close: quotation.marks.at(-1)!.close } : { open: '', close: '' }
  const pages = Math.ceil(lines.length / VERSE_LINES_PER_SLIDE)
  const perPage = Math.ceil(lines.length / pages)
  return Array.from({ length: pages }, (_, n) => {
    let page = lines.slice(n * perPage, (n + 1) * perPage).join('\n')
    if (n === 0)
      page = page.slice(open.length)
    if (n === pages - 1)
      page = page.slice(0, page.length - close.length)
    return [{ segments: [{ kind: 'text' as const, text: page.trim() }], open: n === 0 ? open : '', close: n === pages - 1 ? close : '' }]
  })
}

/** A short quotation shown whole: one chunk with its own marks. */
export function chunkOf(quoted: string): QuotationChunk {
  const marks = quoteMarks(quoted)
  return { segments: segmentQuotation(quoted, marks), ...marks }
}

/** A chunk as the article writes it: its marks, its segments joined by spaces. */
export function chunkText(chunk: QuotationChunk): string {
  return `${chunk.open}${chunk.segments.map(s => s.text).join(' ')}${chunk.close}`
}

/** The quotation the deck shows in full: the plan's, or the longest one set apart. */
export function highlightedQuotation(ctx: BuildContext): Quotation | undefined {
  const { article, plan } = ctx
  const chosen = plan.quotation
    ? article.quotations.find(q => q.paragraphs[0].replace(/^["“„«]\s?/, '').startsWith(plan.quotation!))
    : [...article.quotations].filter(q => !q.inline && !q.epigraph).sort((a, b) => b.words - a.words)[0]
  if (plan.quotation && !chosen)
    throw new PlanError(`plan: no quotation of the article starts with "${plan.quotation}".`)
  return chosen
}

/** What the speaker reads on a quotation's slides: its introduction, its label and paragraphs, the line that attributes it. */
function spokenWith(ctx: BuildContext, quotation: Quotation, index: number): { intro: NoteItem[], after: NoteItem[] } {
  const intro = ctx.article.blocks[index - 1]
  const introNotes = intro?.kind === 'paragraph' && intro.introducesQuotation && !ctx.used.has(index - 1) ? [text(intro.text)] : []
  const after = ctx.article.blocks.filter(b => b.kind === 'attribution' && b.quotationId === quotation.id).map(b => text((b as { text: string }).text))
  return { intro: [...introNotes, ...(quotation.label ? [text(quotation.label)] : [])], after }
}

export function buildQuotation(ctx: BuildContext, quotation: Quotation, index: number, highlighted: Quotation | undefined): void {
  const { intro, after } = spokenWith(ctx, quotation, index)
  const title = attributionLine(quotation.attribution) || ctx.labels.quotation
  // An epigraph or a quotation of the day is read, not shown: it goes to the notes of the slide before.
  if (quotation.epigraph) {
    ctx.slides.at(-1)!.notes.push(...intro, ...quotation.paragraphs.map(text), ...after)
    return
  }
  if (quotation !== highlighted && !quotation.verse && quotation.words <= STATEMENT_MAX_WORDS) {
    const shown = quotation.paragraphs.join(' ')
    ctx.slides.push({ ...base(ctx, `quote-${quotation.id}`, title, [...intro, ...quotation.paragraphs.map(text), ...after]), kind: 'statement', text: shown, attribution: quotation.attribution, chunk: chunkOf(shown) })
    return
  }
  const pages = chunkQuotation(quotation, QUOTATION_CHARS_PER_SLIDE, ctx.article.lang)
  pages.forEach((chunks, n) => {
    const id = quotation === highlighted ? (n === 0 ? 'quote' : `quote-${n + 1}`) : `quote-${quotation.id}-${n + 1}`
    const spoken = quotation.verse ? [n === 0 ? quotation.paragraphs.join('\n') : ''].filter(Boolean) : chunks.map(chunkText)
    const slide: SlidePlan = {
      ...base(ctx, id, title, [...(n === 0 ? intro : []), ...spoken.map(text), ...(n === pages.length - 1 ? after : [])]),
      kind: 'quotation',
      attribution: quotation.attribution,
      part: n + 1,
      parts: pages.length,
      chunks,
      ...(quotation.verse ? { verse: true } : {}),
    }
    ctx.slides.push(slide)
  })
}
