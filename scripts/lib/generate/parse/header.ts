// The article's header: a date line (also with an issue number: "June 6, 2024 - No. 21"), the
// headline, a subtitle and an author line, in the first few paragraphs. Parts the article lacks
// can be given (plan or flags); a missing headline is refused with the flag that gives one.

import type { RawParagraph } from '../../article-text'
import type { DateMention } from '../dates'
import type { ArticleHeader } from '../model'
import { ArticleError } from '../../article-text'
import { findDates } from '../dates'
import { countWords, normalizeSpace } from '../../text'
import { isCreditLine, isSourceLine } from './captions'
import { OPEN_QUOTES } from './quotation'
import { readSpeechLabel } from './speech'

export interface HeaderOverrides {
  title?: string
  subtitle?: string
  date?: string
}

export interface Header extends ArticleHeader {
  /** How many paragraphs the header took. */
  length: number
  /** Paragraphs before the headline that are not the header: a blog's quotation of the day, an epigraph. */
  preamble: RawParagraph[]
}

const ISSUE = /(?:(?:vol(?:ume)?\.?|том|jahrgang|año)\s*[\dIVXLC]+\s*[,.-]?\s*)?(?:no\.?|nos\.?|number|issue|n°|nº|n\.º|№|nr\.?|núm\.?|número|numéro|выпуск|ausgabe)\s*\d+(?:\s*\(\d+\))?/iu
const WEEKDAY = /(?<![\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])/giu

/** A line that is a date and nothing else but an issue number, a weekday, "date", separators. */
export function readDateLine(text: string, lang: string): { date: DateMention, issue?: string } | undefined {
  const dates = findDates(text, lang)
  if (dates.length !== 1 || countWords(text) > 14)
    return undefined
  const issue = ISSUE.exec(text)?.[0]
  const rest = text
    .replace(dates[0].text, ' ')
    .replace(issue ?? '\u0000', ' ')
    .replace(WEEKDAY, ' ')
    .replace(/(?<![\p{L}])(?:date|updated|mis à jour|обновлено|stand|actualizado|le|on|the|г\.?|года|год)(?![\p{L}])/giu, ' ')
  return /^[\p{P}\p{S}\s\d]*$/u.test(normalizeSpace(rest)) && !/\d{3,}/.test(rest) ? { date: dates[0], issue: issue?.trim() } : undefined
}

/** A headline: short, not a sentence (no final full stop, colon or comma), not a quotation. */
export function looksLikeHeadline(paragraph: RawParagraph | undefined): boolean {
  if (!paragraph || paragraph.image || paragraph.blockquote || !paragraph.text)
    return false
  const text = paragraph.text
  // An entity at the end ("&amp;") is text, not a semicolon ending a sentence.
  return countWords(text) > 0 && countWords(text) <= 24 && !/[.:;,]$/.test(text.replace(/&#?\w+;$/, '')) && !OPEN_QUOTES.test(text)
}

/** "– Pauline Easton –", "By Tony Seed", "Par Jean Dupont", "Автор: …": who wrote it. */
export function isByline(text: string): boolean {
  return /^[—–-]\s*[^—–-]{2,60}\s*[—–-]$/u.test(text)
    || /^(?:by|par|de|von|por|автор:?)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}$/u.test(text)
}

function refuseWithoutTitle(name: string, first: string | undefined): never {
  const opening = first ? `: it starts "${first.slice(0, 50)}${first.length > 50 ? '…' : ''}", which is not a headline` : ''
  throw new ArticleError(`${name} has no headline${opening}. Give the deck a title with --title "…" (or title: in the plan file).`)
}

/** Reads the header from the first paragraphs. `paragraphs` are the article's, web chrome left out. */
export function readHeader(paragraphs: RawParagraph[], lang: string, markdown: boolean, given: HeaderOverrides, name: string): Header {
  // A quotation before the headline (a blog's quotation of the day) is not the header: the body gets it.
  let cursor = 0
  while ((paragraphs[cursor]?.blockquote || OPEN_QUOTES.test(paragraphs[cursor]?.text ?? '') || /^[—–-]\s*\S/.test(paragraphs[cursor]?.text ?? ''))
    && [paragraphs[cursor + 1], paragraphs[cursor + 2]].some(p => p?.heading || (looksLikeHeadline(p) && !OPEN_QUOTES.test(p!.text))))
    cursor++
  const preamble = paragraphs.slice(0, cursor)
  let dateLine: string | undefined
  let issue: string | undefined
  let date: DateMention | undefined
  const takeDateLine = () => {
    const p = paragraphs[cursor]
    const read = p && !p.image && !dateLine ? readDateLine(p.text, lang) : undefined
    if (read) {
      // A page's separators around the date ("| June 7, 2017") are not part of it.
      // and neither is the label a page sets before it ("date 2019-06-06", "Publié le …").
      dateLine = p.text.replace(/^[\s|·•]+|[\s|·•]+$/gu, '').replace(/^(?:date|dated|published(?: on)?|publié le|опубликовано|veröffentlicht am|publicado el)\s*:?\s+(?=\S)/iu, '')
      issue = read.issue
      date = read.date
      cursor++
    }
  }
  takeDateLine()
  let title: string | undefined
  const candidate = paragraphs[cursor]
  const markdownTitle = markdown && candidate?.heading
  if (candidate && (markdownTitle || (!candidate.heading && looksLikeHeadline(candidate)) || (candidate.heading && !markdown))) {
    title = candidate.text
    cursor++
  }
  takeDateLine()
  let subtitle: string | undefined
  const next = paragraphs[cursor]
  const notASubtitle = (text: string) => isByline(text) || isSourceLine(text) || isCreditLine(text, false) || Boolean(readSpeechLabel(text, lang))
  if (title && next && (next.heading === 2 || (!next.heading && looksLikeHeadline(next) && !notASubtitle(next.text) && countWords(next.text) <= 30))) {
    subtitle = next.text
    cursor++
  }
  takeDateLine()
  let byline: string | undefined
  if (paragraphs[cursor] && isByline(paragraphs[cursor].text)) {
    byline = paragraphs[cursor].text
    cursor++
  }
  takeDateLine()
  const header: Header = { dateLine, issue, date, title: given.title ?? title ?? '', subtitle: given.subtitle ?? subtitle, byline, given: [], length: cursor, preamble }
  if (given.title)
    header.given.push('title')
  if (given.subtitle)
    header.given.push('subtitle')
  if (!header.title)
    refuseWithoutTitle(name, paragraphs[cursor]?.text)
  if (given.date)
    Object.assign(header, givenDate(given.date, lang, header))
  return header
}

/** --date: the date of the occasion, in the article's language or as YYYY-MM-DD. */
function givenDate(text: string, lang: string, header: Header): Partial<Header> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date: DateMention | undefined = iso
    ? { text, year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), iso: text, index: 0 }
    : findDates(text, lang)[0] ?? findDates(text, 'en')[0]
  if (!date)
    throw new ArticleError(`--date "${text}" is not a date: write it as 2025-05-09, or as the article writes dates ("9 May 2025").`)
  // The article's own date line stays; a date line is drawn from the given date only when it has none.
  return header.dateLine ? { date } : { date, dateLine: text, given: [...header.given, 'date'] }
}
