// Exports a deck in one pass: one build, one local server, one browser, one page load of Slidev's
// print view, and from it every output asked for. The session (session.ts) owns the browser and
// the source of the deck; a round of it owns the staging folder and the work beside the browser;
// each output is a module of its own that adds its steps; the outputs are moved into place
// together when all of them are complete. `npm run export -- --watch` is watch.ts.

import type { ExportOptions, ExportResult, Format } from './options'
import type { ExportRound, Step } from './session'
import { handout, speakerScript } from './documents'
import { oneFileHtml } from './html'
import { loadPdfLib } from './pdf-metadata'
import { pngImages } from './png'
import { powerPoint } from './pptx'
import { ExportSession, inMakingOrder, untilInterrupted } from './session'
import { slidesPdf } from './slides-pdf'
import { buildSource } from './source'

export { compactRange, ExportError, FORMATS, parseRange, pngName, PNG_ENGINES } from './options'
export type { ExportedFile, ExportOptions, ExportResult, Format, PngEngine } from './options'

/** Each output's steps. */
const OUTPUTS: Record<Format, (round: ExportRound) => Step[]> = {
  pdf: slidesPdf,
  png: pngImages,
  pptx: powerPoint,
  html: oneFileHtml,
  handout,
  speaker: speakerScript,
}

/** The steps of the outputs asked for, in the order they are made. */
export function outputSteps(round: ExportRound, formats: Format[]): Step[] {
  return inMakingOrder(formats).flatMap(format => OUTPUTS[format](round))
}

export const renderStep: Step = {
  label: round => `${round.source.cached ? 'build reused' : 'built'}; rendering every slide`,
  run: round => round.render(),
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const session = await ExportSession.open(options)
  void loadPdfLib()
  let round: ExportRound | undefined
  const stop = async () => {
    await round?.cleanup()
    await session.close()
  }
  try {
    return await untilInterrupted(stop, async () => {
      round = await session.round()
      return round.run([
        {
          label: 'building the deck',
          // The one-file deck shows the notes; the other outputs are the same with an older build's.
          run: () => session.useSource(signal => buildSource(options.entry, { notes: options.formats.includes('html'), signal })),
        },
        renderStep,
        ...outputSteps(round, options.formats),
      ])
    })
  }
  finally {
    await stop()
  }
}
