// Dates in the article's own language, read by chrono-node (en, fr, ru, de, es ...), kept as
// written. Only dates that give a year in digits count: "Today" or "the last 30 years" are words,
// not dates a timeline or a derived figure can stand on.

import * as chrono from 'chrono-node'

export interface DateMention {
  /** The date exactly as written, e.g. "February 2, 1943", "11 novembre 1918", "9 мая 1945 года". */
  text: string
  year: number
  /** 1-12, when the text names a month. */
  month?: number
  day?: number
  /** YYYY-MM-DD when day, month and year are all given. */
  iso?: string
  index: number
}

type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] }

const PARSERS: Record<string, Parser> = {
  en: chrono.en, fr: chrono.fr, ru: chrono.ru, de: chrono.de, es: chrono.es,
  pt: chrono.pt, nl: chrono.nl, it: chrono.it ?? chrono.en, sv: chrono.sv, uk: chrono.uk,
}

/** A fixed reference date, so that a parse never depends on the day it runs. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1))

// Words chrono takes into a date that are not part of it: "on", "Am", "le", "в", a weekday.
const LEADING = /^(?:[\s,]|(?:on|the|of|in|le|la|du|en|am|im|vom|den|el|del|de|в|во|с|на|к)\s)+/iu

/** Cuts a chrono match down to the written date: from its day or month to its year (and "года", "г."). */
function trimToDate(source: string, text: string, index: number, year: number): { text: string, index: number } | undefined {
  // An ISO date starts with its year: "2019-06-06".
  const iso = /\d{4}-\d{2}-\d{2}/.exec(text)
  if (iso)
    return { text: iso[0], index: index + iso.index }
  const yearAt = text.search(new RegExp(`(?<!\\d)${year}(?!\\d)`))
  if (yearAt < 0)
    return undefined
  const tail = /^\s*(?:года|году|г\.(?!\p{L})|г(?!\p{L}))/u.exec(source.slice(index + yearAt + 4))?.[0] ?? ''
  text = source.slice(index, index + yearAt + 4 + tail.length)
  const body = text.slice(0, yearAt + 4 + tail.length)
  let start = Math.max(0, body.search(/\d|\p{L}{3,}/u))
  let cut = body.slice(start)
  const lead = LEADING.exec(cut)?.[0] ?? ''
  cut = cut.slice(lead.length)
  start += lead.length
  // A weekday before the date ("Lundi 11 novembre", "вторник, 25 января") is left out.
  const weekday = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+/iu.exec(cut)?.[0] ?? ''
  return { text: cut.slice(weekday.length).trimEnd(), index: index + start + weekday.length }
}

/**
 * chrono reads "the morning of June 6, 1944" as a time of day and drops the date: a match with a
 * year written in it but none read is parsed again from each of its later words.
 */
function withYear(parser: Parser, result: chrono.ParsedResult): chrono.ParsedResult {
  if (result.start.isCertain('year') || !/\d{4}/.test(result.text))
    return result
  for (const word of result.text.matchAll(/\s(\S)/g)) {
    const again = parser.parse(result.text.slice(word.index + 1), REFERENCE)[0]
    if (again?.start.isCertain('year'))
      return Object.assign(Object.create(Object.getPrototypeOf(again)), again, { index: result.index + word.index + 1 + again.index }) as chrono.ParsedResult
  }
  return result
}

/** A day written just before a month-and-year match that chrono left out ("27 января 1944г."). */
function withDayBefore(source: string, mention: DateMention): DateMention {
  const before = /(\d{1,2})\.?\s+$/.exec(source.slice(0, mention.index))
  if (!before || mention.day !== undefined || mention.month === undefined)
    return mention
  const day = Number(before[1])
  if (day < 1 || day > 31)
    return mention
  const index = mention.index - before[0].length
  return { ...mention, text: source.slice(index, mention.index + mention.text.length), index, day, iso: iso(mention.year, mention.month, day) }
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The dates of a text, in order, each exactly as written. */
export function findDates(text: string, lang = 'en'): DateMention[] {
  const parser = PARSERS[lang.split('-')[0]] ?? chrono.en
  const found: DateMention[] = []
  for (const result of parser.parse(text, REFERENCE).map(r => withYear(parser, r))) {
    const start = result.start
    if (!start.isCertain('year'))
      continue
    const year = start.get('year')!
    const trimmed = trimToDate(text, result.text, result.index, year)
    if (!trimmed || !/\p{L}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}/u.test(trimmed.text))
      continue
    const month = start.isCertain('month') ? start.get('month')! : undefined
    const day = month && start.isCertain('day') ? start.get('day')! : undefined
    const mention: DateMention = { text: trimmed.text, year, month, day, index: trimmed.index }
    if (month && day)
      mention.iso = iso(year, month, day)
    found.push(withDayBefore(text, mention))
  }
  return [...found, ...monthsAndYears(text, lang, found)].sort((a, b) => a.index - b.index)
}

const monthNames = new Map<string, string[]>()

/** The language's month names, long and short, from Intl: "mai", "Mai", "mayo". */
function monthsOf(lang: string): string[] {
  let names = monthNames.get(lang)
  if (!names) {
    names = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 15))).toLowerCase())
    monthNames.set(lang, names)
  }
  return names
}

/** "mai 1945", "im Mai 1945", "abril de 1982": a month and a year, where chrono reads none. */
function monthsAndYears(text: string, lang: string, found: DateMention[]): DateMention[] {
  const names = monthsOf(lang.split('-')[0])
  const pattern = new RegExp(`(?<!\\p{L})(${names.join('|')})\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu')
  const taken = (index: number) => found.some(d => index >= d.index && index < d.index + d.text.length)
  return [...text.matchAll(pattern)]
    .filter(m => !taken(m.index))
    .map(m => ({ text: m[0], year: Number(m[2]), month: names.indexOf(m[1].toLowerCase()) + 1, index: m.index }))
}

/** Whole days from one calendar date to another (UTC, so no daylight-saving surprises). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000)
}

/** Full years from one date to another, counting only anniversaries already reached. */
export function yearsBetween(from: DateMention, to: DateMention): number {
  let years = to.year - from.year
  if (from.month && to.month && (to.month < from.month || (to.month === from.month && (to.day ?? 31) < (from.day ?? 1))))
    years -= 1
  return years
}

/** A sort key: year, then month, then day. */
export function dateOrder(date: DateMention): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)
}
