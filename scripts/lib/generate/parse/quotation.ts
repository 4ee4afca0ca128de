// A quotation's own parts: its marks as the article writes them (“ ” « » „ “ "), and its text cut
// into words, elisions ("[…]") and stage directions ("(Applause.)", "(Аплодисменты.)").

import type { QuoteMarks, QuoteSegment } from '../model'

export const OPEN_QUOTES = /^["“„«‹]/
/** A closing mark, and the full stop that Russian, French or German set after it («…дети».). */
export const CLOSE_QUOTES = /["”»“›][.!?…]?$/
const ELISION = /\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)/g
const STAGE_WORDS = 'applause|laughter|cheers?|cheering|ovation|shouts?|stir|rise|rises|standing|applaudissements|rires|ovation|аплодисменты|аплодисментов|смех|оживление|овация|beifall|applaus|lachen|heiterkeit|aplausos|risas|ovación'
const STAGE_DIRECTION = new RegExp(`\\((?:[^()]*(?<![\\p{L}])(?:${STAGE_WORDS})(?![\\p{L}])[^()]*)\\)`, 'giu')

// French sets a space inside its guillemets: « Nous … ici. »; the marks keep it, as written.
const OPEN_MARK = /^["“„«‹][ \u00A0\u202F]?/
const CLOSE_MARK = /[ \u00A0\u202F]?["”»“›][.!?…]?$/

/** The opening and closing marks of a paragraph ("" where it has none), with the spaces French puts inside them. */
export function quoteMarks(paragraph: string): QuoteMarks {
  const open = OPEN_MARK.exec(paragraph)?.[0] ?? ''
  const close = CLOSE_MARK.exec(paragraph)?.[0] ?? ''
  // A lone mark ('".') opens nothing: marks never overlap.
  return open.length + close.length > paragraph.length ? { open, close: '' } : { open, close }
}

/** How many quotation marks a text holds: a paragraph with more than its own pair quotes inside itself. */
export function countMarks(text: string): number {
  return (text.match(/[“”"«»„]/g) ?? []).length
}

/** A paragraph set apart as a quotation: it opens with a mark and holds no other quotation. */
export function opensQuotation(text: string): boolean {
  const { open, close } = quoteMarks(text)
  if (!OPEN_QUOTES.test(text) || !/[\p{L}\p{N}]/u.test(text.slice(open.length, text.length - close.length)))
    return false
  return CLOSE_QUOTES.test(text) ? countMarks(text) <= 2 : countMarks(text.slice(1)) === 0
}

/** A paragraph without its marks, cut into text, elisions and stage directions. Verse keeps its line breaks. */
export function segmentQuotation(paragraph: string, marks: QuoteMarks = quoteMarks(paragraph)): QuoteSegment[] {
  const inner = paragraph.slice(marks.open.length, paragraph.length - marks.close.length)
  const specials: { kind: 'elision' | 'stage', index: number, text: string }[] = [
    ...[...inner.matchAll(ELISION)].map(m => ({ kind: 'elision' as const, index: m.index, text: m[0] })),
    ...[...inner.matchAll(STAGE_DIRECTION)].map(m => ({ kind: 'stage' as const, index: m.index, text: m[0] })),
  ].sort((a, b) => a.index - b.index)
  const segments: QuoteSegment[] = []
  let at = 0
  for (const special of specials) {
    if (special.index < at)
      continue
    const before = inner.slice(at, special.index).trim()
    if (before)
      segments.push({ kind: 'text', text: before })
    segments.push({ kind: special.kind, text: special.text })
    at = special.index + special.text.length
  }
  const rest = inner.slice(at).trim()
  if (rest)
    segments.push({ kind: 'text', text: rest })
  return segments
}
