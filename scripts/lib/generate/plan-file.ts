// The plan file (content/plan.yaml): the editor's choices, its keys declared once, checked on
// reading so that a mistake is named with its key.

import { parse } from 'yaml'
import { WPM_RANGE } from '../../../composables/timing'
import { isLanguageTag } from './language'
import { PlanError } from './plan/types'

/** What a paragraph is, where the parser would guess otherwise (see the review report). */
export const BLOCK_KINDS = ['paragraph', 'caption', 'credit', 'source', 'quotation', 'heading'] as const
export type BlockKind = typeof BLOCK_KINDS[number]

/** What a person may choose in `content/plan.yaml`. Everything is optional. */
export interface PlanFile {
  /** The header parts an article may lack: the deck's title, subtitle and date, and its language (BCP 47). */
  title?: string
  subtitle?: string
  date?: string
  lang?: string
  /** What a paragraph is, by its first words: caption, credit, source, paragraph, quotation, heading. */
  kinds?: Record<string, BlockKind>
  /** Who said a quotation, by its first words. */
  speakers?: Record<string, string>
  /** Total speaking time in minutes; slide budgets are scaled to add up to it. */
  duration?: number
  /** Speaking rate used for the time budgets, in words per minute. */
  wpm?: number
  /** Who presents the deck: the PDFs' author. */
  author?: string
  /** Slide titles by slide id ("timeline", "figures", "quote", "p3", "photo-1", "closing" ...). */
  titles?: Record<string, string>
  /** The quotation to highlight, by its first words; the default is the longest one. */
  quotation?: string
  timeline?: { date?: string, text: string }[]
  figures?: { figure: string, context?: string, countUp?: boolean }[]
  derived?: ({ days: [string, string], label: string } | { yearsSince: string, label: string })[]
  photos?: { caption: string, file?: string, alt?: string, focal?: string, fit?: 'contain' | 'cover' }[]
  /** The sentence a paragraph's slide shows, keyed by the paragraph's first words. */
  highlights?: Record<string, string>
  /** Paragraphs (by first words) that share the slide of the paragraph before them. */
  merge?: string[]
  /** The sentence the homage slide shows and the one the closing slide ends on. */
  homage?: string
  closing?: string
  /**
   * Seconds of silence planned on a slide beyond its spoken notes, by slide id (a moment to look at
   * a photograph, a minute of silence). Defaults: 15 s on photo slides and on the homage slide.
   */
  pauses?: Record<string, number>
  /** Slide ids to leave out. Their article text moves to the notes of the slide before. */
  drop?: string[]
  /** Extra slides, e.g. a minute of silence: shown after the slide with id `after`. */
  add?: { after: string, id: string, title: string, text?: string, notes?: string, seconds?: number }[]
}

/** The plan file's keys, in the order the README lists them. */
export const PLAN_KEYS = ['title', 'subtitle', 'date', 'lang', 'kinds', 'speakers', 'duration', 'wpm', 'author', 'titles', 'quotation', 'timeline', 'figures', 'derived', 'photos', 'highlights', 'merge', 'homage', 'closing', 'pauses', 'drop', 'add'] as const satisfies readonly (keyof PlanFile)[]


