// The slide images: one PNG per slide at 1920 x 1080 (times --scale). MuPDF draws them from the
// slides PDF in processes of its own while Chromium goes on; without mutool, Chromium takes a
// screenshot of each slide instead.

import type { ExportRound, Step } from './session'
import { mkdir, writeFile } from 'node:fs/promises'
import { drawPages } from './mupdf'
import { pngName } from './options'
import { slideTops } from './print-view'
import { printedSlides } from './slides-pdf'

/** The images' width at --scale 1, whatever the canvas: 1920 px, the width of a projector or screen at full HD. */
export const PNG_WIDTH = 1920

function pngSize(round: ExportRound): { width: number, height: number } {
  const { width, height } = round.deck.canvas
  const w = Math.round(PNG_WIDTH * round.options.scale)
  return { width: w, height: Math.round(w * height / width) }
}

/** The png folder, or after a --range export only the chosen slides' images in it. */
function recordOutputs(round: ExportRound): void {
  if (round.options.range) {
    for (const no of round.selected)
      round.output(`png/${pngName(round.deck, no)}`)
  }
  else {
    round.output('png')
  }
}

/**
 * Screenshots of slides of the print view, clipped to each slide, drawn at `scale` device pixels
 * per CSS pixel: what the PNG images and the PowerPoint backgrounds fall back on without MuPDF.
 */
export async function screenshotSlide(round: ExportRound, no: number, scale: number, tops?: number[]): Promise<Buffer> {
  const { width, height } = round.deck.canvas
  const y = (tops ?? await slideTops(round.page))[no - 1]
  return round.page.screenshot({ x: 0, y, width, height, scale }, 'png')
}

function drawnByMupdf(mutool: string): Step[] {
  return [{
    label: 'PNG images (MuPDF draws them meanwhile)',
    run: async (round) => {
      const pdf = await printedSlides(round)
      await mkdir(round.staging('png'))
      round.inBackground(drawPages({
        mutool,
        pdf,
        pages: round.selected.map((no, i) => ({ page: i + 1, file: round.staging('png', pngName(round.deck, no)) })),
        ...pngSize(round),
        signal: round.signal,
      }))
      recordOutputs(round)
    },
  }]
}

function drawnByChromium(round: ExportRound): Step[] {
  const scale = pngSize(round).width / round.deck.canvas.width
  let tops: number[] | undefined
  return round.selected.map((no, i) => ({
    label: `PNG ${no} of ${round.deck.slides.length}`,
    run: async () => {
      if (i === 0) {
        await mkdir(round.staging('png'))
        tops = await slideTops(round.page)
      }
      await writeFile(round.staging('png', pngName(round.deck, no)), await screenshotSlide(round, no, scale, tops))
      if (i === round.selected.length - 1)
        recordOutputs(round)
    },
  }))
}

export function pngImages(round: ExportRound): Step[] {
  return round.mutool ? drawnByMupdf(round.mutool) : drawnByChromium(round)
}
