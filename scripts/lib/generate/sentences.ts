// Sentences, as the language's own rules cut them (Intl.Segmenter), with the abbreviations and
// initials that the segmenter takes for a sentence end put back together.

import { lexiconFor } from './lexicon'

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang)
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'sentence' })
    segmenters.set(lang, found)
  }
  return found
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const abbreviationPatterns = new Map<string, RegExp>()

/** A piece that ends with an abbreviation or an initial ("Mr.", "A.", "Л.М.") does not end a sentence. */
function endsWithAbbreviation(piece: string, lang: string): boolean {
  let pattern = abbreviationPatterns.get(lang)
  if (!pattern) {
    const words = lexiconFor(lang).abbreviations.map(escapeRegExp).join('|')
    pattern = new RegExp(`(?:^|[\\s(“"«„‘'])(?:${words}|\\p{Lu}|\\p{Lu}\\.\\p{Lu})\\.$`, 'u')
    abbreviationPatterns.set(lang, pattern)
  }
  return pattern.test(piece)
}

/**
 * Splits a paragraph into sentences, keeping every character: the pieces, trimmed, join back
 * with single spaces into the paragraph (as written, with single spaces).
 */
export function splitSentences(paragraph: string, lang = 'en'): string[] {
  const sentences: string[] = []
  let pending = ''
  let glued = false
  for (const { segment } of segmenter(lang).segment(paragraph)) {
    const piece = segment.trim()
    if (!piece)
      continue
    pending = pending ? `${pending}${glued ? '' : ' '}${piece}` : piece
    // A break with no space after it ("г.…") is no sentence end: the pieces must join back with spaces.
    glued = !/\s$/.test(segment)
    if (!glued && !endsWithAbbreviation(pending, lang)) {
      sentences.push(pending)
      pending = ''
    }
  }
  if (pending)
    sentences.push(pending)
  return sentences
}
