// The export's own line to Chromium: the DevTools protocol over a pipe, with the few page commands
// the export needs. Playwright (which the tests use) takes about 0.8 s of a two-core machine just
// to load, and it can start Chromium only after that; here Chromium starts within the first half
// second and opens its page while the rest of the export gets ready.

import type { ChildProcess } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HOW_TO_GET_ONE } from '../browser'
import { SLIDE_CANVAS } from '../canvas'
import { removeLeftovers } from '../files'

export class ChromiumError extends Error {
  override name = 'ChromiumError'
}

/** A command Chromium did not answer in time. */
class ChromiumTimeoutError extends ChromiumError {}

/** The promise's outcome, or `timedOut()` thrown after `timeout` milliseconds, whichever is first. */
async function withDeadline<T>(promise: Promise<T>, timeout: number, timedOut: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  promise.catch(() => {})
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut()), timeout)
    })])
  }
  finally {
    clearTimeout(timer)
  }
}

type Params = Record<string, unknown>
type Listener = (params: unknown, sessionId?: string) => void

/** A DevTools protocol connection: JSON messages, each ended by a NUL byte, over two pipes. */
class Connection {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void, method: string }>()
  private readonly listeners = new Map<string, Set<Listener>>()
  private buffered = ''
  private closedBecause?: Error

  /** @param timeout milliseconds any command may take before it fails (a page stuck in a loop never answers) */
  constructor(private readonly input: Writable, output: Readable, private readonly timeout: number) {
    output.setEncoding('utf8')
    output.on('data', (chunk: string) => {
      const parts = (this.buffered + chunk).split('\0')
      this.buffered = parts.pop()!
      for (const part of parts)
        this.receive(JSON.parse(part))
    })
    // A closed pipe (Chromium gone) must not crash the process; the exit handler says why.
    input.on('error', () => {})
  }

  private receive(message: { id?: number, method?: string, params?: unknown, result?: unknown, error?: { message: string }, sessionId?: string }): void {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.error)
        call?.reject(new ChromiumError(`${call.method}: ${message.error.message}`))
      else
        call?.resolve(message.result)
      return
    }
    for (const listener of this.listeners.get(message.method!) ?? [])
      listener(message.params, message.sessionId)
  }

  send<T = unknown>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closedBecause)
      return Promise.reject(this.closedBecause)
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new ChromiumTimeoutError(`${method} got no answer from Chromium within ${Math.round(this.timeout / 1000)} s (is the page stuck?).`))
      }, this.timeout)
      timer.unref()
      const settle = (then: () => void) => {
        clearTimeout(timer)
        then()
      }
      this.pending.set(id, { resolve: value => settle(() => resolve(value as T)), reject: error => settle(() => reject(error)), method })
      this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    })
  }

  on<P>(method: string, listener: (params: P, sessionId?: string) => void): () => void {
    const set = this.listeners.get(method) ?? new Set()
    set.add(listener as Listener)
    this.listeners.set(method, set)
    return () => set.delete(listener as Listener)
  }

  close(reason: Error): void {
    this.closedBecause ??= reason
    for (const call of this.pending.values())
      call.reject(reason)
    this.pending.clear()
  }
}

export interface PdfOptions {
  /** Inches. */
  width: number
  height: number
  /** Inches: top, right, bottom, left. */
  margins?: [number, number, number, number]
  pageRanges?: string
  footerTemplate?: string
}

/** One page (tab) of a Chromium started for the export. */
export class ChromiumPage {
  private readonly errors: string[] = []

  constructor(private readonly connection: Connection, private readonly sessionId: string) {
    // alert() and confirm() would hold the page until answered: dismiss them, as Playwright does.
    connection.on('Page.javascriptDialogOpening', (_, session) => {
      if (session === sessionId)
        this.send('Page.handleJavaScriptDialog', { accept: false }).catch(() => {})
    })
    connection.on('Runtime.exceptionThrown', (params: { exceptionDetails: { text: string, exception?: { description?: string } } }, session) => {
      if (session === sessionId)
        this.errors.push(params.exceptionDetails.exception?.description?.split('\n')[0] ?? params.exceptionDetails.text)
    })
  }

