// npm run export -- [--format pdf,png,pptx,html,handout,speaker] [--range 1-5,8] [--out exports] ...
// Every output of the deck in one pass; see scripts/lib/export/.

import { existsSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runCli, shownPath, UsageError } from './lib/cli'
import { readDeck } from './lib/deck'
import { exportDeck, FORMATS, parseRange, PNG_ENGINES } from './lib/export'
import type { ExportedFile, Format, PngEngine } from './lib/export'
import type { RoundReport } from './lib/export/watch'
import { watchExport } from './lib/export/watch'
import { KIT_ROOT } from './lib/paths'
import { createProgress } from './lib/progress'

const USAGE = `Usage: npm run export -- [options]

  --format LIST    outputs to make: ${FORMATS.join(',')} (default: all six;
                   under --watch all but html, which takes a build every round)
  --range LIST     slides to export, e.g. 1-5,8 (default: all; the html is always the whole deck)
  --out DIR        where the outputs go (default: exports/)
  --scale N        PNG size as a multiple of 1920x1080 (default: 1)
  --png-engine E   who draws the PNGs and the PowerPoint backgrounds: mupdf (from a PDF
                   print; faster), chromium (screenshots), or auto: mupdf when mutool is
                   installed (default: auto)
  --paper SIZE     handout and script paper: a4 or letter (default: a4)
  --entry FILE     the deck to export (default: slides.md)
  --article FILE   the article for the handout (default: the one the deck was generated from)
  --timeout SEC    how long slides may take to load (default: 30)
  --strict         fail on warnings (a missing photo, text that does not fit)
  --watch          keep the browser and Slidev's dev server up and export again on every save
                   of the deck, its article or plan, or a file in components/, layouts/,
                   styles/, setup/, composables/ or public/photos/ (one line per round;
                   Ctrl+C ends it)`

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`


/** What a file holds: pages of a PDF, slides of a PowerPoint file or a one-file deck. */
const contents = (file: ExportedFile) => file.pages !== undefined ? count(file.pages, 'page') : file.slides !== undefined ? count(file.slides, 'slide') : ''

/** One row per file, the PNG images as one row for their folder: path, size, what it holds. */
function summaryRows(files: ExportedFile[]): string[][] {
  const pngs = files.filter(f => f.path.endsWith('.png'))
  const rows = files.filter(f => !f.path.endsWith('.png')).map(f => [shownPath(f.path), formatBytes(f.bytes), contents(f)])
  if (pngs.length > 0)
    rows.push([`${shownPath(resolve(pngs[0].path, '..'))}/`, formatBytes(pngs.reduce((n, f) => n + f.bytes, 0)), count(pngs.length, 'image')])
  return rows
}

const CAUSES: Record<RoundReport['cause'], string> = { start: 'first export', slides: 'slides changed', notes: 'notes changed', restart: 'dev server restarted' }

/** The time of day, as --watch starts its lines: "09:12:04". */
const clockTime = () => new Date().toTimeString().slice(0, 8)

let lastWarnings = new Set<string>()

/** A round of --watch on one line: what started it, how long it took, what it wrote, or why it failed; then new warnings. */
function printRound(report: RoundReport): void {
  const time = clockTime()
  if (!report.ok) {
    console.error(`${time} round ${report.no} (${CAUSES[report.cause]}) failed: ${report.error} Waiting for the next save.`)
    return
  }
  const written = summaryRows(report.files).map(([path, size]) => `${basename(path.replace(/\/$/, ''))} ${size.trim()}`).join(', ')
  console.log(`${time} round ${report.no} (${CAUSES[report.cause]}) in ${report.seconds.toFixed(1)} s: ${written}`)
  // A round that renders no slides (notes changed) has nothing new to warn of.
  if (report.cause === 'notes')
    return
  for (const warning of report.warnings.filter(w => !lastWarnings.has(w)))
    console.warn(`warning: ${warning}`)
  lastWarnings = new Set(report.warnings)
}

await runCli('export', async () => {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      range: { type: 'string' },
      out: { type: 'string', default: resolve(KIT_ROOT, 'exports') },
      scale: { type: 'string', default: '1' },
      'png-engine': { type: 'string', default: 'auto' },
      paper: { type: 'string', default: 'a4' },
      entry: { type: 'string', default: resolve(KIT_ROOT, 'slides.md') },
      article: { type: 'string' },
      timeout: { type: 'string', default: '30' },
      strict: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  // Under --watch the one-file deck is left out unless asked for: it takes a build every round.
  const format = values.format ?? FORMATS.filter(f => !values.watch || f !== 'html').join(',')
  const formats = format.split(',').map(f => f.trim()).filter(Boolean)
  const unknown = formats.filter(f => !(FORMATS as readonly string[]).includes(f))
  if (unknown.length > 0 || formats.length === 0)
    throw new UsageError(`--format takes ${FORMATS.join(', ')}; "${unknown.join(', ') || format}" is not one of them.`)
  const scale = Number(values.scale)
  if (!(scale > 0 && scale <= 4))
    throw new UsageError(`--scale must be a number above 0 and at most 4, not "${values.scale}".`)
  const paper = values.paper.toLowerCase()
  if (paper !== 'a4' && paper !== 'letter')
    throw new UsageError(`--paper is a4 or letter, not "${values.paper}".`)
  const pngEngine = values['png-engine'].toLowerCase()
  if (!(PNG_ENGINES as readonly string[]).includes(pngEngine))
    throw new UsageError(`--png-engine is ${PNG_ENGINES.join(', ')}, not "${values['png-engine']}".`)
  const timeout = Number(values.timeout)
  if (!(timeout > 0))
    throw new UsageError(`--timeout is a number of seconds above 0, not "${values.timeout}".`)
  const entry = resolve(values.entry)
  for (const [option, file] of [['--entry', entry], ['--article', values.article]] as const) {
    if (file && !existsSync(file))
      throw new UsageError(`${option} ${file}: there is no such file.`)
    if (file && !statSync(file).isFile())
      throw new UsageError(`${option} ${file} is a folder: name the file itself${option === '--entry' ? ' (its slides.md)' : ''}.`)
  }
  const deck = await readDeck(entry)
  const range = values.range !== undefined ? parseRange(values.range, deck.slides.length) : undefined
  const options = {
    entry,
    out: values.out,
    formats: formats as Format[],
    range,
    scale,
    pngEngine: pngEngine as PngEngine,
    paper,
    strict: values.strict,
    timeout: timeout * 1000,
    article: values.article,
  } as const
  if (values.watch) {
    console.log(`Watching ${shownPath(entry)}: every save exports ${formats.join(', ')} into ${shownPath(resolve(values.out))}/ (Ctrl+C ends it).`)
    await watchExport({ ...options, onRound: printRound, onNote: note => console.log(`${clockTime()} ${note}`) })
    return
  }
  const started = performance.now()
  const result = await exportDeck({ ...options, progress: createProgress('export') })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const rows = summaryRows(result.files)
  const width = Math.max(...rows.map(r => r[0].length))
  console.log(`Exported ${deck.title} in ${seconds} s${result.cachedBuild ? ' (build reused)' : ''}:`)
  for (const [path, size, count] of rows)
    console.log(`  ${path.padEnd(width)}  ${size.padStart(8)}  ${count}`)
  for (const warning of result.warnings)
    console.warn(`warning: ${warning}`)
})
