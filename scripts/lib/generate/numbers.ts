// Figures as each language writes them: "147,200" and "1.5 million" in English, "147 200" and
// "1,1 million" in French and Russian, "147.200" in German and Spanish; percentages, ordinals
// ("82nd", "106e", "80-летие"), and English figures in words ("twenty-seven million", "one-third").
// Dates are found first and left out (see dates.ts).

import type { DateMention } from './dates'
import { findDates } from './dates'
import { lexiconFor } from './lexicon'

export type FigureKind = 'count' | 'fraction' | 'percent' | 'year' | 'ordinal'

export interface FigureMention {
  /** The figure exactly as written: "300,000", "147 200", "one-third", "1,1 million". */
  text: string
  /** Its numeric value (a fraction for "one-third", 0.4 for "40 per cent"). */
  value: number
  kind: FigureKind
  index: number
}

interface NumberFormat {
  /** Thousands separators and the decimal mark, as the language writes them. */
  group: string
  decimal: string
}

// Spaces of every width count as a group separator: "147 200", "147\u00A0200", "147\u202F200".
const SPACES = ' \u00A0\u202F\u2009'
const FORMATS: Record<string, NumberFormat> = {
  en: { group: ',', decimal: '.' },
  fr: { group: SPACES, decimal: ',' },
  ru: { group: SPACES, decimal: ',' },
  uk: { group: SPACES, decimal: ',' },
  de: { group: '.', decimal: ',' },
  es: { group: `.${SPACES}`, decimal: ',' },
  it: { group: '.', decimal: ',' },
  pt: { group: `.${SPACES}`, decimal: ',' },
  nl: { group: '.', decimal: ',' },
}

const formatOf = (lang: string) => FORMATS[lang.split('-')[0]] ?? FORMATS.en
const charClass = (chars: string) => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`

const PERCENT_WORDS = ['%', 'per cent', 'percent', 'pour cent', 'pour-cent', 'процентов', 'процента', 'процент', 'prozent', 'por ciento']
const ORDINAL_SUFFIX: Record<string, string> = {
  en: '(?:st|nd|rd|th)(?![\\p{L}\\d])',
  fr: '(?:e|er|re|ème|ᵉ|ᵉʳ)(?![\\p{L}\\d])',
  ru: '-(?:я|й|го|е|ю|м|летие|летия|летию|летием|годовщина|годовщины)(?![\\p{L}\\d])',
  es: '(?:º|ª|\\.º|\\.ª|°)',
  de: '(?!)',
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10 }
const UNIT_WORDS = Object.keys(UNITS).join('|')
const SCALE_WORDS = Object.keys(WORD_SCALES).join('|')
const WORD_NUMBER = `(?:${UNIT_WORDS})(?:[- ](?:${UNIT_WORDS}))?(?:[- ](?:${SCALE_WORDS})(?:[- ](?:and[- ])?(?:${UNIT_WORDS})(?:[- ](?:${UNIT_WORDS}))?)?)*`
const ENGLISH_WORDS = new RegExp(`(?<fraction>\\b(?:${UNIT_WORDS}|a)[- ](?:${Object.keys(FRACTIONS).join('|')})\\b)|(?<words>\\b${WORD_NUMBER}\\b)`, 'gi')

const patterns = new Map<string, RegExp>()

function figurePattern(lang: string): RegExp {
  const primary = lang.split('-')[0]
  let pattern = patterns.get(primary)
  if (pattern)
    return pattern
  const { group, decimal } = formatOf(primary)
  const scales = Object.keys(lexiconFor(primary).scales).sort((a, b) => b.length - a.length).map(s => s.replace(/\./g, '\\.')).join('|')
  const d = charClass(decimal)
  const number = `\\d{1,3}(?:${charClass(group)}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?`
  pattern = new RegExp([
    // Not a time (22:43, 11h00), an issue number (No. 21, № 17) or part of a longer number.
    `(?<![\\d.,:]|\\dh|\\d[${SPACES}]|(?:No|Nr|n°|nº|№)\\.?\\s?)`,
    `(?<number>${number})`,
    `(?<ordinal>${ORDINAL_SUFFIX[primary] ?? ORDINAL_SUFFIX.en})?`,
    `(?:[${SPACES}]?(?<percent>${PERCENT_WORDS.join('|')})(?!\\p{L}))?`,
    `(?:[${SPACES}](?<scale>${scales})(?!\\p{L}))?`,
    `(?![\\d:]|h\\d|[.,]\\d)`,
  ].join(''), 'giu')
  patterns.set(primary, pattern)
  return pattern
}

function numberValue(text: string, lang: string): number {
  const { group, decimal } = formatOf(lang)
  const groups = new RegExp(charClass(group), 'g')
  return Number(text.replace(groups, '').replace(decimal, '.'))
}

function wordsToNumber(text: string): number {
  let total = 0
  let current = 0
  for (const word of text.toLowerCase().split(/[- ]+/)) {
    if (word in UNITS)
      current += UNITS[word]
    else if (word === 'hundred')
      current = (current || 1) * 100
    else if (word in WORD_SCALES) {
      total += (current || 1) * WORD_SCALES[word]
      current = 0
    }
  }
  return total + current
}

function digitFigures(text: string, lang: string): FigureMention[] {
  const scales = lexiconFor(lang).scales
  const figures: FigureMention[] = []
  for (const m of text.matchAll(figurePattern(lang))) {
    const g = m.groups!
    const value = numberValue(g.number, lang)
    const raw = m[0]
    if (g.percent)
      figures.push({ text: raw, value: value / 100, kind: 'percent', index: m.index })
    else if (g.ordinal)
      figures.push({ text: raw, value, kind: 'ordinal', index: m.index })
    else if (g.scale)
      figures.push({ text: raw, value: value * scales[g.scale.toLowerCase()], kind: 'count', index: m.index })
    else
      figures.push({ text: raw, value, kind: /^\d{4}$/.test(raw) && value >= 1000 && value <= 2100 ? 'year' : 'count', index: m.index })
  }
  return figures
}

function wordFigures(text: string): FigureMention[] {
  const figures: FigureMention[] = []
  for (const m of text.matchAll(ENGLISH_WORDS)) {
    const raw = m[0]
    if (m.groups!.fraction) {
      const [numerator, denominator] = raw.toLowerCase().split(/[- ]/)
      figures.push({ text: raw, value: (numerator === 'a' ? 1 : UNITS[numerator]) * FRACTIONS[denominator], kind: 'fraction', index: m.index })
    }
    else {
      // "one", "two" ... on their own are ordinary words; a written-out figure has a scale or is large.
      const value = wordsToNumber(raw)
      if (value >= 100 || /hundred|thousand|million|billion/i.test(raw))
        figures.push({ text: raw, value, kind: 'count', index: m.index })
    }
  }
  return figures
}

/**
 * The figures of a piece of text, in order. Dates are left out (findDates has them), and so are
 * times, issue numbers and, in English, single small number words ("one of the ...").
 */
export function findFigures(text: string, lang = 'en', dates: DateMention[] = findDates(text, lang)): FigureMention[] {
  const spans = dates.map(d => [d.index, d.index + d.text.length] as const)
  const insideDate = (f: FigureMention) => spans.some(([start, end]) => f.index < end && f.index + f.text.length > start)
  const english = lang.startsWith('en') ? wordFigures(text) : []
  return [...digitFigures(text, lang), ...english].filter(f => !insideDate(f)).sort((a, b) => a.index - b.index)
}
