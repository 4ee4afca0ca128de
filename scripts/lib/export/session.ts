// The export session: one Chromium with one page, and one source the page loads the deck from
// (the export's build, or under --watch Slidev's dev server). Each export is a round of the
// session: it reads the deck, runs a list of steps (one progress tick each) in a staging folder
// with the work that runs beside Chromium (MuPDF, pdf-lib, PowerPoint), and moves the outputs into
// place together. A one-shot export is a session of one round; --watch runs a round per change.

import type { DeckInfo } from '../deck'
import type { Chromium, ChromiumPage } from './cdp'
import type { ExportedFile, ExportOptions, ExportResult, Format } from './options'
import type { RenderSource } from './source'
import { rm, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { chromiumArgs, findChromium, LOCAL_ONLY_ARGS } from '../browser'
import { readDeck } from '../deck'
import { NO_PROGRESS } from '../progress'
import { slugify } from '../text'
import { startChromium } from './cdp'
import { findMutool } from './mupdf'
import { ExportError, FORMATS, pngName } from './options'
import { openPrintView, renderingWarnings } from './print-view'
import { ensureWritable, makeStaging, publish, removeStagingLeftovers } from './publish'

export interface Step {
  /** What the progress bar says while the step runs. */
  label: string | ((round: ExportRound) => string)
  /** Steps with the same key run once, however many outputs need them. */
  key?: string
  run: (round: ExportRound) => Promise<void>
}

/** A finished output in the staging folder: a file, or the png folder. */
interface StagedOutput {
  name: string
  pages?: number
  slides?: number
}

/** The mutool to draw pictures with, or undefined for Chromium screenshots. */
function mutoolFor(options: ExportOptions): string | undefined {
  if (options.pngEngine === 'chromium')
    return undefined
  const mutool = findMutool()
  if (!mutool && options.pngEngine === 'mupdf')
    throw new ExportError('--png-engine mupdf: mutool is not installed. Install MuPDF (`sudo apt-get install mupdf-tools`, `brew install mupdf-tools`), set MUTOOL_PATH, or use --png-engine chromium.')
  return mutool
}

/** Outputs in the order they are made (see FORMATS). */
export function inMakingOrder(formats: Format[]): Format[] {
  return FORMATS.filter(format => formats.includes(format))
}

export class ExportSession {
  readonly out: string
  /** Set when MuPDF draws the PNG images and the PowerPoint backgrounds. */
  readonly mutool?: string
  private readonly chromium: Promise<Chromium>
  private current?: RenderSource
  private making?: Promise<RenderSource>
  private readonly stopping = new AbortController()
  /** What rounds share while the slides stay as they are (the light slides, the PowerPoint's layouts). */
  private readonly kept = new Map<string, Promise<unknown>>()
  private closing?: Promise<void>

  private constructor(readonly options: ExportOptions, deck: DeckInfo, chromiumPath: string) {
    this.out = resolve(options.out)
    this.mutool = options.formats.includes('png') || options.formats.includes('pptx') ? mutoolFor(options) : undefined
    this.chromium = startChromium(chromiumPath, [...chromiumArgs(), ...LOCAL_ONLY_ARGS], { timeout: options.timeout, viewport: deck.canvas })
    this.chromium.catch(() => {}) // awaited when the page is needed, where its failure is reported
  }

  /**
   * The quick checks first, so a wrong option or a missing browser fails within seconds; then
   * Chromium starts, and everything up to the first page load happens while it does.
   */
  static async open(options: ExportOptions): Promise<ExportSession> {
    const chromiumPath = findChromium().path
    const deck = await readDeck(options.entry)
    const session = new ExportSession(options, deck, chromiumPath)
    try {
      await ensureWritable(session.out)
      await removeStagingLeftovers(session.out)
    }
    catch (error) {
      await session.close()
      throw error
    }
    return session
  }

  async page(): Promise<ChromiumPage> {
    return (await this.chromium).page
  }

  get source(): RenderSource {
    if (!this.current)
      throw new Error('the export session has no source yet')
    return this.current
  }

  /**
   * Takes the source the page loads the deck from (closing the one before). Its making is stopped
   * when the session closes first: a build is not left running after an interrupted export.
   */
  async useSource(make: (signal: AbortSignal) => Promise<RenderSource>): Promise<void> {
    this.making = make(this.stopping.signal)
    const source = await this.making
    await this.current?.close().catch(() => {})
    this.current = source
    this.forget()
  }

  /** Something rounds share until the slides change. */
  keep<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.kept.has(key))
      this.kept.set(key, make())
    const kept = this.kept.get(key) as Promise<T>
    kept.catch(() => {
      if (this.kept.get(key) === kept)
        this.kept.delete(key)
    })
    return kept
  }

  /** The slides changed: what rounds shared is made again. */
  forget(): void {
    this.kept.clear()
  }

  /** A new round on the deck as it is now; its staging folder is made once the deck has been checked. */
  async round(): Promise<ExportRound> {
    const deck = await readDeck(this.options.entry)
    const outside = this.options.range?.find(no => no > deck.slides.length)
    if (outside)
      throw new ExportError(`--range: the deck has slides 1 to ${deck.slides.length} now, and ${outside} is not one of them.`)
    return new ExportRound(this, deck, await makeStaging(this.out))
  }

  /** Every part is tried, whatever the one before did: cleanup must not hide the real outcome. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.stopping.abort()
      await this.making?.catch(() => {})
      await this.chromium.then(chromium => chromium.close(), () => {})
      await this.current?.close().catch(() => {})
    })()
    return this.closing
  }
}

export class ExportRound {
  readonly warnings: string[] = []
  /** The chosen slides, in order. */
  readonly selected: number[]
  /** The outputs' file name, from the deck's exportFilename (a file name here, never a path). */
  readonly name: string
  private readonly staged: StagedOutput[] = []
  private readonly background: Promise<unknown>[] = []
  private readonly abort = new AbortController()
  private readonly shared = new Map<string, Promise<unknown>>()
  private pageOpened?: ChromiumPage
  private cleaned?: Promise<void>

  constructor(readonly session: ExportSession, readonly deck: DeckInfo, private readonly stagingDir: string) {
    this.selected = session.options.range ?? deck.slides.map(s => s.no)
    this.name = slugify(basename(deck.exportFilename), 80)
  }

  get options(): ExportOptions {
    return this.session.options
  }

  get mutool(): string | undefined {
    return this.session.mutool
  }

  get source(): RenderSource {
    return this.session.source
  }

  get page(): ChromiumPage {
    if (!this.pageOpened)
      throw new Error('the round has not opened its page yet')
    return this.pageOpened
  }

  get signal(): AbortSignal {
    return this.abort.signal
  }

  wants(format: Format): boolean {
    return this.options.formats.includes(format)
  }

  /** A path in the staging folder. */
  staging(...names: string[]): string {
    return join(this.stagingDir, ...names)
  }

  /** Records a finished output, to be published with the others; the returned record takes counts later. */
  output(name: string, counts: { pages?: number, slides?: number } = {}): StagedOutput {
    const output = { name, ...counts }
    this.staged.push(output)
    return output
  }

  /**
   * Work that runs beside Chromium, started as soon as its input exists and awaited before the
   * outputs are published. It gets a handler at once, so a failure waits its turn instead of
   * ending the process.
   */
  inBackground<T>(job: Promise<T>): Promise<T> {
    job.catch(() => {})
    this.background.push(job)
    return job
  }

  /** Something several outputs of this round need (the printed slides), made once. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.shared.has(key))
      this.shared.set(key, make())
    return this.shared.get(key) as Promise<T>
  }

  /** Something rounds share while the slides stay as they are. */
  keep<T>(key: string, make: () => Promise<T>): Promise<T> {
    return this.session.keep(key, make)
  }

  /** Takes the session's page, for steps that print documents but render no slides. */
  async openPage(): Promise<void> {
    this.pageOpened = await this.session.page()
  }

  /** Opens the print view and reads what the rendered slides warn of; what rounds shared is made again. */
  async render(): Promise<void> {
    await this.openPage()
    this.session.forget()
    await openPrintView(this.page, this.source, this.deck, this.options.timeout)
    this.warnings.push(...await renderingWarnings(this.page, this.deck, this.selected))
  }

  /** Runs the steps with a progress tick each, then publishes the outputs together. */
  async run(steps: Step[]): Promise<ExportResult> {
    const progress = this.options.progress ?? NO_PROGRESS
    const unique = steps.filter((step, i) => !step.key || steps.findIndex(s => s.key === step.key) === i)
    const all: Step[] = [
      ...unique,
      { label: 'finishing the work beside the browser', run: () => this.finishBackground() },
      { label: 'writing the outputs', run: () => this.publish() },
    ]
    try {
      progress.start(all.length)
      for (const step of all) {
        progress.step(typeof step.label === 'function' ? step.label(this) : step.label)
        await step.run(this)
      }
      return { files: await this.files(), warnings: this.warnings, cachedBuild: this.source.cached }
    }
    catch (error) {
      // What this round made for the next ones may be half made: the next round makes it again.
      this.session.forget()
      throw error
    }
    finally {
      progress.done()
      await this.cleanup()
    }
  }

  private async finishBackground(): Promise<void> {
    await Promise.all(this.background)
  }

  private async publish(): Promise<void> {
    if (this.options.strict && this.warnings.length > 0)
      throw new ExportError(`--strict: ${this.warnings.length} warning(s), nothing written:\n  - ${this.warnings.join('\n  - ')}`)
    await publish(this.stagingDir, this.session.out, this.staged.map(o => o.name))
  }

  private async files(): Promise<ExportedFile[]> {
    const files: ExportedFile[] = []
    for (const output of this.staged) {
      const path = join(this.session.out, output.name)
      if (output.name === 'png') {
        for (const no of this.selected) {
          const file = join(path, pngName(this.deck, no))
          files.push({ path: file, bytes: (await stat(file)).size })
        }
      }
      else {
        files.push({ path, bytes: (await stat(path)).size, pages: output.pages, slides: output.slides })
      }
    }
    return files
  }

  /** Stops the work beside the browser and removes the staging folder; every part is tried. */
  cleanup(): Promise<void> {
    this.cleaned ??= (async () => {
      this.abort.abort()
      await Promise.allSettled(this.background)
      await rm(this.stagingDir, { recursive: true, force: true }).catch(() => {})
    })()
    return this.cleaned
  }
}

/**
 * Runs `work` with Ctrl+C (and SIGTERM) turned into a clean stop: `stop` cleans up, then the
 * process exits with 130. Whatever fails on the way once interrupted is no news.
 */
export async function untilInterrupted<T>(stop: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  let interrupted = false
  const onSignal = () => {
    interrupted = true
    void stop().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await work()
  }
  catch (error) {
    if (interrupted)
      await new Promise(() => {})
    throw error
  }
  finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
