// npm run bench -- [--rounds 4] [--large-rounds 2] [--no-large]
// Times our export against `slidev export` (the slides PDF only) on the same deck in the same state,
// alternating, in the loop a speaker lives in: warm (nothing changed), right after an edit of one
// word of the last slide's notes or of a slide, under --watch, and cold; on the Stalingrad deck
// (17 slides) and on one of about 100 slides. Then the sizes of the outputs with photos in place.

import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { findChromium } from './lib/browser'
import { BUILD_CACHE, slidevBin } from './lib/build'
import { readDeckText } from './lib/deck'
import { runCli, UsageError } from './lib/cli'
import { exportDeck } from './lib/export'
import { findMutool } from './lib/export/mupdf'
import { generate } from './lib/generate'
import { KIT_ROOT } from './lib/paths'
import { standInPhotos } from './lib/stand-in-photos'

const MB = 1_048_576
const BUDGETS: [suffix: string, bytes: number][] = [['-handout.pdf', 3 * MB], ['-speaker.pdf', 3 * MB], ['.html', 15 * MB], ['.pdf', 5 * MB]]
const FOUR = 'pdf,png,handout,speaker'
const SIX = 'pdf,png,pptx,html,handout,speaker'
/** Where Vite keeps its dependency caches (Slidev's, and our dev server's): emptied for a cold run. */
const VITE_CACHE = join(KIT_ROOT, 'node_modules', '.vite')

function run(args: string[]): Promise<number> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: KIT_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk
    })
    child.on('error', fail)
    child.on('close', code => code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`${args.slice(0, 3).join(' ')} failed (exit ${code}):\n${errors.slice(-2000)}`)))
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const spread = (values: number[]) => `${median(values).toFixed(1)} s (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}, n=${values.length})`

/** A deck in a folder of its own, so its edits never touch the kit's slides.md. */
interface BenchDeck {
  label: string
  entry: string
  /** One word of the last slide's notes, or of the last slide's title, changed: a new word each time. */
  editNotes: () => void
  editSlide: () => void
}

/** The Stalingrad deck, generated into `dir`; with `repeat`, its slides after the cover repeated to make a long deck. */
async function benchDeck(dir: string, repeat = 1): Promise<BenchDeck> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const { markdown } = generate({
    article: new Uint8Array(await readFile(join(KIT_ROOT, 'content/article.txt'))),
    articleName: 'content/article.txt',
    articlePath: relative(dir, join(KIT_ROOT, 'content/article.txt')),
    plan: await readFile(join(KIT_ROOT, 'content/plan.yaml'), 'utf8'),
    planName: 'content/plan.yaml',
    addonPath: `@/${relative(dir, KIT_ROOT)}`,
  })
  // The first slide holds the headmatter; the others repeat as they are.
  const at = markdown.indexOf('\n---\n', markdown.indexOf('\n---\n', 4) + 5)
  const deck = markdown.slice(0, at + 1) + Array.from({ length: repeat }, () => markdown.slice(at + 1)).join('\n')
  const entry = join(dir, 'slides.md')
  writeFileSync(entry, deck)
  let edits = 0
  const change = (pattern: RegExp, replace: (match: string, word: string) => string) => {
    const text = readFileSync(entry, 'utf8')
    const matches = [...text.matchAll(pattern)]
    const last = matches.at(-1)!
    writeFileSync(entry, text.slice(0, last.index) + replace(last[0], `rehearsed${++edits}`) + text.slice(last.index + last[0].length))
  }
  return {
    label: `${readDeckText(deck, entry).slides.length} slides`,
    entry,
    editNotes: () => change(/(?: rehearsed\d+)?\n-->/g, (_, word) => ` ${word}\n-->`),
    editSlide: () => change(/<h1 class="eyebrow" v-pre>[^<]*?(?: rehearsed\d+)?<\/h1>/g, (match, word) => match.replace(/(?: rehearsed\d+)?<\/h1>$/, ` ${word}</h1>`)),
  }
}

