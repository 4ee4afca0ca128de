// npm run export -- --watch: the browser and Slidev's dev server stay up, and every save of the
// deck (or of what it is made from) exports the chosen outputs again, in a round of the session.
//
// - A save that changes only speaker notes remakes only what shows notes (the speaker script,
//   the PowerPoint file, the one-file deck) from what the last round captured of the slides.
// - Any other save waits for Slidev to take it up, then renders the print view again.
// - A save of the article or the plan the deck was generated from regenerates the deck first.
// - A change of Vite's or UnoCSS's configuration (or of a setting Slidev restarts for) restarts
//   the dev server.
// Each round publishes its outputs together, as a one-shot export does; a round that fails says
// why and the watcher waits for the next save.

import type { ExportedFile, ExportOptions, Format } from './options'
import type { ExportRound, Step } from './session'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { BUILD_INPUTS, buildKey } from '../build'
import { shownPath } from '../cli'
import { readDeck } from '../deck'
import { KIT_ROOT } from '../paths'
import type { DevSource, Mark } from './dev-source'
import { RESTART_FILES, startDevSource } from './dev-source'
import { outputSteps, renderStep } from './index'
import { ExportSession, untilInterrupted } from './session'

const exec = promisify(execFile)

/** Outputs that show the speaker notes: a save of the notes alone remakes only these. */
const SHOW_NOTES: readonly Format[] = ['pptx', 'html', 'speaker']

/** Saves closer together than this make one round (an editor may write a file in two steps). */
const DEBOUNCE_MS = 30

/** What shapes the slides, in the kit and in the deck's folder: what shapes a build, and the photos. */
const SHAPING = [...BUILD_INPUTS, join('public', 'photos')]

export interface RoundReport {
  no: number
  /** What the round followed: the first export, a change of the slides, of the notes alone, a regeneration. */
  cause: 'start' | 'slides' | 'notes' | 'restart'
  ok: boolean
  seconds: number
  files: ExportedFile[]
  warnings: string[]
  error?: string
}

export interface WatchOptions extends ExportOptions {
  /** Told after every round. */
  onRound: (report: RoundReport) => void
  /** Told of anything else worth a line: a regeneration, a restart. */
  onNote?: (message: string) => void
  /** Stops watching (and resolves the returned promise) when aborted; otherwise Ctrl+C does. */
  signal?: AbortSignal
}

export async function watchExport(options: WatchOptions): Promise<void> {
  const entry = resolve(options.entry)
  const session = await ExportSession.open(options)
  let round: ExportRound | undefined
  const stop = async () => {
    await round?.cleanup()
    await session.close()
    options.onNote?.('stopped watching.')
  }
  await untilInterrupted(stop, async () => {
    let source = await startDevSource(entry)
    let rounds = 0
    let lastRender = ''
    let lastRoundOk = false
    /** Set when a round failed while the dev server rendered: it may hold a half-taken edit. */
    let freshServerNeeded = false

    async function runRound(cause: RoundReport['cause'], steps: (round: ExportRound) => Step[]): Promise<void> {
      const started = performance.now()
      const no = ++rounds
      try {
        round = await session.round()
        const result = await round.run(steps(round))
        lastRoundOk = true
        options.onRound({ no, cause, ok: true, seconds: (performance.now() - started) / 1000, files: result.files, warnings: result.warnings })
      }
      catch (error) {
        lastRoundOk = false
        freshServerNeeded = cause !== 'notes' && !(error as Error).message.startsWith('--range')
        options.onRound({ no, cause, ok: false, seconds: (performance.now() - started) / 1000, files: [], warnings: [], error: (error as Error).message })
      }
      finally {
        round = undefined
      }
    }

    const fullRound = (cause: RoundReport['cause']) => runRound(cause, r => [renderStep, ...outputSteps(r, options.formats)])

    // A generated deck names its article and plan: a save of either makes the deck again.
    const { article, plan } = (await readDeck(entry)).source
    const outputs = resolve(options.out)
    const shaping = [...new Set([KIT_ROOT, dirname(entry)])].flatMap(root => SHAPING.map(input => join(root, input)))
    const watched = (file: string) => file === entry || file === article || file === plan || RESTART_FILES.test(file)
      || shaping.some(input => file === input || file.startsWith(input + sep))
    const renderKey = () => buildKey(entry, '/', true).render

    let queue = Promise.resolve()
    let timer: NodeJS.Timeout | undefined
    const seen = new Set<string>()
    let mark: Mark

    /** One round for the saves seen since the last. */
    async function roundForChanges(): Promise<void> {
      const files = [...seen]
      seen.clear()
      const since = mark
      if (files.some(f => f === article || f === plan)) {
        // The deck is made from these: make it again; its own save then starts the round.
        options.onNote?.(`regenerating ${shownPath(entry)} from ${[article, plan].filter(Boolean).map(f => shownPath(f!)).join(' + ')}`)
        try {
          await exec(process.execPath, ['--import', 'tsx', join(KIT_ROOT, 'scripts/generate.ts'), article!, ...(plan ? ['--plan', plan] : []), '--out', entry], { cwd: KIT_ROOT })
        }
        catch (error) {
          options.onNote?.(`the deck could not be regenerated: ${((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n').at(-1)}`)
        }
        if (!files.some(f => f === entry))
          return
      }
      // After a round that failed in rendering, the dev server may hold a half-taken edit: a new one starts clean.
      if (files.some(f => RESTART_FILES.test(f)) || source.needsRestart() || freshServerNeeded) {
        options.onNote?.(freshServerNeeded ? 'restarting the dev server after the failed round' : 'restarting the dev server (its configuration changed)')
        freshServerNeeded = false
        await watchWith(await startDevSource(entry))
        lastRender = renderKey()
        return fullRound(lastRoundOk ? 'restart' : 'slides')
      }
      const render = renderKey()
      if (render === lastRender && lastRoundOk) {
        const formats = options.formats.filter(f => SHOW_NOTES.includes(f))
        if (formats.length > 0)
          await runRound('notes', r => [{ label: 'notes changed', run: () => r.openPage() }, ...outputSteps(r, formats)])
        return
      }
      lastRender = render
      const text = readFileSync(entry, 'utf8')
      await runRound('slides', r => [{ label: 'waiting for Slidev to take the change up', run: () => source.settled(text, since) }, renderStep, ...outputSteps(r, options.formats)])
    }

    function onEvent(_event: string, path: string): void {
      const file = resolve(path)
      if (file.startsWith(outputs + sep) || !watched(file))
        return
      if (seen.size === 0)
        mark = source.mark()
      seen.add(file)
      clearTimeout(timer)
      timer = setTimeout(() => {
        queue = queue.then(roundForChanges).catch(error => options.onNote?.(`watching failed: ${(error as Error).message}`))
      }, DEBOUNCE_MS)
    }
    /** Takes a (new) dev server as the source, and follows the files through its watcher. */
    async function watchWith(next: DevSource): Promise<void> {
      source = next
      await session.useSource(async () => source)
      source.watcher.add([entry, ...[article, plan].filter((f): f is string => Boolean(f)), ...shaping])
      source.watcher.on('all', onEvent)
      mark = source.mark()
    }

    // Watching from before the first export: a save while it runs gets a round after it.
    await watchWith(source)
    lastRender = renderKey()
    queue = queue.then(() => fullRound('start'))

    await new Promise<void>((done) => {
      if (options.signal?.aborted)
        return done()
      options.signal?.addEventListener('abort', () => done(), { once: true })
    })
    clearTimeout(timer)
    await queue
  }).finally(stop)
}

