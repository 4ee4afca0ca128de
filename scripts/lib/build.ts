// Builds a deck with Slidev's own CLI into a folder, so tests, exports and the venue build share one way.

import type { Hash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rename, rm, utimes } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { KIT_ROOT } from './paths'
import { SINGLE_FILE_ENV } from './vite-single-file'

const require = createRequire(import.meta.url)

/** The slidev executable of this kit, run with the current Node. */
export function slidevBin(): string {
  return join(dirname(require.resolve('@slidev/cli/package.json', { paths: [KIT_ROOT] })), 'bin/slidev.mjs')
}

export interface BuildOptions {
  entry?: string
  out: string
  base?: string
  /**
   * The whole deck in one index.html (scripts, styles, fonts and photos inlined) with Slidev's
   * hash router, so that it also works opened from a file: the export's build.
   */
  singleFile?: boolean
  /** Stops the build (the export was interrupted). */
  signal?: AbortSignal
}

export async function buildDeck(options: BuildOptions): Promise<void> {
  const args = [slidevBin(), 'build', options.entry ?? join(KIT_ROOT, 'slides.md'), '--out', options.out]
  if (options.base)
    args.push('--base', options.base)
  if (options.singleFile)
    args.push('--router-mode', 'hash')
  const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...(options.singleFile ? { [SINGLE_FILE_ENV]: '1' } : {}) }
  const child = spawn(process.execPath, args, { cwd: KIT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env, signal: options.signal })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  options.signal?.throwIfAborted()
  if (code !== 0)
    throw new BuildError(`slidev build failed for ${options.entry ?? 'slides.md'}: ${buildFailure(output) ?? `exit ${code}:\n${output.slice(-2000)}`}`)
}

/** A deck Slidev cannot build: what it said, told in a line. */
export class BuildError extends Error {
  override name = 'BuildError'
}

/** Where in a deck a module of Slidev's is: "slide 17" for "slides.md__slidev_17.md". */
export function slideOf(file: string | undefined): string | undefined {
  const no = /__slidev_(\d+)\.md\b/.exec(file ?? '')?.[1]
  return no ? `slide ${no}` : undefined
}

/** "the deck does not compile (slide 9): Unexpected token", from an error's message and the module it names. */
export function notCompiling(message: string, file?: string): string {
  const where = slideOf(file)
  return `the deck does not compile${where ? ` (${where})` : ''}: ${message.replace(/^\[plugin:?[^\]]*\]\s*/, '').split('\n')[0]}`
}

/** What does not compile, in a line, from the build's log: "slide 9: Error parsing JavaScript expression: …". */
function buildFailure(log: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1B\[[0-9;]*m/g, '').split('\n')
  const failed = lines.findIndex(line => /Build failed/.test(line))
  if (failed < 0)
    return undefined
  const after = lines.slice(failed + 1)
  const what = after.map(line => /^\s*(?:\w*Error): (.+)$/.exec(line)?.[1]).find(Boolean)
  return what && notCompiling(what, after.find(line => /__slidev_\d+\.md/.test(line)))
}

/** The folders and files whose content decides what a build looks like (besides the deck and public/). */
export const BUILD_INPUTS = ['components', 'layouts', 'styles', 'setup', 'composables', 'custom-nav-controls.vue', 'global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue', 'vite.config.ts', 'scripts/lib/vite-photos.ts', 'scripts/lib/vite-single-file.ts', 'scripts/lib/labels.ts', 'package-lock.json', 'uno.config.ts']

function hashTree(hash: Hash, path: string, withContent: boolean): void {
  if (!existsSync(path))
    return
  const stat = statSync(path)
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort())
      hashTree(hash, join(path, name), withContent)
    return
  }
  hash.update(`${path}\0${stat.size}\0`)
  // Photos can be large: their size and time stamp stand for their content.
  hash.update(withContent ? readFileSync(path) : String(stat.mtimeMs))
}

/** A hash of what a deck's slides show (front matter and body), and one of their speaker notes. */
function deckHashes(entry: string): { slides: string, notes: string } {
  const { slides } = parseSync(readFileSync(entry, 'utf8'), entry)
  const shown = createHash('sha256')
  const notes = createHash('sha256')
  for (const slide of slides) {
    shown.update(`${slide.frontmatterRaw ?? ''}\0${slide.content}\u0001`)
    notes.update(`${slide.note ?? ''}\u0001`)
  }
  return { slides: shown.digest('hex').slice(0, 16), notes: notes.digest('hex').slice(0, 8) }
}

