// Exports a deck in one pass: one static build, one server, one browser, one page load of Slidev's
// print view, and from it the slides PDF, the PNG images, the handout and the speaker script.
// Outputs are made in a staging folder and moved into place only when all of them are complete.
// Chromium starts first, and what can run beside it does (the build check, pdf-lib loading, MuPDF).

import type { RawParagraph } from './article-text'
import type { ChromiumPage } from './cdp'
import type { DeckInfo } from './deck'
import type { SlideImage } from './print-documents'
import type { Progress } from './progress'
import { existsSync } from 'node:fs'
import { access, constants, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { articleSource, isMarkdown, toParagraphs } from './article-text'
import { chromiumArgs, findChromium, LOCAL_ONLY_ARGS } from './browser'
import { startChromium } from './cdp'
import { UsageError } from './cli'
import { cachedBuild } from './build'
import { drawPages, findMutool } from './mupdf'
import { readDeck } from './deck'
import { escapeHtml } from './escape'
import { removeLeftovers } from './files'
import { FRAME_COLOUR, handoutHtml, speakerScriptHtml } from './print-documents'
import { NO_PROGRESS } from './progress'
import type { StaticServer } from './serve'
import { serveStatic } from './serve'
import { slugify } from './text'

/** Work folders in the output folder, named with the export's process id (see removeLeftovers). */
const STAGING_PREFIX = '.export-staging-'
const PREVIOUS_PREFIX = '.export-previous-'

export class ExportError extends Error {
  override name = 'ExportError'
}

export const FORMATS = ['pdf', 'png', 'handout', 'speaker'] as const
export type Format = typeof FORMATS[number]

/** Who draws the PNG images: MuPDF from the slides PDF (faster) or Chromium screenshots. */
export const PNG_ENGINES = ['auto', 'mupdf', 'chromium'] as const
export type PngEngine = typeof PNG_ENGINES[number]

/** The mutool to draw PNGs with, or undefined for Chromium screenshots. */
function pngEngine(choice: PngEngine): string | undefined {
  if (choice === 'chromium')
    return undefined
  const mutool = findMutool()
  if (!mutool && choice === 'mupdf')
    throw new ExportError('--png-engine mupdf: mutool is not installed. Install MuPDF (`sudo apt-get install mupdf-tools`, `brew install mupdf-tools`), set MUTOOL_PATH, or use --png-engine chromium.')
  return mutool
}

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
  /** The article for the handout's full text; read from the deck's "Generated ... from" line when not given. */
  article?: string
  progress?: Progress
}

export interface ExportedFile {
  path: string
  bytes: number
  pages?: number
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

async function ensureWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    const probe = join(dir, `.write-test-${process.pid}`)
    await writeFile(probe, '')
    await rm(probe)
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ExportError(code === 'EEXIST' || code === 'ENOTDIR'
      ? `cannot write to --out ${dir}: it, or a folder above it, is a file. Choose a folder.`
      : `cannot write to --out ${dir}: ${code ?? (error as Error).message}. Choose a folder you can write to.`)
  }
}

/**
 * Quiet time on the server before the slides count as loaded: Slidev loads each slide's code on
 * demand and shows nothing for that slide until it arrives, so an empty slide may still be coming.
 */
const SETTLE_MS = 150

