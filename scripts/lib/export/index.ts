// Exports a deck in one pass: one build, one local server, one browser, one page load of Slidev's
// print view, and from it every output asked for. The session (session.ts) owns the browser, the
// server, the staging folder and the cleanup; each output is a module of its own that adds its
// steps; the outputs are moved into place together when all of them are complete.

import type { ExportOptions, ExportResult, Format } from './options'
import type { ExportSession, Step } from './session'
import { handout, speakerScript } from './documents'
import { oneFileHtml } from './html'
import { loadPdfLib } from './pdf-metadata'
import { pngImages } from './png'
import { powerPoint } from './pptx'
import { ExportSession as Session, inMakingOrder } from './session'
import { slidesPdf } from './slides-pdf'

export { compactRange, ExportError, FORMATS, parseRange, pngName, PNG_ENGINES } from './options'
export type { ExportedFile, ExportOptions, ExportResult, Format, PngEngine } from './options'

/** Each output's steps. */
const OUTPUTS: Record<Format, (session: ExportSession) => Step[]> = {
  pdf: slidesPdf,
  png: pngImages,
  pptx: powerPoint,
  html: oneFileHtml,
  handout,
  speaker: speakerScript,
}

const build: Step = {
  label: 'building the deck',
  run: session => session.build(),
}

const render: Step = {
  label: session => `${session.cachedBuild ? 'build reused' : 'built'}; rendering every slide`,
  run: session => session.render(),
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const session = await Session.open(options)
  void loadPdfLib()
  return session.run([
    build,
    render,
    ...inMakingOrder(options.formats).flatMap(format => OUTPUTS[format](session)),
  ])
}