  send<T = unknown>(method: string, params: Params = {}): Promise<T> {
    return this.connection.send<T>(method, params, this.sessionId)
  }

  /** Uncaught errors the page has thrown since it last navigated. */
  get pageErrors(): readonly string[] {
    return this.errors
  }

  /** Opens a URL and waits for its load event, at most `timeout` milliseconds in all. */
  async goto(url: string, timeout: number): Promise<void> {
    // Errors belong to the document that threw them: a new one starts with none.
    this.errors.length = 0
    let off = () => {}
    const loaded = new Promise<void>((resolve) => {
      off = this.connection.on('Page.loadEventFired', (_, session) => {
        if (session === this.sessionId)
          resolve()
      })
    })
    const navigated = this.send<{ errorText?: string }>('Page.navigate', { url }).then(async ({ errorText }) => {
      if (errorText)
        throw new ChromiumError(`could not open ${url}: ${errorText}`)
      await loaded
    })
    // Chromium answers Page.navigate only once the server answers: the deadline covers both.
    try {
      await withDeadline(navigated, timeout, () => new ChromiumError(`${url} did not finish loading within ${Math.round(timeout / 1000)} s.`))
    }
    finally {
      off()
    }
  }

  /** Runs a function in the page with one JSON argument and returns its (JSON) result. */
  async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // Compiled TypeScript may wrap inner functions in esbuild's __name helper, which the page lacks.
    const expression = `(() => { const __name = f => f; return (${fn.toString()})(${JSON.stringify(arg)}) })()`
    const { result, exceptionDetails } = await this.send<{ result: { value: R }, exceptionDetails?: { text: string, exception?: { description?: string } } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
    if (exceptionDetails)
      throw new ChromiumError(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    return result.value
  }

  async pdf(options: PdfOptions): Promise<Buffer> {
    const [top, right, bottom, left] = options.margins ?? [0, 0, 0, 0]
    const { data } = await this.send<{ data: string }>('Page.printToPDF', {
      paperWidth: options.width,
      paperHeight: options.height,
      marginTop: top,
      marginRight: right,
      marginBottom: bottom,
      marginLeft: left,
      printBackground: true,
      pageRanges: options.pageRanges ?? '',
      displayHeaderFooter: options.footerTemplate !== undefined,
      headerTemplate: '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    })
    return Buffer.from(data, 'base64')
  }

  /** A JPEG or PNG of a region of the page in CSS pixels, drawn at `scale` device pixels per CSS pixel. */
  async screenshot(clip: { x: number, y: number, width: number, height: number, scale: number }, format: 'png' | 'jpeg', quality?: number): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format, quality, clip, captureBeyondViewport: true, optimizeForSpeed: false })
    return Buffer.from(data, 'base64')
  }
}

/**
 * What Playwright starts Chromium with for automation, less what does not apply here: no field
 * trials, extensions or first-run work at start (each costs time), no throttling of a page that is
 * not visible, colours in sRGB, and the screenshot path Playwright uses.
 */
const AUTOMATION_ARGS = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--force-color-profile=srgb',
  '--disable-field-trial-config',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-breakpad',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-search-engine-choice-screen',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-features=PaintHolding,OptimizationHints,NetworkTimeServiceQuerying,MediaRouter,LensOverlay,AimEnabled,PreconnectToSearch,HttpsUpgrades,DestroyProfileOnBrowserClose',
  '--enable-features=CDPScreenshotNewSurface',
]

/** Temporary profiles are named with the export's process id, so leftovers can be told apart. */
const PROFILE_PREFIX = 'commemoration-chromium-'

