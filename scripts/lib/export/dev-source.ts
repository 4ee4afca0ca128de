// Slidev's own dev server, started in this process, as the export's source while --watch runs: an
// edit then needs no build, since Vite transforms again only what changed. It is what `slidev
// export` renders from (resolveOptions + createServer), plus the `loadData` hook that Slidev's
// dev command passes: without it, Slidev never sees an edit of slides.md.
//
// After an edit the page may only be reloaded once Slidev has parsed the new text and Vite has
// sent its update: `settled` waits for both.

import type { AddressInfo } from 'node:net'
import type { Plugin, ViteDevServer } from 'vite'
import type { RenderSource } from './source'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { notCompiling, slidevBin } from '../build'
import { KIT_ROOT } from '../paths'
import { createTraffic } from '../serve'
import { ExportError } from './options'

/**
 * Vite's dependency cache for this server. Not Vite's default: that cache is keyed by the whole
 * config, plugins included, so this server and `slidev` would throw each other's away every run.
 */
const CACHE_DIR = join(KIT_ROOT, 'node_modules', '.vite', 'commemoration-export')

/** Slidev restarts its server when these settings change; so does --watch (slidev's cli.mjs). */
const RESTART_FIELDS = ['monaco', 'routerMode', 'fonts', 'css', 'mdc', 'editor', 'theme', 'seoMeta', 'canvasWidth', 'aspectRatio']
/** Files whose change needs a new server, not an update: Vite's and UnoCSS's configuration. */
export const RESTART_FILES = /(?:^|[/\\])(?:vite\.config\.[cm]?[jt]s|uno(?:css)?\.config\.[jt]s|setup[/\\](?:shiki|katex|preparser|transformers|unocss|vite-plugins)\.ts)$/

/** Quiet time after Slidev has parsed an edit, with no module update, after which nothing shown changed. */
const NO_UPDATE_MS = 300
/** How long Slidev may take to parse a saved deck before Vite is asked to read the file again. */
const NUDGE_MS = 600

interface Sent {
  type?: string
  updates?: { path: string }[]
  err?: { message?: string, id?: string, loc?: { file?: string } }
}

/** A moment in the server's life: how many updates it had sent, and when. */
export interface Mark {
  index: number
  at: number
}

export interface DevSource extends RenderSource {
  /** Now, to wait from: taken when a change is seen. */
  mark: () => Mark
  /**
   * Resolves when the page may be loaded again after a change seen at `since`, the deck's text
   * being `text`: Slidev has parsed that text, and Vite has sent its update (or had none to send).
   * Rejects when the change does not compile.
   */
  settled: (text: string, since: Mark) => Promise<void>
  /** Set when a setting changed that needs a new server (Slidev refused the edit). */
  needsRestart: () => boolean
  /** The files Vite watches, for --watch to follow; more can be added. */
  watcher: ViteDevServer['watcher']
}

/**
 * Slidev looks for a deck's theme and addons from where the script it runs in lives: its own CLI,
 * inside the kit's node_modules, when `slidev` or `slidev build` runs. Here the script is ours, so
 * while Slidev reads it, it is told the truth of where it is installed; a deck outside the kit then
 * finds the kit's theme as `slidev build` does.
 */
async function asSlidevsOwnCli<T>(work: () => Promise<T>): Promise<T> {
  const script = process.argv[1]
  process.argv[1] = slidevBin()
  try {
    return await work()
  }
  finally {
    process.argv[1] = script
  }
}

export async function startDevSource(entry: string): Promise<DevSource> {
  return asSlidevsOwnCli(() => startServer(entry))
}

async function startServer(entry: string): Promise<DevSource> {
  const { createServer, parser, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry }, 'export')
  const traffic = createTraffic()
  const sent: { at: number, payload: Sent }[] = []
  let restart = false
  // The text of the deck as Slidev last parsed it, and where the log of sent updates stood then.
  let loaded = { text: readFileSync(entry, 'utf8'), sentIndex: 0, at: performance.now() }

  const exportHooks: Plugin = {
    name: 'commemoration:export-source',
    configureServer(server) {
      // Ahead of Vite's own middlewares, so every response counts for idleFor.
      server.middlewares.use((request, response, next) => {
        if (!traffic.serve(request, response))
          next()
      })
      const send = server.hot.send.bind(server.hot) as (...args: unknown[]) => void
      server.hot.send = ((...args: unknown[]) => {
        sent.push({ at: performance.now(), payload: (args.length > 1 ? { type: String(args[0]) } : args[0]) as Sent })
        send(...args)
      }) as typeof server.hot.send
    },
  }

  const server = await createServer(options, {
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    cacheDir: CACHE_DIR,
    // What does not compile is told once, in the round's line; Vite's own report would repeat it.
    logLevel: 'silent',
    clearScreen: false,
    plugins: [exportHooks],
  }, {
    async loadData(source: Record<string, string>) {
      const data = await parser.load(options, options.entry, source, options.mode)
      const config = parser.resolveConfig(data.headmatter, options.data.themeMeta, options.entry) as unknown as Record<string, unknown>
      const before = options.data.config as unknown as Record<string, unknown>
      if (RESTART_FIELDS.some(field => JSON.stringify(config[field]) !== JSON.stringify(before[field]))) {
        restart = true
        return false
      }
      loaded = { text: source[options.entry] ?? loaded.text, sentIndex: sent.length, at: performance.now() }
      return { ...data, themeMeta: options.data.themeMeta, config }
    },
  } as never)
  await server.listen()
  const { port } = server.httpServer!.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  const hash = options.data.config.routerMode === 'hash'

  /** The first update sent since `index` that a page must reload for; undefined if none yet. */
  const updateSince = (index: number) => sent.slice(index).find(({ payload }) => payload.type === 'error' || payload.type === 'full-reload'
    // UnoCSS sends its own style updates at any time: only other modules count.
    || (payload.type === 'update' && (payload.updates ?? []).some(u => !u.path.includes('__uno'))))

  return {
    url,
    printView: variant => hash ? `${url}/?print=true&variant=${variant}#/print` : `${url}/print?print=true&variant=${variant}`,
    put: traffic.put,
    idleFor: traffic.idleFor,
    cached: true,
    watcher: server.watcher,
    needsRestart: () => restart,
    mark: () => ({ index: sent.length, at: performance.now() }),
    settled: async (text, since) => {
      const started = performance.now()
      let nudged = false
      for (;;) {
        if (restart)
          return
        if (loaded.text === text) {
          const from = Math.max(loaded.sentIndex, since.index)
          const update = updateSince(from)
          if (update?.payload.type === 'error') {
            const { err } = update.payload
            throw new ExportError(notCompiling(err?.message ?? 'see the dev server', err?.id ?? err?.loc?.file))
          }
          if (update || performance.now() - Math.max(loaded.at, since.at) > NO_UPDATE_MS)
            return
        }
        else if (performance.now() - started > 10_000) {
          throw new ExportError('Slidev did not take up the edit within 10 s.')
        }
        else if (!nudged && performance.now() - started > NUDGE_MS) {
          // A file written in two steps (emptied, then filled) may have been read half-written,
          // its second change merged with the first: have Vite read it again.
          nudged = true
          server.watcher.emit('change', entry)
        }
        await new Promise(resolve => setTimeout(resolve, 5))
      }
    },
    close: () => server.close(),
  }
}
