// Verse: a poem quoted line by line, one line a paragraph ("The orchard stands where Father stood," /
// "The apples ripen, red and good,"), in quotation marks or after a line that announces it. It is
// one quotation whose line breaks are the poem's.

import type { RawParagraph } from '../../article-text'
import { countWords } from '../../text'
import { readTrailingAttribution } from './attribution'
import { isCreditLine, isSourceLine } from './captions'
import { CLOSE_QUOTES, OPEN_QUOTES } from './quotation'
import { isSalutation } from './speech'

const MAX_LINE_WORDS = 12
const MAX_LINE_CHARS = 70
/** Unquoted verse is this many short lines in a row at least, after a line that announces it. */
const MIN_UNQUOTED_LINES = 4

/** A line that could be a line of verse: short, not an address, not a label, credit or attribution. */
function isVerseLine(p: RawParagraph | undefined, lang: string): boolean {
  if (!p || p.image || p.heading || p.enlarge || !p.text || countWords(p.text) > MAX_LINE_WORDS || p.text.length > MAX_LINE_CHARS)
    return false
  const text = p.text
  return !isSalutation(text, lang) && !/:$/.test(text) && !/\)$/.test(text) && !readTrailingAttribution(text, lang)
    && !isSourceLine(text) && !isCreditLine(text, false) && !/[.!?]\s+\p{Lu}/u.test(text)
}

/**
 * The poem starting at paragraph `i`: its text (lines joined by line breaks) and how many
 * paragraphs it took. Quoted verse opens with a mark on its first line and closes on its last;
 * unquoted verse is four short lines or more in a row, after a line that announces it (ending
 * with a colon), most of them starting with a capital.
 */
export function readVerse(body: RawParagraph[], i: number, lang: string, announced: boolean): { text: string, length: number } | undefined {
  const first = body[i]
  if (!first)
    return undefined
  // A paragraph with line breaks of its own (Markdown verse, or short lines between blank lines).
  const own = first.text.split('\n')
  if (own.length >= 2 && own.every(line => countWords(line) <= MAX_LINE_WORDS))
    return { text: first.text, length: 1 }
  const lines: string[] = []
  if (OPEN_QUOTES.test(first.text) && !CLOSE_QUOTES.test(first.text)) {
    for (let j = i; j < body.length && isVerseLine(body[j], lang); j++) {
      if (j > i && OPEN_QUOTES.test(body[j].text))
        return undefined
      lines.push(body[j].text)
      if (CLOSE_QUOTES.test(body[j].text))
        return lines.length >= 2 ? { text: lines.join('\n'), length: lines.length } : undefined
    }
    return undefined
  }
  if (!announced)
    return undefined
  for (let j = i; j < body.length && isVerseLine(body[j], lang) && !OPEN_QUOTES.test(body[j].text); j++)
    lines.push(body[j].text)
  const capitalised = lines.filter(line => /^[\p{Lu}«“„"(—–-]/u.test(line)).length
  if (lines.length >= MIN_UNQUOTED_LINES && capitalised >= lines.length * 0.7 && lines.some(line => !/[.!?]$/.test(line)))
    return { text: lines.join('\n'), length: lines.length }
  return undefined
}
