// The export session: one build, one local server, one Chromium with one page of Slidev's print
// view, a staging folder, and the work that runs beside Chromium (MuPDF, pdf-lib, PowerPoint). It
// runs a list of steps, one progress tick each, and cleans up whatever happens: an error, Ctrl+C.

import type { DeckInfo } from '../deck'
import type { StaticServer } from '../serve'
import type { Chromium, ChromiumPage } from './cdp'
import type { ExportedFile, ExportOptions, ExportResult, Format } from './options'
import { rm, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { chromiumArgs, findChromium, LOCAL_ONLY_ARGS } from '../browser'
import { cachedBuild } from '../build'
import { readDeck } from '../deck'
import { NO_PROGRESS } from '../progress'
import { serveStatic } from '../serve'
import { slugify } from '../text'
import { startChromium } from './cdp'
import { findMutool } from './mupdf'
import { ExportError, FORMATS, pngName } from './options'
import { openPrintView, renderingWarnings } from './print-view'
import { ensureWritable, makeStaging, publish, removeStagingLeftovers } from './publish'

export interface Step {
  /** What the progress bar says while the step runs. */
  label: string | ((session: ExportSession) => string)
  /** Steps with the same key run once, however many outputs need them. */
  key?: string
  run: (session: ExportSession) => Promise<void>
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

export class ExportSession {
  readonly warnings: string[] = []
  readonly out: string
  /** The chosen slides, in order. */
  readonly selected: number[]
  /** The outputs' file name, from the deck's exportFilename (a file name here, never a path). */
  readonly name: string
  /** Set when MuPDF draws the PNG images and the PowerPoint backgrounds. */
  readonly mutool?: string
  private readonly staged: StagedOutput[] = []
  private readonly background: Promise<unknown>[] = []
  private readonly abort = new AbortController()
  private readonly shared = new Map<string, Promise<unknown>>()
  private readonly chromium: Promise<Chromium>
  private opened?: { page: ChromiumPage, server: StaticServer, cached: boolean, buildDir: string }
  private stagingDir?: string
  private closing?: Promise<void>

  private constructor(readonly options: ExportOptions, readonly deck: DeckInfo, chromiumPath: string) {
    this.out = resolve(options.out)
    this.selected = options.range ?? deck.slides.map(s => s.no)
    this.name = slugify(basename(deck.exportFilename), 80)
    this.mutool = this.wants('png') || this.wants('pptx') ? mutoolFor(options) : undefined
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
      session.stagingDir = await makeStaging(session.out)
    }
    catch (error) {
      await session.close()
      throw error
    }
    return session
  }

  wants(format: Format): boolean {
    return this.options.formats.includes(format)
  }

  get page(): ChromiumPage {
    return this.ready().page
  }

  get server(): StaticServer {
    return this.ready().server
  }

  get cachedBuild(): boolean {
    return this.ready().cached
  }

  /** The deck's build: one index.html with everything inside (see build.ts). */
  get buildDir(): string {
    return this.ready().buildDir
  }

  get signal(): AbortSignal {
    return this.abort.signal
  }

  private ready() {
    if (!this.opened)
      throw new Error('the export session has not opened its page yet')
    return this.opened
  }

  /** A path in the staging folder. */
  staging(...names: string[]): string {
    return join(this.stagingDir!, ...names)
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

  /** Something several outputs need (the printed slides, the light slides), made once. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.shared.has(key))
      this.shared.set(key, make())
    return this.shared.get(key) as Promise<T>
  }

  /** Builds the deck (or reuses its build) and serves it to the waiting Chromium. */
  async build(): Promise<void> {
    const build = await cachedBuild(this.options.entry, { singleFile: true })
    const server = await serveStatic(build.dir)
    const { page } = await this.chromium
    this.opened = { page, server, cached: build.cached, buildDir: build.dir }
  }

  /** Opens the print view and reads what the rendered slides warn of. */
  async render(): Promise<void> {
    await openPrintView(this.page, this.server, this.deck, this.options.timeout)
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
    let interrupted = false
    const onSignal = () => {
      interrupted = true
      void this.close().finally(() => process.exit(130))
    }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    try {
      progress.start(all.length)
      for (const step of all) {
        progress.step(typeof step.label === 'function' ? step.label(this) : step.label)
        await step.run(this)
      }
      return { files: await this.files(), warnings: this.warnings, cachedBuild: this.cachedBuild }
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
      await this.close()
    }
  }

  private async finishBackground(): Promise<void> {
    await Promise.all(this.background)
  }

  private async publish(): Promise<void> {
    if (this.options.strict && this.warnings.length > 0)
      throw new ExportError(`--strict: ${this.warnings.length} warning(s), nothing written:\n  - ${this.warnings.join('\n  - ')}`)
    await publish(this.stagingDir!, this.out, this.staged.map(o => o.name))
  }

  private async files(): Promise<ExportedFile[]> {
    const files: ExportedFile[] = []
    for (const output of this.staged) {
      const path = join(this.out, output.name)
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

  /** Every part is tried, whatever the one before did: cleanup must not hide the real outcome. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.abort.abort()
      await Promise.allSettled(this.background)
      await this.chromium.then(chromium => chromium.close(), () => {})
      await this.opened?.server.close().catch(() => {})
      if (this.stagingDir)
        await rm(this.stagingDir, { recursive: true, force: true }).catch(() => {})
    })()
    return this.closing
  }
}

/** Outputs in the order they are made (see FORMATS). */
export function inMakingOrder(formats: Format[]): Format[] {
  return FORMATS.filter(format => formats.includes(format))
}
