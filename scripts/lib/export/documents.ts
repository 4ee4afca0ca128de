// The handout and the speaker script: the slides in the light print design, captured in strips,
// placed on A4 or Letter pages that Chromium prints. The HTML itself is print-documents.ts.

import type { RawParagraph } from '../article-text'
import type { SlideImage } from './print-documents'
import type { ExportRound, Step } from './session'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { LIGHT_CLASS } from '../../../setup/variant'
import { articleSource, isMarkdown, toParagraphs } from '../article-text'
import { escapeHtml } from '../escape'
import { labelsFor } from '../labels'
import { slideTitle } from './options'
import { finishPdf } from './pdf-metadata'
import { footerFont, FRAME_COLOUR, handoutHtml, speakerScriptHtml } from './print-documents'
import { addStyle, slideTops } from './print-view'

/** Room between the slides of a strip, in the colour of the print pages' slide frames. */
const STRIP_GAP = 12
/** Slides per strip: one capture of many slides costs about half of one capture per slide. */
const STRIP_SLIDES = 12

/**
 * Switches the page to the light design and captures the chosen slides in strips of consecutive
 * slides, one JPEG per strip at the canvas width, served for the print pages. The slides are
 * parted by a gap in the frame colour: a viewer that scales a strip down blends the gap into a
 * slide's edge, not the neighbouring slide.
 */
function lightSlides(round: ExportRound): Promise<SlideImage[]> {
  return round.keep('light-slides', async () => {
    const { page, deck, source } = round
    const { width, height } = deck.canvas
    await page.evaluate(light => document.documentElement.classList.add(light), LIGHT_CLASS)
    await addStyle(page, `.print-slide-container { box-sizing: content-box !important; border-bottom: ${STRIP_GAP}px solid ${FRAME_COLOUR} !important; }`)
    const runs: number[][] = []
    for (const no of round.selected) {
      const run = runs.at(-1)
      if (run && run.at(-1) === no - 1 && run.length < STRIP_SLIDES)
        run.push(no)
      else
        runs.push([no])
    }
    const tops = await slideTops(page)
    const images: SlideImage[] = []
    for (const [i, run] of runs.entries()) {
      const top = tops[run[0] - 1]
      const strip = `/__export/light-slides-${i + 1}.jpg`
      source.put(strip, await page.screenshot({ x: 0, y: top, width, height: tops[run.at(-1)! - 1] + height - top, scale: 1 }, 'jpeg', 82))
      images.push(...run.map(no => ({ no, title: slideTitle(deck, no), strip, y: tops[no - 1] - top, height })))
    }
    return images
  })
}

const lightSlidesStep: Step = { key: 'light-slides', label: 'light slides for print', run: async round => void await lightSlides(round) }

/** Prints a document served from where the deck is (it loads the slide strips from there). */
async function printDocument(round: ExportRound, html: string, file: string, what: string): Promise<void> {
  const { page, source, options, deck } = round
  const path = `/__export/${file}.html`
  source.put(path, Buffer.from(html))
  await page.goto(`${source.url}${path}`, options.timeout)
  await page.evaluate(() => document.fonts.ready.then(() => true))
  const [width, height] = options.paper === 'letter' ? [8.5, 11] : [210 / 25.4, 297 / 25.4]
  const mm = (n: number) => n / 25.4
  const footer = `<style>${footerFont()}</style><div style="width:100%;font:8pt 'Source Sans 3',sans-serif;color:#6b5d52;padding:0 14mm;display:flex;justify-content:space-between"><span>${escapeHtml(deck.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  const printed = round.staging(`.${file}.printed`)
  await writeFile(printed, await page.pdf({ width, height, margins: [mm(16), mm(16), mm(18), mm(16)], footerTemplate: footer }))
  finishPdf(round, printed, file, what)
}

/** The article's paragraphs for the handout, from --article or the file the deck's headmatter names. */
async function articleParagraphs(round: ExportRound): Promise<RawParagraph[] | undefined> {
  const path = round.options.article ? resolve(round.options.article) : round.deck.source.article
  if (!path) {
    round.warnings.push('the handout has no article text: the deck does not name its article (pass --article FILE).')
    return undefined
  }
  const source = articleSource(new Uint8Array(await readFile(path)), basename(path))
  return toParagraphs(source, isMarkdown(source, path))
}

export function handout(): Step[] {
  return [lightSlidesStep, {
    label: 'handout',
    run: async (round) => {
      const article = await articleParagraphs(round)
      const html = handoutHtml({ deck: round.deck, slides: await lightSlides(round), article })
      await printDocument(round, html, `${round.name}-handout.pdf`, labelsFor(round.deck.lang).handout)
    },
  }]
}

export function speakerScript(): Step[] {
  return [lightSlidesStep, {
    label: 'speaker script',
    run: async (round) => {
      const html = speakerScriptHtml(round.deck, await lightSlides(round))
      await printDocument(round, html, `${round.name}-speaker.pdf`, labelsFor(round.deck.lang).speakerScript)
    },
  }]
}
