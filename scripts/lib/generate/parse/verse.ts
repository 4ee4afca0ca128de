// Verse: a poem quoted line by line, one line a paragraph ("In Flanders fields the poppies blow" /
// "Between the crosses, row on row,"), in quotation marks or after a line that announces it. It is
// one quotation whose line breaks are the poem's.

import type { RawParagraph } from '../../article-text'
import { countWords } from '../../text'
import { CLOSE_QUOTES, OPEN_QUOTES } from './quotation'
import { isSalutation } from './speech'

const MAX_LINE_WORDS = 12
const MAX_LINE_CHARS = 70

const isVerseLine = (p: RawParagraph | undefined, lang: string) => Boolean(p && !p.image && !p.heading && p.text
  && countWords(p.text) <= MAX_LINE_WORDS && p.text.length <= MAX_LINE_CHARS && !isSalutation(p.text, lang))

/** Lines that end a sentence mid-line are prose: verse lines end at the line. */
const proseLike = (text: string) => /[.!?]\s+\p{Lu}/u.test(text)

/**
 * The poem starting at paragraph `i`: its text (lines joined by line breaks) and how many
 * paragraphs it took. Quoted verse opens with a mark on its first line and closes on its last;
 * unquoted verse is four short lines or more in a row that mostly start with a capital.
 */
export function readVerse(body: RawParagraph[], i: number, lang: string): { text: string, length: number } | undefined {
  const lines: string[] = []
  // A paragraph with line breaks of its own (Markdown verse, or short lines between blank lines).
  const own = body[i]?.text.split('\n') ?? []
  if (own.length >= 2 && own.every(line => countWords(line) <= MAX_LINE_WORDS))
    return { text: body[i].text, length: 1 }
  if (OPEN_QUOTES.test(body[i]?.text ?? '') && !CLOSE_QUOTES.test(body[i].text)) {
    for (let j = i; j < body.length && isVerseLine(body[j], lang) && !proseLike(body[j].text); j++) {
      lines.push(body[j].text)
      if (CLOSE_QUOTES.test(body[j].text))
        return lines.length >= 2 ? { text: lines.join('\n'), length: lines.length } : undefined
      if (j > i && OPEN_QUOTES.test(body[j].text))
        return undefined
    }
    return undefined
  }
  for (let j = i; j < body.length && isVerseLine(body[j], lang) && !proseLike(body[j].text) && !OPEN_QUOTES.test(body[j].text); j++)
    lines.push(body[j].text)
  const capitalised = lines.filter(line => /^[\p{Lu}«“„"(—–-]/u.test(line)).length
  if (lines.length >= 4 && capitalised >= lines.length * 0.7 && lines.some(line => !/[.!?]$/.test(line)))
    return { text: lines.join('\n'), length: lines.length }
  return undefined
}
