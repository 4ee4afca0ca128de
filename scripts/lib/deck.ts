// Reads any Slidev deck (generated or written by hand) into what the exports and the rehearsal
// report need: titles, notes, time budgets and the total duration.

import { readFile } from 'node:fs/promises'
import { parseSync } from '@slidev/parser'
import { parseTimeString } from '@slidev/parser/utils'
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

export interface DeckInfo {
  title: string
  author?: string
  info?: string
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

export function readDeckText(markdown: string, path = 'slides.md'): DeckInfo {
  const parsed = parseSync(markdown, path)
  const slides = parsed.slides.filter(s => !s.frontmatter.disabled && !s.frontmatter.hide)
  const head = slides[0]?.frontmatter ?? {}
  const title = plainTitle(String(head.title ?? 'Slides'))
  return {
    title,
    author: head.author ? String(head.author) : undefined,
    info: head.info ? decodeEntities(String(head.info)) : undefined,
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
