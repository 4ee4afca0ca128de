// Draws the pages of a PDF as PNG images with MuPDF's `mutool`, when it is installed.
// The export prints the slides PDF anyway; drawing PNGs from it costs about half of what a Chromium
// screenshot of each slide costs, and it runs in processes of its own while Chromium goes on with
// the handout and the script. Without mutool the export takes the screenshots instead.

import { spawn } from 'node:child_process'
import { rename } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { isExecutable, onPath } from '../executables'

export class MupdfError extends Error {
  override name = 'MupdfError'
}

/** MUTOOL_PATH, or `mutool` on PATH; undefined when neither is there. */
export function findMutool(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.MUTOOL_PATH) {
    if (!isExecutable(env.MUTOOL_PATH))
      throw new MupdfError(`MUTOOL_PATH is set to ${env.MUTOOL_PATH}, which is not an executable file. Unset it to use the mutool on the PATH, or pass --png-engine chromium.`)
    return env.MUTOOL_PATH
  }
  return onPath('mutool', env)
}

export interface DrawPagesOptions {
  mutool: string
  pdf: string
  /** Page numbers of the PDF (from 1) and the file each becomes. */
  pages: { page: number, file: string }[]
  width: number
  height: number
  signal?: AbortSignal
  /** Milliseconds the drawing may take in all. */
  timeout?: number
  /** Processes to share the pages among; by default one per core, at most two. */
  processes?: number
}

function runMutool(mutool: string, args: string[], signal: AbortSignal, timeout: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(mutool, args, { stdio: ['ignore', 'ignore', 'pipe'], signal })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk
    })
    let aborted: Error | undefined
    child.on('error', (error) => {
      if (error.name !== 'AbortError')
        return fail(new MupdfError(`could not run ${mutool}: ${error.message}`))
      // Stopped: report it once the process has gone, so no file is written after that.
      aborted = signal.reason?.name === 'TimeoutError'
        ? new MupdfError(`mutool did not finish drawing the PNG images within ${Math.round(timeout / 1000)} s (--png-engine chromium takes screenshots instead).`)
        : error
    })
    child.on('exit', () => {
      if (aborted)
        fail(aborted)
    })
    child.on('close', (code) => {
      if (aborted)
        return
      if (code === 0)
        return done()
      // mutool warns about colour profiles on every run; only its errors say what went wrong.
      const reason = errors.split('\n').filter(line => line.startsWith('error')).join('; ') || `exit ${code}`
      fail(new MupdfError(`mutool could not draw the slides as PNG images: ${reason} (--png-engine chromium takes screenshots instead).`))
    })
  })
}

/** Draws the given pages, each at exactly width x height, and names the files as asked. */
export async function drawPages(options: DrawPagesOptions): Promise<void> {
  const { mutool, pdf, pages, width, height } = options
  if (pages.length === 0)
    return
  const timeout = options.timeout ?? 60_000 + 2000 * pages.length
  const signal = AbortSignal.any([AbortSignal.timeout(timeout), ...(options.signal ? [options.signal] : [])])
  const dir = dirname(pdf)
  // Named after the PDF, so that drawings of two PDFs in one folder never meet.
  const drawn = `.${basename(pdf)}-page-`
  const processes = Math.max(1, Math.min(options.processes ?? Math.min(2, availableParallelism()), pages.length))
  const share = Math.ceil(pages.length / processes)
  const batches = Array.from({ length: processes }, (_, i) => pages.slice(i * share, (i + 1) * share)).filter(b => b.length > 0)
  // -f fits the page to exactly width x height (a 540px page is 404.88pt, a hair short of 16:9).
  await Promise.all(batches.map(batch => runMutool(mutool, [
    'draw',
    '-q',
    '-w',
    String(width),
    '-h',
    String(height),
    '-f',
    '-o',
    join(dir, `${drawn}%d.png`),
    pdf,
    batch.map(p => p.page).join(','),
  ], signal, timeout)))
  for (const { page, file } of pages)
    await rename(join(dir, `${drawn}${page}.png`), file)
}
