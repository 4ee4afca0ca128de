// npm run bench -- [--rounds 3]
// Times `slidev export` (the slides PDF only) against our `npm run export` (all four outputs) on the
// same deck, alternating, and prints the medians and their ratio. Then it exports a copy of the deck
// with stand-in photos in place and prints the file sizes against the size budgets.

import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { findChromium } from './lib/browser'
import { BUILD_CACHE, slidevBin } from './lib/build'
import { runCli, UsageError } from './lib/cli'
import { exportDeck } from './lib/export'
import { generate } from './lib/generate'
import { findMutool } from './lib/export/mupdf'
import { KIT_ROOT } from './lib/paths'
import { standInPhotos } from './lib/stand-in-photos'

const MB = 1_048_576
const SLIDES_PDF_BUDGET = 5 * MB
const HANDOUT_BUDGET = 3 * MB

function run(args: string[]): Promise<number> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: KIT_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk
    })
    child.on('close', code => code === 0 ? done((performance.now() - started) / 1000) : fail(new Error(`${args.slice(0, 3).join(' ')} failed (exit ${code}):\n${errors.slice(-2000)}`)))
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

await runCli('bench', async () => {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } })
  const rounds = Number(values.rounds)
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new UsageError(`--rounds is a whole number of at least 1, not "${values.rounds}".`)
  const chromium = findChromium().path
  const scratch = await mkdtemp(join(tmpdir(), 'bench-'))
  const slidevArgs = [slidevBin(), 'export', 'slides.md', '--executable-path', chromium, '--output', join(scratch, 'slidev.pdf')]
  const oursArgs = ['--import', 'tsx', 'scripts/export.ts', '--out', join(scratch, 'ours')]
  const oursPdfArgs = [...oursArgs, '--format', 'pdf']
  const oursScreenshotArgs = [...oursArgs, '--png-engine', 'chromium']
  const mutool = findMutool()
  console.log(mutool ? `PNG images: drawn by MuPDF (${mutool}) from the slides PDF` : 'PNG images: Chromium screenshots (mutool is not installed; see scripts/ensure-tools.sh)')
  try {
    // One cold export of ours (no cached build), then a warm-up of each, then the timed rounds.
    await rm(BUILD_CACHE, { recursive: true, force: true })
    const cold = await run(oursArgs)
    console.log(`our export, cold (builds the deck first): ${cold.toFixed(1)} s`)
    await run(slidevArgs)
    const slidev: number[] = []
    const ours: number[] = []
    const oursPdf: number[] = []
    const oursScreenshots: number[] = []
    for (let round = 1; round <= rounds; round++) {
      slidev.push(await run(slidevArgs))
      ours.push(await run(oursArgs))
      oursPdf.push(await run(oursPdfArgs))
      if (mutool)
        oursScreenshots.push(await run(oursScreenshotArgs))
      console.log(`round ${round}: slidev export (PDF) ${slidev.at(-1)!.toFixed(1)} s | npm run export (PDF, PNG, handout, speaker script) ${ours.at(-1)!.toFixed(1)} s | npm run export -- --format pdf ${oursPdf.at(-1)!.toFixed(1)} s${mutool ? ` | all four with --png-engine chromium ${oursScreenshots.at(-1)!.toFixed(1)} s` : ''}`)
    }
    const ratio = median(ours) / median(slidev)
    console.log(`\nmedian of ${rounds}: slidev export ${median(slidev).toFixed(1)} s, npm run export ${median(ours).toFixed(1)} s, npm run export -- --format pdf ${median(oursPdf).toFixed(1)} s`)
    console.log(`ratio, all four outputs / Slidev's PDF: ${ratio.toFixed(2)} (goal: at most 0.60) ${ratio <= 0.6 ? 'met' : 'NOT met'}`)
    console.log(`ratio, our PDF / Slidev's PDF: ${(median(oursPdf) / median(slidev)).toFixed(2)}`)
    if (mutool)
      console.log(`ratio, all four with Chromium screenshots for the PNGs / Slidev's PDF: ${(median(oursScreenshots) / median(slidev)).toFixed(2)} (${median(oursScreenshots).toFixed(1)} s)`)

    // Sizes with the deck's photos in place: a copy of the deck in scratch, with stand-in photos.
    const plan = parse(await readFile(join(KIT_ROOT, 'content/plan.yaml'), 'utf8')) as { photos?: { file?: string }[] }
    const photos = (plan.photos ?? []).map(p => p.file).filter((f): f is string => Boolean(f))
    const deckDir = join(KIT_ROOT, '.tmp', 'bench-deck')
    await rm(deckDir, { recursive: true, force: true })
    await mkdir(deckDir, { recursive: true })
    await standInPhotos(join(deckDir, 'public'), photos)
    const { markdown } = generate({
      article: new Uint8Array(await readFile(join(KIT_ROOT, 'content/article.txt'))),
      articleName: 'content/article.txt',
      plan: await readFile(join(KIT_ROOT, 'content/plan.yaml'), 'utf8'),
      planName: 'content/plan.yaml',
      addonPath: `@/${relative(deckDir, KIT_ROOT)}`,
    })
    await writeFile(join(deckDir, 'slides.md'), markdown)
    const result = await exportDeck({ entry: join(deckDir, 'slides.md'), out: join(scratch, 'with-photos'), formats: ['pdf', 'png', 'handout', 'speaker'], scale: 1, paper: 'a4', strict: true, timeout: 60_000, article: join(KIT_ROOT, 'content/article.txt') })
    console.log(`\nsizes with ${photos.length} stand-in photos (3000 x 2000 JPEG, ${(await Promise.all(photos.map(async p => (await stat(join(deckDir, 'public', p))).size / MB))).map(s => `${s.toFixed(1)} MB`).join(', ')}):`)
    for (const file of result.files.filter(f => f.path.endsWith('.pdf'))) {
      const budget = file.path.endsWith('-handout.pdf') ? HANDOUT_BUDGET : file.path.endsWith('-speaker.pdf') ? undefined : SLIDES_PDF_BUDGET
      console.log(`  ${relative(scratch, file.path).padEnd(60)} ${(file.bytes / MB).toFixed(2)} MB${budget ? ` (budget ${budget / MB} MB: ${file.bytes <= budget ? 'within' : 'OVER'})` : ''}`)
    }
    const pngBytes = result.files.filter(f => f.path.endsWith('.png')).reduce((n, f) => n + f.bytes, 0)
    console.log(`  png/ (${result.files.filter(f => f.path.endsWith('.png')).length} images)`.padEnd(62) + ` ${(pngBytes / MB).toFixed(2)} MB`)
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
})