/** `npm run export -- --watch` on a deck: the time from a save to the line that says the round is done. */
class Watcher {
  private output = ''
  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.output += chunk
    })
  }

  static async start(deck: BenchDeck, out: string): Promise<Watcher> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--watch', '--format', FOUR, '--entry', deck.entry, '--out', out], { cwd: KIT_ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: '1' } })
    const watcher = new Watcher(child)
    await watcher.roundAfter(0, /round 1 \(first export\)/)
    return watcher
  }

  /** Seconds from `edit` to the next round's line matching `cause`. */
  async time(edit: () => void, cause: RegExp): Promise<number> {
    await new Promise(resolve => setTimeout(resolve, 500))
    const from = this.output.length
    const started = performance.now()
    edit()
    await this.roundAfter(from, cause)
    return (performance.now() - started) / 1000
  }

  private roundAfter(from: number, cause: RegExp): Promise<void> {
    const started = performance.now()
    return new Promise((done, fail) => {
      const look = setInterval(() => {
        const line = this.output.slice(from).split('\n').find(l => / round \d+ /.test(l))
        const gone = this.child.exitCode !== null || this.child.signalCode !== null
        if (!line && !gone && performance.now() - started < 120_000)
          return
        clearInterval(look)
        if (!line)
          fail(new Error(gone ? 'the watcher ended before its round' : 'the watcher printed no round within 120 s'))
        else if (/failed/.test(line) || !cause.test(line))
          fail(new Error(`the watcher's round was not what the bench waited for: ${line}`))
        else
          done()
      }, 5)
    })
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null)
      return Promise.resolve()
    return new Promise((done) => {
      this.child.once('exit', () => done())
      this.child.kill('SIGINT')
    })
  }
}

interface Row {
  what: string
  ours: number[]
  slidev?: number[]
  goal?: number
}

function printRows(title: string, rows: Row[]): void {
  console.log(`\n${title}`)
  const width = Math.max(...rows.map(r => r.what.length))
  for (const row of rows) {
    const ratio = row.slidev ? median(row.ours) / median(row.slidev) : undefined
    const verdict = ratio !== undefined && row.goal !== undefined ? ` (goal: at most ${row.goal.toFixed(2)}: ${ratio <= row.goal ? 'met' : 'NOT met'})` : ''
    console.log(`  ${row.what.padEnd(width)}  ours ${spread(row.ours).padEnd(24)}${row.slidev ? `  slidev export ${spread(row.slidev).padEnd(24)}  ratio ${ratio!.toFixed(2)}${verdict}` : ''}`)
  }
}

/** Every scenario on one deck: warm, after an edit of the notes or of a slide, under --watch, cold. */
async function benchOn(deck: BenchDeck, rounds: number, scratch: string): Promise<void> {
  const chromium = findChromium().path
  const slidev = [slidevBin(), 'export', deck.entry, '--executable-path', chromium, '--output', join(scratch, 'slidev.pdf')]
  const ours = (formats: string) => ['--import', 'tsx', 'scripts/export.ts', '--entry', deck.entry, '--out', join(scratch, 'ours'), '--format', formats]
  const rows: Row[] = []
  console.log(`\n${deck.label}: ${relative(KIT_ROOT, deck.entry)}`)

  // Cold: no build of ours, no Vite caches for either.
  await rm(BUILD_CACHE, { recursive: true, force: true })
  await rm(VITE_CACHE, { recursive: true, force: true })
  const coldOurs = await run(ours(FOUR))
  await rm(VITE_CACHE, { recursive: true, force: true })
  const coldSlidev = await run(slidev)
  rows.push({ what: 'cold (nothing built or cached), four outputs', ours: [coldOurs], slidev: [coldSlidev] })
  console.log(`  cold: ours ${coldOurs.toFixed(1)} s, slidev export ${coldSlidev.toFixed(1)} s`)

  // Warm: nothing changed since the last export.
  await run(ours(SIX))
  const warm = { slidev: [] as number[], four: [] as number[], six: [] as number[], pdf: [] as number[] }
  for (let round = 1; round <= rounds; round++) {
    warm.slidev.push(await run(slidev))
    warm.four.push(await run(ours(FOUR)))
    warm.six.push(await run(ours(SIX)))
    warm.pdf.push(await run(ours('pdf')))
    console.log(`  warm, round ${round}: slidev ${warm.slidev.at(-1)!.toFixed(1)} s, ours: four ${warm.four.at(-1)!.toFixed(1)} s, six ${warm.six.at(-1)!.toFixed(1)} s, PDF ${warm.pdf.at(-1)!.toFixed(1)} s`)
  }
  rows.push({ what: 'warm, four outputs', ours: warm.four, slidev: warm.slidev })
  rows.push({ what: 'warm, all six outputs', ours: warm.six, slidev: warm.slidev, goal: 0.6 })
  rows.push({ what: 'warm, the slides PDF alone', ours: warm.pdf, slidev: warm.slidev })

  // Right after an edit: a new word before every run, of either.
  for (const [kind, edit] of [['notes', deck.editNotes], ['a slide', deck.editSlide]] as const) {
    const after = { slidev: [] as number[], four: [] as number[], six: [] as number[] }
    for (let round = 1; round <= rounds; round++) {
      edit()
      after.slidev.push(await run(slidev))
      edit()
      after.four.push(await run(ours(FOUR)))
      edit()
      after.six.push(await run(ours(SIX)))
      console.log(`  after an edit of ${kind}, round ${round}: slidev ${after.slidev.at(-1)!.toFixed(1)} s, ours: four ${after.four.at(-1)!.toFixed(1)} s, six ${after.six.at(-1)!.toFixed(1)} s`)
    }
    rows.push({ what: `after an edit of ${kind}, four outputs`, ours: after.four, slidev: after.slidev, goal: kind === 'notes' ? 0.5 : undefined })
    rows.push({ what: `after an edit of ${kind}, all six outputs`, ours: after.six, slidev: after.slidev })
  }

  // --watch: from a save to the round's line (the outputs are in place by then).
  const watcher = await Watcher.start(deck, join(scratch, 'watched'))
  const watched = { notes: [] as number[], slide: [] as number[] }
  try {
    for (let round = 1; round <= rounds; round++) {
      watched.notes.push(await watcher.time(deck.editNotes, /notes changed/))
      watched.slide.push(await watcher.time(deck.editSlide, /slides changed/))
      console.log(`  --watch, round ${round}: notes saved to speaker script ${watched.notes.at(-1)!.toFixed(2)} s, slide saved to four outputs ${watched.slide.at(-1)!.toFixed(2)} s`)
    }
  }
  finally {
    await watcher.stop()
  }
  const slideEdits = rows.find(r => r.what === 'after an edit of a slide, four outputs')!.slidev
  rows.push({ what: '--watch, a save of the notes to the speaker script (goal: 1.5 s)', ours: watched.notes })
  rows.push({ what: '--watch, a save of a slide to four outputs', ours: watched.slide, slidev: slideEdits, goal: 0.5 })
  printRows(`${deck.label}, medians (ratio: ours / slidev export's PDF on the deck in the same state):`, rows)
}