/** Waits for every slide of the print view to finish loading, naming the first that does not. */
async function waitForSlides(page: ChromiumPage, server: StaticServer, deck: DeckInfo, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout
  for (;;) {
    // A slide is ready when Slidev has loaded it, its photos are decoded, and whatever it marks
    // with data-waitfor (Slidev's convention) has appeared.
    const state = await page.evaluate(() => {
      const containers = [...document.querySelectorAll('.print-slide-container')]
      return {
        slides: containers.length,
        pending: containers
          .filter(c => c.querySelector('.slidev-slide-loading')
            || [...c.querySelectorAll('img')].some(img => !img.complete)
            || [...c.querySelectorAll<HTMLElement>('[data-waitfor]')].some(el => !el.querySelector(el.dataset.waitfor!)))
          .map(c => Number.parseInt(c.id, 10)),
        fontsReady: document.fonts.status === 'loaded',
      }
    })
    if (state.slides > 0 && state.pending.length === 0 && state.fontsReady && server.idleFor() >= SETTLE_MS)
      return
    if (Date.now() > deadline) {
      const no = state.pending[0]
      const title = deck.slides[no - 1]?.title ?? ''
      const seconds = Math.round(timeout / 1000)
      throw new ExportError(state.slides === 0
        ? `Slidev's print view showed no slides within ${seconds} s.`
        : state.pending.length > 0
          ? `slide ${no} ("${title}") did not finish loading within ${seconds} s${state.pending.length > 1 ? ` (nor did ${state.pending.length - 1} other slides)` : ''}.`
          : !state.fontsReady
              ? `the fonts did not finish loading within ${seconds} s.`
              : `the deck kept loading files for ${seconds} s (a video or a stream that never ends?).`)
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

let pdfLib: Promise<typeof import('pdf-lib')> | undefined
/** pdf-lib, loaded once, in the background: the export starts loading it while Chromium works. */
const loadPdfLib = () => (pdfLib ??= import('pdf-lib'))

/** Copies a PDF Chromium printed to its final name with the metadata Chromium cannot set; returns its page count. */
async function setPdfMetadata(printed: string, path: string, meta: { title: string, author: string, subject: string, keywords: string[] }, bookmarks?: string[]): Promise<number> {
  const { PDFDict, PDFDocument, PDFHexString, PDFName } = await loadPdfLib()
  const pdf = await PDFDocument.load(await readFile(printed), { updateMetadata: false })
  // Chromium names each bookmark after the heading as shown (in capitals, line breaks lost);
  // the slides' titles as written read better in a reader's outline.
  if (bookmarks) {
    const items: import('pdf-lib').PDFDict[] = []
    let item = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict)
    while (item) {
      items.push(item)
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
    if (items.length === bookmarks.length)
      items.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(bookmarks[i])))
  }
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.subject)
  pdf.setKeywords(meta.keywords)
  pdf.setCreator('commemoration-deck (npm run export)')
  pdf.setProducer('Chromium, pdf-lib')
  pdf.setCreationDate(new Date())
  pdf.setModificationDate(new Date())
  await writeFile(path, await pdf.save())
  return pdf.getPageCount()
}

/**
 * Moves the finished outputs from staging into the output folder. Older outputs are moved aside
 * first and put back if any move fails, so the folder holds either all old or all new outputs.
 * The png folder moves whole, except after a --range export: then only the chosen slides' images
 * replace theirs, and the others stay.
 */