export interface Chromium {
  page: ChromiumPage
  /** The temporary profile folder; close removes it. */
  profile: string
  close: () => Promise<void>
}

export interface StartOptions {
  /** Milliseconds any command may take, starting included (default 30 s). */
  timeout?: number
  /** The page's size in CSS pixels: the deck's canvas (default: the kit's). */
  viewport?: { width: number, height: number }
}

/**
 * Starts Chromium with one page the size of a slide that prefers reduced motion. Its profile is a
 * fresh temporary folder, removed on close; closing the pipe (this process ending) ends Chromium too.
 */
export async function startChromium(path: string, args: string[], options: StartOptions = {}): Promise<Chromium> {
  await removeLeftovers(tmpdir(), PROFILE_PREFIX)
  const profile = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`))
  const child: ChildProcess = spawn(path, [
    ...args,
    ...AUTOMATION_ARGS,
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    'about:blank',
  ], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // In a process group of its own, so Ctrl+C reaches only the export, which then closes
    // Chromium itself. It still ends when the pipe closes, however the export ends.
    detached: process.platform !== 'win32',
  })
  const timeout = options.timeout ?? 30_000
  const connection = new Connection(child.stdio[3] as Writable, child.stdio[4] as Readable, timeout)
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  const exited = new Promise<void>((resolve) => {
    const ended = (reason: string) => {
      // Chromium's own last words, without the usual noise about the system's message bus.
      const said = stderr.split('\n').map(line => line.trim()).filter(line => line && !/dbus|bus\.cc|^\/\S+: \d+: \[/i.test(line)).slice(-3).join(' | ')
      connection.close(new ChromiumError(`Chromium (${path}) ${reason}${said ? `: ${said}` : ''}`))
      resolve()
    }
    child.once('error', error => ended(`could not be started (${error.message})`))
    child.once('exit', (code, signal) => ended(signal ? `was stopped by ${signal}` : `stopped (exit ${code}); is it a Chromium or Chrome?`))
  })
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      connection.send('Browser.close').catch(() => {})
      const killer = setTimeout(() => kill(child), 3000)
      await exited
      clearTimeout(killer)
    }
    // A profile folder left in the temporary folder is harmless; failing the export for it is not.
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {})
  }
  const notStarted = () => new ChromiumError(`Chromium (${path}) did not start within ${timeout / 1000} s. Is it a Chromium or Chrome? ${HOW_TO_GET_ONE}`)
  try {
    return { page: await withDeadline(openStartPage(connection, options.viewport ?? SLIDE_CANVAS), timeout, notStarted), profile, close }
  }
  catch (error) {
    kill(child)
    await close()
    // A command that timed out while starting means Chromium did not start: say that.
    throw error instanceof ChromiumTimeoutError ? notStarted() : error
  }
}

/**
 * Ends Chromium and whatever it started: its whole process group where there is one, so a wrapper
 * script's children cannot keep the pipes, and with them this process, alive.
 */
function kill(child: ChildProcess): void {
  try {
    if (process.platform !== 'win32' && child.pid)
      process.kill(-child.pid, 'SIGKILL')
    else
      child.kill('SIGKILL')
  }
  catch {
    // Already gone.
  }
}

/** Attaches to the page Chromium opens at start (about:blank) and sets it up for printing. */
async function openStartPage(connection: Connection, viewport: { width: number, height: number }): Promise<ChromiumPage> {
  const { targetInfos } = await connection.send<{ targetInfos: { targetId: string, type: string }[] }>('Target.getTargets')
  const targetId = targetInfos.find(t => t.type === 'page')?.targetId
    ?? (await connection.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId
  const { sessionId } = await connection.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
  const page = new ChromiumPage(connection, sessionId)
  await Promise.all([
    page.send('Page.enable'),
    page.send('Runtime.enable'),
    page.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false }),
    page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] }),
  ])
  return page
}