/** The sizes of the six outputs of the Stalingrad deck with stand-in photos where the plan puts the archive's. */
async function sizesWithPhotos(scratch: string): Promise<void> {
  const dir = join(KIT_ROOT, '.tmp', 'bench', 'with-photos')
  const deck = await benchDeck(dir)
  const plan = parse(await readFile(join(KIT_ROOT, 'content/plan.yaml'), 'utf8')) as { photos?: { file?: string }[] }
  const photos = (plan.photos ?? []).map(p => p.file).filter((f): f is string => Boolean(f))
  await standInPhotos(join(dir, 'public'), photos)
  const result = await exportDeck({ entry: deck.entry, out: join(scratch, 'with-photos'), formats: SIX.split(',') as never, scale: 1, paper: 'a4', strict: true, timeout: 60_000 })
  const photoSizes = await Promise.all(photos.map(async p => `${((await stat(join(dir, 'public', p))).size / MB).toFixed(1)} MB`))
  console.log(`\nsizes with ${photos.length} stand-in photos in place (3000 x 2000 JPEG: ${photoSizes.join(', ')}):`)
  for (const file of result.files.filter(f => !f.path.endsWith('.png'))) {
    const budget = BUDGETS.find(([suffix]) => file.path.endsWith(suffix))?.[1]
    console.log(`  ${relative(scratch, file.path).padEnd(64)} ${(file.bytes / MB).toFixed(2)} MB${budget ? ` (budget ${budget / MB} MB: ${file.bytes <= budget ? 'within' : 'OVER'})` : ''}`)
  }
  const pngs = result.files.filter(f => f.path.endsWith('.png'))
  console.log(`  ${`png/ (${pngs.length} images)`.padEnd(64)} ${(pngs.reduce((n, f) => n + f.bytes, 0) / MB).toFixed(2)} MB`)
}

await runCli('bench', async () => {
  const { values } = parseArgs({ options: { 'rounds': { type: 'string', default: '4' }, 'large-rounds': { type: 'string', default: '2' }, 'no-large': { type: 'boolean', default: false } } })
  const whole = (value: string, option: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--${option} is a whole number of at least 1, not "${value}".`)
    return n
  }
  const rounds = whole(values.rounds, 'rounds')
  const largeRounds = whole(values['large-rounds'], 'large-rounds')
  const mutool = findMutool()
  console.log(mutool ? `PNG images and PowerPoint backgrounds: drawn by MuPDF (${mutool})` : 'PNG images: Chromium screenshots (mutool is not installed; see scripts/ensure-tools.sh)')
  const scratch = await mkdtemp(join(tmpdir(), 'bench-'))
  try {
    await benchOn(await benchDeck(join(KIT_ROOT, '.tmp', 'bench', 'deck')), rounds, scratch)
    if (!values['no-large'])
      await benchOn(await benchDeck(join(KIT_ROOT, '.tmp', 'bench', 'long-deck'), 6), largeRounds, scratch)
    await sizesWithPhotos(scratch)
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
})
