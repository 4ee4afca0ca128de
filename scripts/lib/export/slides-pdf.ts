// The slides PDF: the dark slides as they are projected, every reveal shown, tagged, with one
// bookmark per slide. The same print is what MuPDF draws the PNG images from.

import type { Step } from './session'
import type { ExportRound } from './session'
import { writeFile } from 'node:fs/promises'
import { CSS_PX_PER_INCH } from '../canvas'
import { labelsFor } from '../labels'
import { compactRange, slideTitle } from './options'
import { finishPdf } from './pdf-metadata'

/** A page the size of one slide, in inches. */
export function slidePage(round: ExportRound): { width: number, height: number } {
  return { width: round.deck.canvas.width / CSS_PX_PER_INCH, height: round.deck.canvas.height / CSS_PX_PER_INCH }
}

/** Prints the chosen slides as they are on the page now; the page range also drops the blank page Chromium adds when pages round a hair short. */
export async function printSlides(round: ExportRound, file: string): Promise<string> {
  const path = round.staging(file)
  await writeFile(path, await round.page.pdf({ ...slidePage(round), pageRanges: compactRange(round.selected) }))
  return path
}

/** The dark slides printed once, for the slides PDF and the PNG images. */
export function printedSlides(round: ExportRound): Promise<string> {
  return round.once('printed-slides', () => printSlides(round, '.slides-printed.pdf'))
}

export function slidesPdf(): Step[] {
  return [{
    label: 'slides PDF',
    run: async (round) => {
      const printed = await printedSlides(round)
      const { deck, selected } = round
      finishPdf(round, printed, `${round.name}.pdf`, labelsFor(deck.lang).slides, selected.map(no => slideTitle(deck, no)))
    },
  }]
}
