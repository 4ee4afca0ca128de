// The slide images: one PNG per slide at 1920 x 1080 (times --scale). MuPDF draws them from the
// slides PDF in processes of its own while Chromium goes on; without mutool, Chromium takes a
// screenshot of each slide instead.

import type { ExportSession, Step } from './session'
import { mkdir, writeFile } from 'node:fs/promises'
import { drawPages } from './mupdf'
import { pngName } from './options'
import { slideTops } from './print-view'
import { printedSlides } from './slides-pdf'

/** The images' size at --scale 1, whatever the canvas: two device pixels per CSS pixel of a 960 px slide. */
export const PNG_WIDTH = 1920

function pngSize(session: ExportSession): { width: number, height: number } {
  const { width, height } = session.deck.canvas
  const w = Math.round(PNG_WIDTH * session.options.scale)
  return { width: w, height: Math.round(w * height / width) }
}

/** The png folder, or after a --range export only the chosen slides' images in it. */
function recordOutputs(session: ExportSession): void {
  if (session.options.range) {
    for (const no of session.selected)
      session.output(`png/${pngName(session.deck, no)}`)
  }
  else {
    session.output('png')
  }
}

/**
 * Screenshots of slides of the print view, clipped to each slide, drawn at `scale` device pixels
 * per CSS pixel: what the PNG images and the PowerPoint backgrounds fall back on without MuPDF.
 */
export async function screenshotSlide(session: ExportSession, no: number, scale: number, tops?: number[]): Promise<Buffer> {
  const { width, height } = session.deck.canvas
  const y = (tops ?? await slideTops(session.page))[no - 1]
  return session.page.screenshot({ x: 0, y, width, height, scale }, 'png')
}

function drawnByMupdf(mutool: string): Step[] {
  return [{
    label: 'PNG images (MuPDF draws them meanwhile)',
    run: async (session) => {
      const pdf = await printedSlides(session)
      await mkdir(session.staging('png'))
      session.inBackground(drawPages({
        mutool,
        pdf,
        pages: session.selected.map((no, i) => ({ page: i + 1, file: session.staging('png', pngName(session.deck, no)) })),
        ...pngSize(session),
        signal: session.signal,
      }))
      recordOutputs(session)
    },
  }]
}

function drawnByChromium(session: ExportSession): Step[] {
  const scale = pngSize(session).width / session.deck.canvas.width
  let tops: number[] | undefined
  return session.selected.map((no, i) => ({
    label: `PNG ${no} of ${session.deck.slides.length}`,
    run: async () => {
      if (i === 0) {
        await mkdir(session.staging('png'))
        tops = await slideTops(session.page)
      }
      await writeFile(session.staging('png', pngName(session.deck, no)), await screenshotSlide(session, no, scale, tops))
      if (i === session.selected.length - 1)
        recordOutputs(session)
    },
  }))
}

export function pngImages(session: ExportSession): Step[] {
  return session.mutool ? drawnByMupdf(session.mutool) : drawnByChromium(session)
}
