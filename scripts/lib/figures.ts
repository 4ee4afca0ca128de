// Finds dates and figures in article text. Pure functions, no Node APIs.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

const MONTH_PATTERN = MONTHS.join('|')

export interface DateMention {
  /** The date exactly as written, e.g. "February 2, 1943" or "May 1945". */
  text: string
  year: number
  /** 1-12, when the text names a month. */
  month?: number
  day?: number
  /** YYYY-MM-DD when day, month and year are all given. */
  iso?: string
  index: number
}

const DATE_RE = new RegExp(
  `\\b(?:(${MONTH_PATTERN})\\s+(\\d{1,2}),\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})|(${MONTH_PATTERN})\\s+(?:of\\s+)?(\\d{4}))\\b`,
  'g',
)

export function findDates(text: string): DateMention[] {
  const dates: DateMention[] = []
  for (const m of text.matchAll(DATE_RE)) {
    const monthName = m[1] ?? m[5] ?? m[7]
    const day = m[2] ?? m[4]
    const year = Number(m[3] ?? m[6] ?? m[8])
    const month = MONTHS.indexOf(monthName as typeof MONTHS[number]) + 1
    const mention: DateMention = { text: m[0], year, month, index: m.index }
    if (day) {
      mention.day = Number(day)
      mention.iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    }
    dates.push(mention)
  }
  return dates
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

export type FigureKind = 'count' | 'fraction' | 'percent' | 'year' | 'ordinal'

export interface FigureMention {
  /** The figure exactly as written: "300,000", "one-third", "twenty-seven million". */
  text: string
  /** Its numeric value (a fraction for "one-third", 0.4 for "40 per cent"). */
  value: number
  kind: FigureKind
  index: number
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }
const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10 }

const UNIT_WORDS = Object.keys(UNITS).join('|')
const SCALE_WORDS = Object.keys(SCALES).join('|')
const FRACTION_WORDS = Object.keys(FRACTIONS).join('|')
const WORD_NUMBER = `(?:${UNIT_WORDS})(?:[- ](?:${UNIT_WORDS}))?(?:[- ](?:${SCALE_WORDS})(?:[- ](?:and[- ])?(?:${UNIT_WORDS})(?:[- ](?:${UNIT_WORDS}))?)?)*`

const FIGURE_RE = new RegExp([
  // 40 per cent, 40%, 12.5 percent
  `(?<percent>\\b\\d+(?:\\.\\d+)?\\s?(?:%|per ?cent\\b))`,
  // 26th, 82nd
  `(?<ordinal>\\b\\d+(?:st|nd|rd|th)\\b)`,
  // 300,000 / 1.5 million / 27 million / 1943
  `(?<digits>\\b\\d{1,3}(?:,\\d{3})+(?:\\s(?:${SCALE_WORDS})\\b)?|\\b\\d+(?:\\.\\d+)?(?:\\s(?:${SCALE_WORDS})\\b)?)`,
  // one-third, two thirds, a half
  `(?<fraction>\\b(?:${UNIT_WORDS}|a)[- ](?:${FRACTION_WORDS})\\b)`,
  // twenty-seven million, three hundred thousand
  `(?<words>\\b${WORD_NUMBER}\\b)`,
].join('|'), 'gi')

function wordsToNumber(text: string): number {
  let total = 0
  let current = 0
  for (const word of text.toLowerCase().split(/[- ]+/)) {
    if (word === 'and')
      continue
    if (word in UNITS) {
      current += UNITS[word]
    }
    else if (word === 'hundred') {
      current = (current || 1) * 100
    }
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]
      current = 0
    }
  }
  return total + current
}

function digitsToNumber(text: string): number {
  const [number, scale] = text.split(/\s/)
  const value = Number(number.replace(/,/g, ''))
  return scale ? value * SCALES[scale.toLowerCase()] : value
}

/**
 * Finds the figures in a piece of text. Dates are left out (they are found by findDates),
 * and so are single small number words ("one of the ...") that are not figures.
 */
export function findFigures(text: string): FigureMention[] {
  const dateSpans = findDates(text).map(d => [d.index, d.index + d.text.length] as const)
  const insideDate = (index: number) => dateSpans.some(([start, end]) => index >= start && index < end)
  const figures: FigureMention[] = []
  for (const m of text.matchAll(FIGURE_RE)) {
    if (insideDate(m.index))
      continue
    const groups = m.groups!
    const raw = m[0]
    if (groups.percent) {
      figures.push({ text: raw, value: Number.parseFloat(raw) / 100, kind: 'percent', index: m.index })
    }
    else if (groups.ordinal) {
      figures.push({ text: raw, value: Number.parseInt(raw, 10), kind: 'ordinal', index: m.index })
    }
    else if (groups.digits) {
      const value = digitsToNumber(raw)
      const looksLikeYear = /^\d{4}$/.test(raw) && value >= 1000 && value <= 2100
      figures.push({ text: raw, value, kind: looksLikeYear ? 'year' : 'count', index: m.index })
    }
    else if (groups.fraction) {
      const [numerator, denominator] = raw.toLowerCase().split(/[- ]/)
      const count = numerator === 'a' ? 1 : UNITS[numerator]
      figures.push({ text: raw, value: count * FRACTIONS[denominator], kind: 'fraction', index: m.index })
    }
    else if (groups.words) {
      const value = wordsToNumber(raw)
      // "one", "two" ... on their own are ordinary words; a written-out figure has a scale or is large.
      if (value >= 100 || /hundred|thousand|million|billion/i.test(raw))
        figures.push({ text: raw, value, kind: 'count', index: m.index })
    }
  }
  return figures
}
