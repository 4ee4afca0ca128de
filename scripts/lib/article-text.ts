// An article's text as paragraphs: the first stage of the parser, and all the handout needs to
// print the article in full. Pure: takes bytes or a string, never touches the file system.

import { CHROME_LINES, WEB_CHROME } from './generate/lexicon'
import { normalizeSpace } from './text'

export class ArticleError extends Error {
  override name = 'ArticleError'
}

export interface ImageMarker {
  alt: string
  src: string
}

const IMAGE_MARKER = /^!\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/

function decodeBytes(input: Uint8Array | string, name: string): string {
  if (typeof input === 'string')
    return input
  if (input.length === 0)
    throw new ArticleError(`${name} is empty: an article needs a title and at least one paragraph.`)
  if (input.includes(0))
    throw new ArticleError(`${name} looks binary (it contains NUL bytes): give a plain-text or Markdown article in UTF-8.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input)
  }
  catch {
    throw new ArticleError(`${name} is not valid UTF-8: save the article as UTF-8 text and try again.`)
  }
}

/**
 * The article's text, checked and normalised (no byte-order mark, \n line ends). Throws
 * ArticleError with a one-line message for input that is not a text article.
 */
export function articleSource(input: Uint8Array | string, name = 'The article'): string {
  const source = decodeBytes(input, name).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (source.trim() === '')
    throw new ArticleError(`${name} is empty: an article needs a title and at least one paragraph.`)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/.test(source))
    throw new ArticleError(`${name} contains control characters: give a plain-text or Markdown article in UTF-8.`)
  return source
}

/** .md and .markdown are Markdown, .txt is plain text; anything else is told apart by its content. */
export function markdownByName(name: string): boolean | undefined {
  if (/\.(?:md|markdown)$/i.test(name))
    return true
  return /\.txt$/i.test(name) ? false : undefined
}

/** Markdown when the name says so, or else when a line starts a heading or a block quotation. */
export function isMarkdown(source: string, name = ''): boolean {
  return markdownByName(name) ?? /^(?:#{1,6}\s|>\s)/m.test(source)
}

/** Strips Markdown's inline markup, keeping the words a reader sees. */
function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
}

export interface RawParagraph {
  text: string
  heading?: number
  blockquote?: boolean
  image?: ImageMarker
  /** Web chrome such as "click to enlarge" came right after it: it is a photo caption. */
  enlarge?: boolean
}

/** Stands, at the end of a line, for the "click to enlarge" that was cut from it or from the line after it. */
const ENLARGE_MARK = '\uE001'

/** A line of the web page the article was copied from, not of the article: "Return to top", "click to enlarge". */
export function isChromeLine(line: string): boolean {
  const text = normalizeSpace(line)
  return CHROME_LINES.some(pattern => pattern.test(text)) || WEB_CHROME.some(pattern => new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(text))
}

/** A line without the web chrome at its end ("Veterans at the cenotaph. click to enlarge"), and that chrome. */
export function withoutTrailingChrome(line: string): { text: string, chrome?: string } {
  for (const pattern of WEB_CHROME) {
    const m = new RegExp(`\\s*(?:${pattern.source})\\s*$`, pattern.flags).exec(line)
    if (m && m.index > 0)
      return { text: line.slice(0, m.index), chrome: m[0].trim() }
  }
  return { text: line }
}

/** Short lines that mostly start with a capital or a quotation mark: verse, not hard-wrapped prose. */
function looksLikeVerse(group: string[]): boolean {
  if (group.length < 2 || group.some(line => line.trim().length > 56))
    return false
  return group.filter(line => /^\s*(?:[>*-]\s*)?[«“„"‘(\p{Lu}]/u.test(line)).length >= group.length * 0.7
}

/** The article's paragraphs, with the lines of web chrome in `chrome`. */
export function toParagraphsAndChrome(source: string, markdown: boolean): { paragraphs: RawParagraph[], chrome: string[] } {
  const chrome: string[] = []
  const lines: string[] = []
  for (const raw of source.split('\n').map(line => line.replace(/\s+$/, ''))) {
    if (raw.trim() !== '' && isChromeLine(raw.replace(/^\s*(?:#{1,6}|>)\s*/, ''))) {
      chrome.push(raw.trim())
      // "click to enlarge" on its own line tells that the line before it is a caption.
      const previous = lines.findLastIndex(line => line.trim() !== '')
      if (previous >= 0 && WEB_CHROME.some(pattern => pattern.test(raw)) && !lines[previous].endsWith(ENLARGE_MARK))
        lines[previous] += ENLARGE_MARK
      continue
    }
    const { text, chrome: trailing } = withoutTrailingChrome(raw)
    if (trailing)
      chrome.push(trailing)
    lines.push(trailing ? `${text}${ENLARGE_MARK}` : text)
  }
  return { paragraphs: linesToParagraphs(lines, markdown), chrome }
}

/** The article's paragraphs (the handout prints them): web chrome is left out. */
export function toParagraphs(source: string, markdown: boolean): RawParagraph[] {
  return toParagraphsAndChrome(source, markdown).paragraphs
}

function linesToParagraphs(lines: string[], markdown: boolean): RawParagraph[] {
  const groups: string[][] = [[]]
  for (const line of lines) {
    if (line.trim() === '')
      groups.push([])
    else
      groups.at(-1)!.push(line)
  }
  const blankLineSeparated = groups.filter(g => g.length > 0).length > 1
  const paragraphs: RawParagraph[] = []
  const special = (line: string) => /^\s*(?:#{1,6}\s|!\[)/.test(line)
  const firstGroup = groups.find(g => g.length > 0)
  for (const group of groups) {
    // Lines stand alone in a file without blank lines (as in the seed), in the header group
    // (date, title, subtitle), and where every line ends a sentence (a caption and its credit).
    // Otherwise blank lines separate paragraphs and a paragraph's lines are joined: hard-wrapped prose.
    const separate = !blankLineSeparated || group === firstGroup || group.every(line => /[.!?:)”"»“]$/.test(line.trim())) || looksLikeVerse(group)
    let pending: string[] = []
    const flush = () => {
      if (pending.length > 0)
        paragraphs.push(classify(pending.join(' '), markdown))
      pending = []
    }
    for (const [i, line] of group.entries()) {
      if (separate || special(line) || attributesTheLineBefore(line, group[i - 1])) {
        flush()
        paragraphs.push(classify(line, markdown))
      }
      else {
        pending.push(markdown && pending.length > 0 ? line.replace(/^\s*>\s?/, '') : line)
      }
    }
    flush()
  }
  return paragraphs.filter(p => p.text !== '' || p.image)
}

/**
 * "— Marguerite Ferrand, March 1977" under a line that closes a quotation: the quotation's
 * attribution, a paragraph of its own even with no blank line before it.
 */
function attributesTheLineBefore(line: string, before: string | undefined): boolean {
  return before !== undefined && /["”»’]\W?$/.test(before.trim()) && /^\s*(?:[—–]|--)\s*\p{Lu}/u.test(line)
}

function classify(line: string, markdown: boolean): RawParagraph {
  const paragraph = classifyText(line.replaceAll(ENLARGE_MARK, ''), markdown)
  return line.includes(ENLARGE_MARK) ? { ...paragraph, enlarge: true } : paragraph
}

function classifyText(line: string, markdown: boolean): RawParagraph {
  const trimmed = line.trim()
  const image = IMAGE_MARKER.exec(trimmed)
  if (image)
    return { text: '', image: { alt: image[1], src: image[2] } }
  if (markdown) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed)
    if (heading)
      return { text: normalizeSpace(stripInlineMarkdown(heading[2])), heading: heading[1].length }
    if (/^>/.test(trimmed))
      return { text: normalizeSpace(stripInlineMarkdown(trimmed.replace(/^>\s?/, ''))), blockquote: true }
    return { text: normalizeSpace(stripInlineMarkdown(trimmed)) }
  }
  return { text: normalizeSpace(trimmed) }
}
