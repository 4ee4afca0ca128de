// What an export can be asked for, and the checks that fail fast on a wrong option.

import type { DeckInfo } from '../deck'
import type { Progress } from '../progress'
import { UsageError } from '../cli'
import { slugify } from '../text'

export class ExportError extends Error {
  override name = 'ExportError'
}

/**
 * The outputs, in the order they are made: those drawn from the dark slides first, then the
 * print documents, which switch the page to the light design.
 */
export const FORMATS = ['pdf', 'png', 'pptx', 'html', 'handout', 'speaker'] as const
export type Format = typeof FORMATS[number]

/** Who draws the PNG images: MuPDF from the slides PDF (faster) or Chromium screenshots. */
export const PNG_ENGINES = ['auto', 'mupdf', 'chromium'] as const
export type PngEngine = typeof PNG_ENGINES[number]

export interface ExportOptions {
  entry: string
  out: string
  formats: Format[]
  /** Slide numbers to export, in order; all when undefined. */
  range?: number[]
  /** PNG size relative to 1920x1080. */
  scale: number
  /** Default: MuPDF when mutool is installed, else Chromium. */
  pngEngine?: PngEngine
  paper: 'a4' | 'letter'
  strict: boolean
  /** Milliseconds to wait for the slides to finish loading. */
  timeout: number
  /** The article for the handout's full text; by default the one the deck's headmatter names. */
  article?: string
  progress?: Progress
}

export interface ExportedFile {
  path: string
  bytes: number
  /** Pages of a PDF. */
  pages?: number
  /** Slides of a PowerPoint file or a one-file deck. */
  slides?: number
}

export interface ExportResult {
  files: ExportedFile[]
  warnings: string[]
  cachedBuild: boolean
}

/** Parses "1-5,8" into slide numbers, or throws a message that says what is wrong. */
export function parseRange(text: string, total: number): number[] {
  const numbers = new Set<number>()
  for (const part of text.split(',').map(p => p.trim())) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part)
    if (!m)
      throw new UsageError(`--range "${text}" is not a list of slide numbers and ranges such as 1-5,8.`)
    const from = Number(m[1])
    const to = Number(m[2] ?? m[1])
    if (from > to)
      throw new UsageError(`--range "${text}": "${part}" runs backwards; write ${to}-${from}.`)
    if (from < 1 || to > total)
      throw new UsageError(`--range "${text}": the deck has slides 1 to ${total}, and "${part}" is not within them.`)
    for (let no = from; no <= to; no++)
      numbers.add(no)
  }
  return [...numbers].sort((a, b) => a - b)
}

/** [1,2,3,5] -> "1-3,5", for Chromium's pageRanges. */
export function compactRange(numbers: number[]): string {
  const parts: string[] = []
  for (let i = 0; i < numbers.length; i++) {
    let j = i
    while (numbers[j + 1] === numbers[j] + 1)
      j++
    parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`)
    i = j
  }
  return parts.join(',')
}

/** "07-the-battle-in-figures.png": zero-padded so the files sort in slide order. */
export function pngName(deck: DeckInfo, no: number): string {
  const digits = Math.max(2, String(deck.slides.length).length)
  return `${String(no).padStart(digits, '0')}-${slugify(deck.slides[no - 1]?.title ?? `slide-${no}`, 60)}.png`
}

/** The title a slide goes by in bookmarks and captions. */
export function slideTitle(deck: DeckInfo, no: number): string {
  return deck.slides[no - 1]?.title ?? `Slide ${no}`
}