/**
 * A key for a deck's build, in two parts: what shapes its pictures (the deck's slides, the kit's
 * components and styles, the photos in public/), and the deck's speaker notes, which only the
 * presenter view shows.
 */
export function buildKey(entry: string, base = '/', singleFile = false): { render: string, notes: string } {
  const deck = deckHashes(entry)
  const hash = createHash('sha256')
  hash.update(`${base}\0${singleFile}\0${deck.slides}`)
  for (const input of BUILD_INPUTS)
    hashTree(hash, join(KIT_ROOT, input), true)
  const deckRoot = dirname(entry)
  for (const input of deckRoot === KIT_ROOT ? ['public'] : ['public', ...BUILD_INPUTS])
    hashTree(hash, join(deckRoot, input), input !== 'public')
  if (deckRoot !== KIT_ROOT)
    hashTree(hash, join(KIT_ROOT, 'public'), false)
  return { render: hash.digest('hex').slice(0, 16), notes: deck.notes }
}

export const BUILD_CACHE = join(KIT_ROOT, 'node_modules', '.cache', 'commemoration-deck')

export interface CachedBuildOptions {
  base?: string
  singleFile?: boolean
  /**
   * Whether the build must hold the deck's current speaker notes (the presenter view needs them).
   * Without, a build made before an edit of the notes alone is reused: its slides look the same.
   */
  notes?: boolean
  signal?: AbortSignal
}

/** A complete build of the deck in the cache whose key is this one; any notes, unless `notes` is asked for. */
function findBuild(key: { render: string, notes: string }, notes: boolean): string | undefined {
  const exact = join(BUILD_CACHE, `build-${key.render}-${key.notes}`)
  if (existsSync(join(exact, 'index.html')))
    return exact
  if (notes || !existsSync(BUILD_CACHE))
    return undefined
  const sameSlides = readdirSync(BUILD_CACHE).filter(name => name.startsWith(`build-${key.render}-`)).map(name => join(BUILD_CACHE, name))
  return sameSlides.find(dir => existsSync(join(dir, 'index.html')))
}

/**
 * A static build of the deck, reused while nothing that shapes it has changed. Builds go to a
 * temporary folder and are renamed into the cache when complete, so two exports at once are safe.
 */
export async function cachedBuild(entry: string, options: CachedBuildOptions = {}): Promise<{ dir: string, cached: boolean }> {
  const key = buildKey(entry, options.base, options.singleFile)
  const found = findBuild(key, options.notes ?? true)
  if (found) {
    // Touch it, so pruning by age never removes a build that an export is serving.
    const now = new Date()
    await utimes(found, now, now).catch(() => {})
    return { dir: found, cached: true }
  }
  const dir = join(BUILD_CACHE, `build-${key.render}-${key.notes}`)
  await mkdir(BUILD_CACHE, { recursive: true })
  const staging = await mkdtemp(join(BUILD_CACHE, '.staging-'))
  try {
    await buildDeck({ entry, out: staging, base: options.base, singleFile: options.singleFile, signal: options.signal })
    await rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another export finished the same build first: use theirs.
      if (!existsSync(join(dir, 'index.html')))
        throw error
    })
  }
  finally {
    await rm(staging, { recursive: true, force: true })
  }
  await pruneCache(dir)
  return { dir, cached: false }
}

/** Keeps the three newest builds, and drops builds an interrupted export left half-made over an hour ago. */
async function pruneCache(keep: string): Promise<void> {
  const names = await readdir(BUILD_CACHE)
  for (const name of names.filter(n => n.startsWith('.staging-'))) {
    const path = join(BUILD_CACHE, name)
    if (existsSync(path) && Date.now() - statSync(path).mtimeMs > 3_600_000)
      await rm(path, { recursive: true, force: true })
  }
  const builds = names.filter(name => name.startsWith('build-')).map(name => join(BUILD_CACHE, name))
  // Another export may prune at the same moment: a build that is gone already counts as pruned.
  const byAge = builds.map(path => ({ path, time: existsSync(path) ? statSync(path).mtimeMs : 0 })).sort((a, b) => b.time - a.time)
  for (const { path } of byAge.slice(3)) {
    if (path !== keep)
      await rm(path, { recursive: true, force: true })
  }
}