/** Checks a plan file's shape, turning YAML's numbers into the strings the plan means. */
function checkPlan(data: Record<string, unknown>, name: string): PlanFile {
  const fail = (message: string): never => {
    throw new PlanError(`${name}: ${message}`)
  }
  const text = (value: unknown, where: string): string => {
    if (typeof value === 'string' && value.trim() !== '')
      return value
    if (typeof value === 'number')
      return String(value)
    return fail(`${where} must be text, not ${JSON.stringify(value)}.`)
  }
  const optionalText = (value: unknown, where: string) => value === undefined || value === null ? undefined : text(value, where)
  const number = (value: unknown, where: string, min: number, max: number): number => {
    if (typeof value === 'number' && value >= min && value <= max)
      return value
    return fail(`${where} must be a number from ${min} to ${max}, not ${JSON.stringify(value)}.`)
  }
  const list = (value: unknown, where: string): unknown[] => Array.isArray(value) ? value : fail(`${where} must be a list (lines starting with "- ").`)
  const map = (value: unknown, where: string): Record<string, unknown> => value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : fail(`${where} must be a mapping (key: value lines).`)
  for (const key of Object.keys(data)) {
    if (!(PLAN_KEYS as readonly string[]).includes(key))
      fail(`unknown option "${key}" (the options are ${PLAN_KEYS.join(', ')}).`)
  }
  const plan: PlanFile = {}
  plan.title = optionalText(data.title, 'title')
  plan.subtitle = optionalText(data.subtitle, 'subtitle')
  plan.date = optionalText(data.date, 'date')
  if (data.lang !== undefined) {
    plan.lang = text(data.lang, 'lang')
    if (!isLanguageTag(plan.lang))
      fail(`lang must be a language tag such as en, fr or ru, not ${JSON.stringify(data.lang)}.`)
  }
  if (data.kinds !== undefined) {
    plan.kinds = Object.fromEntries(Object.entries(map(data.kinds, 'kinds')).map(([first, kind]) => {
      if (!(BLOCK_KINDS as readonly unknown[]).includes(kind))
        fail(`kinds["${first}"] is one of ${BLOCK_KINDS.join(', ')}, not ${JSON.stringify(kind)}.`)
      return [first, kind as BlockKind]
    }))
  }
  if (data.speakers !== undefined)
    plan.speakers = Object.fromEntries(Object.entries(map(data.speakers, 'speakers')).map(([first, name]) => [first, text(name, `speakers["${first}"]`)]))
  if (data.duration !== undefined)
    plan.duration = number(data.duration, 'duration (minutes)', 1, 600)
  if (data.wpm !== undefined)
    plan.wpm = number(data.wpm, 'wpm (words per minute)', WPM_RANGE.min, WPM_RANGE.max)
  plan.author = optionalText(data.author, 'author')
  if (data.titles !== undefined)
    plan.titles = Object.fromEntries(Object.entries(map(data.titles, 'titles')).map(([id, title]) => [id, text(title, `titles.${id}`)]))
  plan.quotation = optionalText(data.quotation, 'quotation')
  if (data.timeline !== undefined)
    plan.timeline = list(data.timeline, 'timeline').map((e, i) => ({ date: optionalText(map(e, `timeline[${i}]`).date, `timeline[${i}].date`), text: text(map(e, `timeline[${i}]`).text, `timeline[${i}].text`) }))
  if (data.figures !== undefined) {
    plan.figures = list(data.figures, 'figures').map((f, i) => {
      const figure = map(f, `figures[${i}]`)
      return { figure: text(figure.figure, `figures[${i}].figure`), context: optionalText(figure.context, `figures[${i}].context`), countUp: Boolean(figure.countUp) }
    })
  }
  if (data.derived !== undefined) {
    plan.derived = list(data.derived, 'derived').map((d, i) => {
      const item = map(d, `derived[${i}]`)
      const label = text(item.label, `derived[${i}].label`)
      if (item.days !== undefined) {
        const days = list(item.days, `derived[${i}].days`)
        if (days.length !== 2)
          fail(`derived[${i}].days must name two dates, as written in the article.`)
        return { days: [text(days[0], `derived[${i}].days[0]`), text(days[1], `derived[${i}].days[1]`)] as [string, string], label }
      }
      return { yearsSince: text(item.yearsSince, `derived[${i}].yearsSince`), label }
    })
  }
  if (data.photos !== undefined) {
    plan.photos = list(data.photos, 'photos').map((p, i) => {
      const photo = map(p, `photos[${i}]`)
      if (photo.fit !== undefined && photo.fit !== 'contain' && photo.fit !== 'cover')
        fail(`photos[${i}].fit is contain or cover, not ${JSON.stringify(photo.fit)}.`)
      return { caption: text(photo.caption, `photos[${i}].caption`), file: optionalText(photo.file, `photos[${i}].file`), alt: optionalText(photo.alt, `photos[${i}].alt`), focal: optionalText(photo.focal, `photos[${i}].focal`), fit: photo.fit as 'contain' | 'cover' | undefined }
    })
  }
  if (data.highlights !== undefined)
    plan.highlights = Object.fromEntries(Object.entries(map(data.highlights, 'highlights')).map(([first, sentence]) => [first, text(sentence, `highlights["${first}"]`)]))
  if (data.merge !== undefined)
    plan.merge = list(data.merge, 'merge').map((m, i) => text(m, `merge[${i}]`))
  plan.homage = optionalText(data.homage, 'homage')
  plan.closing = optionalText(data.closing, 'closing')
  if (data.pauses !== undefined)
    plan.pauses = Object.fromEntries(Object.entries(map(data.pauses, 'pauses')).map(([id, seconds]) => [id, number(seconds, `pauses.${id} (seconds)`, 0, 600)]))
  if (data.drop !== undefined)
    plan.drop = list(data.drop, 'drop').map((d, i) => text(d, `drop[${i}]`))
  if (data.add !== undefined) {
    plan.add = list(data.add, 'add').map((a, i) => {
      const extra = map(a, `add[${i}]`)
      return {
        after: text(extra.after, `add[${i}].after`),
        id: text(extra.id, `add[${i}].id`),
        title: text(extra.title, `add[${i}].title`),
        text: optionalText(extra.text, `add[${i}].text`),
        notes: optionalText(extra.notes, `add[${i}].notes`),
        seconds: extra.seconds === undefined ? undefined : number(extra.seconds, `add[${i}].seconds`, 1, 3600),
      }
    })
  }
  return plan
}

export function readPlan(text: string, name = 'plan'): PlanFile {
  let data: unknown
  try {
    data = parse(text)
  }
  catch (error) {
    throw new PlanError(`${name} is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === null || data === undefined)
    return {}
  if (typeof data !== 'object' || Array.isArray(data))
    throw new PlanError(`${name} must be a YAML mapping of options (duration, figures, photos ...).`)
  return checkPlan(data as Record<string, unknown>, name)
}