async function publish(staging: string, out: string, names: string[]): Promise<void> {
  const asideDir = await mkdtemp(join(out, `${PREVIOUS_PREFIX}${process.pid}-`))
  const moved: string[] = []
  const aside: string[] = []
  try {
    for (const name of names) {
      // A name may be inside a folder (png/05-....png, from a --range export).
      await mkdir(dirname(join(asideDir, name)), { recursive: true })
      await mkdir(dirname(join(out, name)), { recursive: true })
      if (existsSync(join(out, name))) {
        await rename(join(out, name), join(asideDir, name))
        aside.push(name)
      }
      await rename(join(staging, name), join(out, name))
      moved.push(name)
    }
  }
  catch (error) {
    for (const name of moved)
      await rm(join(out, name), { recursive: true, force: true })
    for (const name of aside)
      await rename(join(asideDir, name), join(out, name))
    await rm(asideDir, { recursive: true, force: true })
    throw error
  }
  await rm(asideDir, { recursive: true, force: true })
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const progress = options.progress ?? NO_PROGRESS
  const out = resolve(options.out)
  const wants = (format: Format) => options.formats.includes(format)
  // The quick checks first, so a wrong option or a missing browser fails within seconds; then
  // Chromium starts, and everything up to the first page load happens while it does.
  const chromiumPath = findChromium().path
  // Set only when PNGs are asked for and MuPDF draws them.
  const mutool = wants('png') ? pngEngine(options.pngEngine ?? 'auto') : undefined
  const deck = await readDeck(options.entry)
  const selected = options.range ?? deck.slides.map(s => s.no)
  await ensureWritable(out)
  await Promise.all([removeLeftovers(out, STAGING_PREFIX), removeLeftovers(out, PREVIOUS_PREFIX)])
  const chromiumStarted = startChromium(chromiumPath, [...chromiumArgs(), ...LOCAL_ONLY_ARGS], { timeout: options.timeout })
  chromiumStarted.catch(() => {}) // awaited below, where its failure is reported
  void loadPdfLib()
  let server: StaticServer | undefined
  let staging: string | undefined
  // Work that runs beside Chromium (PDF metadata, MuPDF drawing the PNGs) is started as soon as
  // its input exists and awaited at the end. Each gets a handler at once, so a failure waits its
  // turn instead of ending the process.
  const background: Promise<unknown>[] = []
  const inBackground = <T>(job: Promise<T>): Promise<T> => {
    job.catch(() => {})
    background.push(job)
    return job
  }
  // Stops MuPDF when the export fails or is interrupted.
  const abort = new AbortController()
  // Every step is tried, whatever the one before did: cleanup must not hide the real outcome.
  const cleanup = async () => {
    abort.abort()
    await Promise.allSettled(background)
    await chromiumStarted.then(chromium => chromium.close(), () => {})
    await server?.close().catch(() => {})
    if (staging)
      await rm(staging, { recursive: true, force: true }).catch(() => {})
  }
  let interrupted = false
  const onSignal = () => {
    interrupted = true
    void cleanup().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    progress.start(3 + (wants('pdf') || mutool ? 1 : 0)
      + (wants('png') ? (mutool ? 2 : selected.length) : 0)
      + (wants('handout') || wants('speaker') ? 1 : 0) + (wants('handout') ? 1 : 0) + (wants('speaker') ? 1 : 0))
    const articlePath = options.article ? resolve(options.article) : deck.source.article
    let article: RawParagraph[] | undefined
    const warnings: string[] = []
    if (articlePath && wants('handout')) {
      const source = articleSource(new Uint8Array(await readFile(articlePath)), basename(articlePath))
      article = toParagraphs(source, isMarkdown(source, articlePath))
    }
    else if (wants('handout')) {
      warnings.push('the handout has no article text: the deck does not name its article (pass --article FILE).')
    }
    staging = await mkdtemp(join(out, `${STAGING_PREFIX}${process.pid}-`))

    progress.step('building the deck')
    let built = false
    const build = await cachedBuild(options.entry, { onBuild: () => { built = true } })
    server = await serveStatic(build.dir)
    const { page } = await chromiumStarted
    progress.step(built ? 'built; rendering every slide' : 'build reused; rendering every slide')

    // One page of Slidev's print view serves every output: the dark slides for the PDF and PNGs,
    // then the same slides in the light design for the handout and the script. (Two pages side by
    // side were measured slower: on two cores they only compete.)
    await page.goto(`${server.url}/print?print=true&variant=dark`, options.timeout)
    await waitForSlides(page, server, deck, options.timeout)
    if (page.pageErrors.length > 0)
      throw new ExportError(`the deck raised an error while rendering: ${page.pageErrors[0]}`)
    await collectWarnings(page, deck, selected, warnings)

    // A hand-written deck's exportFilename is a file name here, never a path.
    const name = slugify(basename(deck.exportFilename), 80)
    const outputs: string[] = []
    const pageCounts = new Map<string, number>()
    const meta = {
      title: deck.title,
      author: deck.author ?? 'Organisers of the commemorative meeting',
      subject: deck.source.subject,
      keywords: deck.keywords,
    }

    const finishPdf = (printed: string, file: string, subject: string, bookmarks?: string[]) => inBackground(
      setPdfMetadata(printed, join(staging!, file), { ...meta, subject }, bookmarks).then((pages) => {
        pageCounts.set(file, pages)
      }),
    )

    const pngOutputs = options.range ? selected.map(no => `png/${pngName(deck, no)}`) : ['png']
    if (wants('pdf') || mutool) {
      progress.step('slides PDF')
      const printed = join(staging, '.slides-printed.pdf')
      // 960 x 540 CSS pixels are 10 x 5.625 inches. The page range also drops the blank page
      // Chromium adds when 540px pages round a hair short.
      await writeFile(printed, await page.pdf({ width: 10, height: 5.625, pageRanges: compactRange(selected) }))
      if (wants('pdf')) {
        finishPdf(printed, `${name}.pdf`, `Slides: ${meta.subject}`, selected.map(no => deck.slides[no - 1]?.title ?? `Slide ${no}`))
        outputs.push(`${name}.pdf`)
      }
      if (mutool) {
        progress.step('PNG images (MuPDF draws them meanwhile)')
        await mkdir(join(staging, 'png'))
        inBackground(drawPages({
          mutool,
          pdf: printed,
          pages: selected.map((no, i) => ({ page: i + 1, file: join(staging!, 'png', pngName(deck, no)) })),
          width: Math.round(1920 * options.scale),
          height: Math.round(1080 * options.scale),
          signal: abort.signal,
        }))
        outputs.push(...pngOutputs)
      }
    }

    if (wants('png') && !mutool) {
      await mkdir(join(staging, 'png'))
      await captureSlidePngs(page, selected, 2 * options.scale, async (no, image) => {
        progress.step(`PNG ${no} of ${deck.slides.length}`)
        await writeFile(join(staging!, 'png', pngName(deck, no)), image)
      })
      outputs.push(...pngOutputs)
    }

    if (wants('handout') || wants('speaker')) {
      progress.step('light slides for print')
      await page.evaluate(() => document.documentElement.classList.add('memorial-light'))
      const thumbnails = await captureStrips(page, deck, selected, server)
      const footer = `<div style="width:100%;font:8pt sans-serif;color:#6b5d52;padding:0 14mm;display:flex;justify-content:space-between"><span>${escapeHtml(deck.title)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
      const [width, height] = options.paper === 'letter' ? [8.5, 11] : [210 / 25.4, 297 / 25.4]
      const mm = (n: number) => n / 25.4
      const printDocument = async (html: string, file: string, subject: string) => {
        // Served, not inlined: the page loads the slide strips from the same server.
        const path = `/__export/${file}.html`
        server!.put(path, Buffer.from(html))
        await page.goto(`${server!.url}${path}`, options.timeout)
        await page.evaluate(() => document.fonts.ready.then(() => true))
        const printed = join(staging!, `.${file}.printed`)
        await writeFile(printed, await page.pdf({ width, height, margins: [mm(16), mm(16), mm(18), mm(16)], footerTemplate: footer }))
        finishPdf(printed, file, subject)
        outputs.push(file)
      }
      if (wants('handout')) {
        progress.step('handout')
        await printDocument(handoutHtml({ deck, slides: thumbnails, article }), `${name}-handout.pdf`, `Handout: ${meta.subject}`)
      }
      if (wants('speaker')) {
        progress.step('speaker script')
        await printDocument(speakerScriptHtml(deck, thumbnails), `${name}-speaker.pdf`, `Speaker script: ${meta.subject}`)
      }
    }
    if (mutool)
      progress.step('finishing the PNG images')
    await Promise.all(background)

    if (options.strict && warnings.length > 0)
      throw new ExportError(`--strict: ${warnings.length} warning(s), nothing written:\n  - ${warnings.join('\n  - ')}`)

    progress.step('writing the outputs')
    await publish(staging, out, outputs)
    const files: ExportedFile[] = []
    for (const output of outputs) {
      const path = join(out, output)
      if (output === 'png') {
        for (const no of selected) {
          const file = join(path, pngName(deck, no))
          files.push({ path: file, bytes: (await stat(file)).size })
        }
      }
      else {
        files.push({ path, bytes: (await stat(path)).size, pages: pageCounts.get(output) })
      }
    }
    return { files, warnings, cachedBuild: !built }
  }
  catch (error) {
    // Interrupted: whatever failed on the way (Chromium closing, say) is no news; the signal
    // handler cleans up and exits with 130.
    if (interrupted)
      await new Promise(() => {})
    throw error
  }
  finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    progress.done()
    await cleanup()
  }
}

/** Missing photos and text that does not fit, read from the rendered slides. */
async function collectWarnings(page: ChromiumPage, deck: DeckInfo, selected: number[], warnings: string[]): Promise<void> {
  const missing = await page.evaluate(slides => [...new Set([...document.querySelectorAll('.print-slide-container')]
    .filter(c => slides.includes(Number.parseInt(c.id, 10)))
    .flatMap(c => [...c.querySelectorAll<HTMLElement>('[data-missing-photo]')].map(el => el.dataset.missingPhoto || '(no file set)')))], selected)
  for (const photo of missing)
    warnings.push(`photo missing: public/${photo} (a captioned placeholder is shown instead).`)
  const overflowing = await page.evaluate(slides => [...document.querySelectorAll('.print-slide-container')].filter(c => c.querySelector('[data-overflow]')).map(c => Number.parseInt(c.id, 10)).filter(no => slides.includes(no)), selected)
  for (const no of overflowing)
    warnings.push(`slide ${no} ("${deck.slides[no - 1]?.title}") has text that does not fit: split it over more slides.`)
}

/**
 * Captures slides of the print view one by one, clipped to the slide and scaled from its 960 x 540
 * canvas (scale 2 gives 1920 x 1080). Used when MuPDF is not installed.
 */
async function captureSlidePngs(page: ChromiumPage, slides: number[], scale: number, onImage: (no: number, image: Buffer) => Promise<void>): Promise<void> {
  const tops = await slideTops(page)
  for (const no of slides)
    await onImage(no, await page.screenshot({ x: 0, y: tops[no - 1], width: 960, height: 540, scale }, 'png'))
}

/** Where each slide of the print view begins, in CSS pixels from the top of the page. */
function slideTops(page: ChromiumPage): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map(el => el.getBoundingClientRect().y + window.scrollY))
}

/** Room between the slides of a strip, in the colour of the print pages' slide frames. */
const STRIP_GAP = 12

/**
 * Captures the selected slides in strips of consecutive slides (at most 12), one JPEG per strip at
 * 960 px wide, and serves each strip for the print pages. The slides are parted by a gap in the
 * frame colour: a viewer that scales a strip down blends the gap into a slide's edge, not the
 * neighbouring slide.
 */
async function captureStrips(page: ChromiumPage, deck: DeckInfo, slides: number[], server: StaticServer): Promise<SlideImage[]> {
  await page.evaluate((css) => {
    const style = document.createElement('style')
    style.textContent = css
    document.head.append(style)
  }, `.print-slide-container { box-sizing: content-box !important; border-bottom: ${STRIP_GAP}px solid ${FRAME_COLOUR} !important; }`)
  const runs: number[][] = []
  for (const no of slides) {
    const run = runs.at(-1)
    if (run && run.at(-1) === no - 1 && run.length < 12)
      run.push(no)
    else
      runs.push([no])
  }
  const tops = await slideTops(page)
  const images: SlideImage[] = []
  for (const [i, run] of runs.entries()) {
    const top = tops[run[0] - 1]
    const height = tops[run.at(-1)! - 1] + 540 - top
    const strip = `/__export/light-slides-${i + 1}.jpg`
    server.put(strip, await page.screenshot({ x: 0, y: top, width: 960, height, scale: 1 }, 'jpeg', 82))
    images.push(...run.map(no => ({ no, title: deck.slides[no - 1]?.title ?? `Slide ${no}`, strip, y: tops[no - 1] - top })))
  }
  return images
}

/** "07-the-battle-in-figures.png": zero-padded so the files sort in slide order. */
export function pngName(deck: DeckInfo, no: number): string {
  const digits = Math.max(2, String(deck.slides.length).length)
  return `${String(no).padStart(digits, '0')}-${slugify(deck.slides[no - 1]?.title ?? `slide-${no}`, 60)}.png`
}

/** [1,2,3,5] -> "1-3,5", for Chromium's pageRanges. */
function compactRange(numbers: number[]): string {
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

