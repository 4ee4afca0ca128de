// Where the export's page gets the deck from: the export's own build (one self-contained HTML
// file, cached) served on localhost, or Slidev's dev server (dev-source.ts), which --watch keeps
// running so that an edit needs no build.

import { cachedBuild } from '../build'
import { serveStatic } from '../serve'

export interface RenderSource {
  /** The origin the page loads from; the export serves its own print documents there too. */
  url: string
  /** Slidev's print view: every slide on one page, every reveal shown. */
  printView: (variant: 'dark' | 'light') => string
  /** Serves data held in memory at a path (the slide strips and the print documents). */
  put: (pathname: string, data: Buffer) => void
  /** Milliseconds since the last response was sent; 0 while one is being answered. */
  idleFor: () => number
  /** The folder of the one-file build, when the deck is served from it. */
  buildDir?: string
  /** Whether the build was there already (a dev server builds nothing). */
  cached: boolean
  close: () => Promise<void>
}

/**
 * The export's build served on localhost. Built with Slidev's hash router, so the print view's
 * query goes before the hash, where Slidev and the design variant read it. `notes`: whether the
 * build must hold the current speaker notes (the one-file deck shows them); a build made before an
 * edit of the notes alone serves the other outputs just as well.
 */
export async function buildSource(entry: string, options: { notes: boolean, signal?: AbortSignal }): Promise<RenderSource> {
  const build = await cachedBuild(entry, { singleFile: true, notes: options.notes, signal: options.signal })
  const server = await serveStatic(build.dir)
  return {
    url: server.url,
    printView: variant => `${server.url}/?print=true&variant=${variant}#/print`,
    put: server.put,
    idleFor: server.idleFor,
    buildDir: build.dir,
    cached: build.cached,
    close: server.close,
  }
}
