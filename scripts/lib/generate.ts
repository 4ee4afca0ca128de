// The generator pipeline as one function: article bytes + plan file -> slides.md text.

import type { Article } from './article'
import type { DeckPlan, PlanFile } from './plan'
import { parse } from 'yaml'
import { parseArticle } from './article'
import { markdownByName } from './article-text'
import { missingSentences, PlanError, planDeck } from './plan'
import { renderDeck } from './render'
import { WPM_RANGE } from '../../composables/timing'

export interface GenerateInput {
  article: Uint8Array | string
  articleName: string
  plan?: string
  planName?: string
  /** Path from the output folder to the kit's root, when the deck is written outside it. */
  addonPath?: string
  /** Path from the output folder to the article (forward slashes), for the exports. */
  articlePath?: string
  /** Path from the output folder to the plan file (forward slashes). */
  planPath?: string
}

export interface GenerateResult {
  article: Article
  deck: DeckPlan
  markdown: string
}

const PLAN_KEYS = ['duration', 'wpm', 'author', 'titles', 'quotation', 'timeline', 'figures', 'derived', 'photos', 'highlights', 'merge', 'homage', 'closing', 'pauses', 'drop', 'add'] as const

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

export function generate(input: GenerateInput): GenerateResult {
  const article = parseArticle(input.article, { name: input.articleName, markdown: markdownByName(input.articleName) })
  const deck = planDeck(article, input.plan ? readPlan(input.plan, input.planName) : {})
  const lost = missingSentences(article, deck)
  if (lost.length > 0)
    throw new PlanError(`the deck would leave out ${lost.length} sentence(s) of the article, starting with "${lost[0]}".`)
  const sources = [input.articleName, input.planName].filter(Boolean).join(' + ')
  const markdown = renderDeck(deck, {
    sourceNote: `Generated by \`npm run generate\` from ${sources}. Edit those, not this file.`,
    addonPath: input.addonPath,
    articlePath: input.articlePath,
    planPath: input.planPath,
  })
  return { article, deck, markdown }
}
