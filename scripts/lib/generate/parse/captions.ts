// Photo captions and credit lines: "Photo: …", "(TML Archives.)", an archive's initials after a
// caption ("Veterans at the cenotaph. (TML)"), and the lines that say where an article comes from
// ("Source : …", "Traduction : …").

import { countWords } from '../../text'
import { allLexicons } from '../lexicon'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const opening = (words: string[]) => new RegExp(`^\\(?(?:${words.map(escapeRegExp).join('|')})\\s?:`, 'iu')

// Every language's words: a French credit line in an English article is still a credit line.
const SOURCE_LINE = opening([...allLexicons('source'), ...allLexicons('translation')].flat())
const PHOTO_CREDIT = opening(allLexicons('photoCredit').flat())

/** "Source : Ministère des Armées", "Traduction : …", "Источник: …": where the article comes from. */
export function isSourceLine(text: string): boolean {
  return countWords(text) <= 30 && SOURCE_LINE.test(text)
}

const CREDIT_WORDS = /^\(?(?:photos?|credits?|images?|pictures?)\b|\b(?:archives?|courtesy|colou?ri[sz]ed|©)\b/i

/** "Photo: Eastvale Heritage Archive", "(TML Archives. Colourized photos: Klimbim.)", "Фото: …". */
export function isCreditLine(text: string, hasImages: boolean): boolean {
  if (countWords(text) > 25)
    return false
  if (PHOTO_CREDIT.test(text))
    return true
  return CREDIT_WORDS.test(text) && (hasImages || /^\(.*\)$/.test(text))
}

/** Initials or a credit in brackets at the end of a caption: "(TML)", "[CPA]", "(Photo: Pressfoto)", "(Tom Reilly-Pressfoto)". */
const TRAILING_CREDIT = /\s*(\((?:[^()]{1,60})\)|\[(?:[^[\]]{1,60})\])\s*$/u

export function splitCaptionCredit(text: string): { caption: string, credit?: string } {
  const m = TRAILING_CREDIT.exec(text)
  if (!m || m.index === 0)
    return { caption: text }
  return { caption: text.slice(0, m.index), credit: m[1] }
}

/** A bracketed credit: an archive's initials, or a photographer, agency or "Photo: …". */
export function isCaptionCredit(credit: string): boolean {
  const inner = credit.slice(1, -1).trim()
  return /^\p{Lu}{2,8}(?:[\s/-]\p{Lu}{2,8})*\.?$/u.test(inner)
    || CREDIT_WORDS.test(inner)
    || /^(?:photo|фото|foto|crédit)/iu.test(inner)
    || /^\p{Lu}\p{L}+ \p{Lu}\p{L}+[-/](?:\p{Lu}\p{L}+|AP|AFP|TASS|ТАСС|RIA)$/u.test(inner)
    || /^via \p{Lu}/u.test(inner)
}
