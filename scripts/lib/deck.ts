// Reads any Slidev deck (generated or written by hand) into what the exports and the rehearsal
// report need: titles, notes, time budgets, the total duration, the canvas, and, for a generated
// deck, what its headmatter says of the article it came from. The exports read nothing else.

import type { Canvas } from './canvas'
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { parseTimeString } from '@slidev/parser/utils'
import { canvasOf } from './canvas'
import { countWords, decodeEntities, normalizeSpace, slugify } from './text'

export interface DeckSlide {
  no: number
  title: string
  /** The notes as written (Markdown). */
  note: string
  /** The notes as a speaker reads them: Markdown escapes removed, click markers as CLICK_MARK. */
  spoken: string
  words: number
  clicks: number
  /** Seconds, from the slide's `budget` front matter; undefined when the slide has none. */
  budget?: number
}

/** What a generated deck's headmatter says under `commemoration:` about its article. */
export interface ArticleSource {
  /** The article file, as an absolute path; undefined when the deck does not name one. */
  article?: string
  /** The plan file the deck was generated with, as an absolute path. */
  plan?: string
  /** The article's date line and subtitle, as written. */
  dateLine?: string
  subtitle?: string
  /** The PDFs' subject: the article's subtitle and date line. */
  subject: string
  /** The article itself and the speeches it quotes. */
  sources: string[]
  /** Photo credit lines. */
  credits: string[]
}

export interface DeckInfo {
  title: string
  author?: string
  info?: string
  /** BCP 47 tag from the headmatter's `lang` ("en" when it has none). */
  lang: string
  keywords: string[]
  /** The slide size in CSS pixels, from `canvasWidth` and `aspectRatio`. */
  canvas: Canvas
  source: ArticleSource
  /** Seconds, from the headmatter's `duration`. */
  duration?: number
  wpm?: number
  exportFilename: string
  slides: DeckSlide[]
}

/** A title as written by the generator, back to plain text: braces come wrapped in v-pre spans. */
function plainTitle(title: string): string {
  return decodeEntities(title.replace(/<span v-pre>([{}])<\/span>/g, '$1'))
}

/** Stands for a click marker in spoken text, so an article's literal "[click]" stays words. */
export const CLICK_MARK = '\uE000'
const CLICK_MARKER = /(?<!\\)\[click(?::\d+)?\]/gi

/** Notes as plain text: click markers as CLICK_MARK, Slidev's Markdown escapes undone, HTML entities decoded, paragraphs kept. */
export function spokenText(note: string): string {
  return decodeEntities(note.replace(CLICK_MARKER, CLICK_MARK).replace(/\\([\\`*_{}[\]()#+\-=.!|~$^>])/g, '$1'))
    .split(/\n{2,}/)
    .map(normalizeSpace)
    .filter(Boolean)
    .join('\n\n')
}

function seconds(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '')
    return undefined
  const parsed = parseTimeString(typeof value === 'number' ? value : String(value)).seconds
  return Number.isFinite(parsed) ? parsed : undefined
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
  .map(item => String(item).trim())
  .filter(Boolean)

/** The `commemoration:` block of a generated deck; for a hand-written deck, what its title and info give. */
function articleSource(head: Record<string, unknown>, title: string, info: string | undefined, path: string): ArticleSource {
  const own = head.commemoration && typeof head.commemoration === 'object' ? head.commemoration as Record<string, unknown> : {}
  const text = (value: unknown) => typeof value === 'string' && value ? value : undefined
  return {
    // Written relative to the deck's folder, so a deck and its article can move together.
    article: text(own.article) && resolve(dirname(resolve(path)), text(own.article)!),
    plan: text(own.plan) && resolve(dirname(resolve(path)), text(own.plan)!),
    dateLine: text(own.dateLine),
    subtitle: text(own.subtitle),
    subject: text(own.subject) ?? (info?.split(/\n{2,}/).slice(1).join(' · ') || title),
    sources: own.sources === undefined ? [title] : texts(own.sources),
    credits: texts(own.credits),
  }
}

export function readDeckText(markdown: string, path = 'slides.md'): DeckInfo {
  const parsed = parseSync(markdown, path)
  const slides = parsed.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
  const head = slides[0]?.frontmatter ?? {}
  const title = plainTitle(String(head.title ?? 'Slides'))
  const info = head.info ? decodeEntities(String(head.info)) : undefined
  return {
    title,
    author: head.author ? String(head.author) : undefined,
    info,
    lang: typeof head.lang === 'string' && head.lang ? head.lang : 'en',
    keywords: texts(head.keywords),
    canvas: canvasOf(head),
    source: articleSource(head, title, info, path),
    duration: seconds(head.duration),
    wpm: typeof head.wpm === 'number' ? head.wpm : undefined,
    exportFilename: String(head.exportFilename ?? slugify(title)),
    slides: slides.map((slide, i) => {
      const note = slide.note ?? ''
      const spoken = spokenText(note)
      const heading = /^#{1,6}\s+(.+)$/m.exec(slide.content)?.[1]
      return {
        no: i + 1,
        title: plainTitle(String(slide.frontmatter.title ?? slide.title ?? heading ?? `Slide ${i + 1}`)).trim(),
        note,
        spoken,
        words: countWords(spoken.replaceAll(CLICK_MARK, '')),
        clicks: (note.match(CLICK_MARKER) ?? []).length,
        budget: seconds(slide.frontmatter.budget),
      }
    }),
  }
}

export async function readDeck(path: string): Promise<DeckInfo> {
  return readDeckText(await readFile(path, 'utf8'), path)
}
