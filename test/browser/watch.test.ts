// npm run export -- --watch, as a speaker rehearsing uses it: save, and the outputs follow.
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../scripts/lib/generate'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { standInPhotos } from '../../scripts/lib/stand-in-photos'
import { normalizeSpace } from '../../scripts/lib/text'
import { TEST_ROOT } from './decks'

const NAME = '82nd-anniversary-of-victory-at-stalingrad'

async function pdfText(path: string): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(path))), { mergePages: true })
  return normalizeSpace(text)
}

/** A slide's title as the PDF's text has it: capitals, letter-spaced. Compared without spaces or case. */
const flat = (text: string) => text.replace(/\s+/g, '').toLowerCase()

/** The Stalingrad deck generated into a folder of its own from copies of its article and plan. */
async function deckWithItsSources(dir: string): Promise<{ entry: string, article: string }> {
  mkdirSync(join(dir, 'content'), { recursive: true })
  // As in the kit, the folder for the photos is there before any photo is.
  mkdirSync(join(dir, 'public', 'photos'), { recursive: true })
  const article = join(dir, 'content', 'article.txt')
  const plan = join(dir, 'content', 'plan.yaml')
  copyFileSync(join(KIT_ROOT, 'content/article.txt'), article)
  copyFileSync(join(KIT_ROOT, 'content/plan.yaml'), plan)
  const { markdown } = generate({
    article: new Uint8Array(await readFile(article)),
    articleName: relative(KIT_ROOT, article),
    articlePath: 'content/article.txt',
    plan: await readFile(plan, 'utf8'),
    planName: relative(KIT_ROOT, plan),
    planPath: 'content/plan.yaml',
    addonPath: `@/${relative(dir, KIT_ROOT)}`,
  })
  writeFileSync(join(dir, 'slides.md'), markdown)
  return { entry: join(dir, 'slides.md'), article }
}

describe('npm run export -- --watch', () => {
  const dir = join(TEST_ROOT, 'decks', 'watch')
  const out = mkdtempSync(join(tmpdir(), 'watch-'))
  let entry: string
  let article: string
  let watcher: ChildProcessWithoutNullStreams
  let output = ''
  /** Every PDF read while the watcher works: none may be half written. */
  const unreadable: string[] = []
  let reading: NodeJS.Timeout

  /** Waits until the watcher's output matches, after the given number of characters. */
  const printed = (pattern: RegExp, from: number, timeout = 45_000) => new Promise<string>((done, fail) => {
    const started = Date.now()
    const look = () => {
      const match = pattern.exec(output.slice(from))
      if (match)
        return done(match[0])
      if (Date.now() - started > timeout)
        return fail(new Error(`the watcher did not print ${pattern} within ${timeout / 1000} s; it printed:\n${output}`))
      setTimeout(look, 20)
    }
    look()
  })
  const edit = (change: (text: string) => string) => writeFileSync(entry, change(readFileSync(entry, 'utf8')))

  beforeAll(async () => {
    ({ entry, article } = await deckWithItsSources(dir))
    watcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--watch', '--format', 'pdf,speaker', '--entry', entry, '--out', out], { cwd: KIT_ROOT, env: { ...process.env, CI: '1' } })
    watcher.stdout.on('data', (chunk: Buffer) => {
      output += chunk
    })
    watcher.stderr.on('data', (chunk: Buffer) => {
      output += chunk
    })
    await printed(/round 1 \(first export\) in [\d.]+ s/, 0, 120_000)
    reading = setInterval(() => {
      for (const file of readdirSync(out).filter(f => f.endsWith('.pdf'))) {
        PDFDocument.load(readFileSync(join(out, file)), { updateMetadata: false }).catch(() => unreadable.push(file))
      }
    }, 15)
  }, 180_000)

  afterAll(() => {
    clearInterval(reading)
    watcher?.kill('SIGKILL')
  })

  it('makes the chosen outputs at the start, and says so on one line', () => {
    expect(readdirSync(out).sort()).toEqual([`${NAME}-speaker.pdf`, `${NAME}.pdf`])
    expect(output).toMatch(/round 1 \(first export\) in [\d.]+ s: .*\.pdf \d+ kB.*-speaker\.pdf/)
  })

  it('remakes the speaker script alone when only a slide\'s notes change', async () => {
    const from = output.length
    edit(text => text.replace('(TML Archives. Colourized photos: Klimbim.)\n-->', '(TML Archives. Colourized photos: Klimbim.) Rehearsal note ninety-one.\n-->'))
    await printed(/round \d+ \(notes changed\) in [\d.]+ s: [^\n]*-speaker\.pdf/, from)
    expect(await pdfText(join(out, `${NAME}-speaker.pdf`))).toContain('Rehearsal note ninety-one.')
  }, 60_000)

  it('exports everything again when a slide changes', async () => {
    const from = output.length
    edit(text => text.replace('<h1 class="eyebrow" v-pre>Sources and credits</h1>', '<h1 class="eyebrow" v-pre>Sources and credits, rehearsed</h1>'))
    await printed(/round \d+ \(slides changed\) in [\d.]+ s: [^\n]*\.pdf[^\n]*-speaker\.pdf/, from)
    expect(flat(await pdfText(join(out, `${NAME}.pdf`)))).toContain(flat('Sources and credits, rehearsed'))
  }, 60_000)

  it('says what is wrong with an edit that does not compile, and goes on with the next save', async () => {
    const before = readFileSync(entry, 'utf8')
    const from = output.length
    edit(text => text.replace('<h1 class="eyebrow" v-pre>Sources and credits, rehearsed</h1>', '<h1 class="eyebrow">{{ 1 + }}</h1>'))
    await printed(/round \d+ \(slides changed\) failed: the deck does not compile[^\n]*Waiting for the next save\./, from)
    const next = output.length
    writeFileSync(entry, before.replace('Sources and credits, rehearsed', 'Sources and credits, mended'))
    await printed(/round \d+ \(slides changed\) in [\d.]+ s/, next)
    expect(flat(await pdfText(join(out, `${NAME}.pdf`)))).toContain(flat('Sources and credits, mended'))
  }, 90_000)

  it('recovers from a slide that throws when it renders, once the slide is mended', async () => {
    const before = readFileSync(entry, 'utf8')
    const from = output.length
    edit(text => text.replace('<h1 class="eyebrow" v-pre>Sources and credits, mended</h1>', '<h1 class="eyebrow" v-pre>Sources and credits, mended</h1>\n<img alt="" src="data:," onerror="throw new Error(\'thrown by the slide\')">'))
    await printed(/round \d+ \(slides changed\) failed: the deck raised an error while rendering: Error: thrown by the slide/, from)
    const next = output.length
    writeFileSync(entry, before)
    await printed(/round \d+ \(slides changed\) in [\d.]+ s/, next)
  }, 90_000)

  it('makes the deck again from its article when the article changes', async () => {
    const from = output.length
    writeFileSync(article, readFileSync(article, 'utf8').replace('The battle changed the course of WWII', 'The battle, it is said, changed the course of WWII'))
    await printed(/regenerating [^\n]*slides\.md from [^\n]*article\.txt/, from)
    await printed(/round \d+ \([a-z ]+\) in [\d.]+ s/, from)
    expect(await pdfText(join(out, `${NAME}-speaker.pdf`))).toContain('The battle, it is said, changed the course of WWII')
  }, 90_000)

  it('takes a photo up as soon as it is dropped into public/photos', async () => {
    const from = output.length
    await standInPhotos(join(dir, 'public'), ['photos/red-army-celebrates-victory.jpg'], { width: 600, height: 400 })
    await printed(/round \d+ \(slides changed\) in [\d.]+ s/, from)
    const pdf = await PDFDocument.load(readFileSync(join(out, `${NAME}.pdf`)), { updateMetadata: false })
    expect(pdf.getPageCount()).toBeGreaterThan(10)
    // The photo is in the slides PDF now: a JPEG of its size among the PDF's images.
    expect(readFileSync(join(out, `${NAME}.pdf`)).includes(readFileSync(join(dir, 'public/photos/red-army-celebrates-victory.jpg')).subarray(0, 2048))).toBe(true)
  }, 90_000)

  it('never let a reader see a half-written output', () => {
    expect(unreadable).toEqual([])
  })

  it('ends cleanly on Ctrl+C: no staging folder left, the browser gone', async () => {
    const pid = watcher.pid!
    watcher.kill('SIGINT')
    const code = await new Promise<number | null>(done => watcher.on('exit', done))
    expect(code).toBe(130)
    expect(readdirSync(out).filter(name => name.startsWith('.'))).toEqual([])
    expect(readdirSync(tmpdir()).filter(name => name.startsWith(`commemoration-chromium-${pid}-`))).toEqual([])
    expect(existsSync(join(out, `${NAME}.pdf`))).toBe(true)
  }, 30_000)
})

describe('npm run export -- --watch on a deck outside the kit', () => {
  it('finds the kit\'s theme as a one-shot export does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-outside-'))
    const { markdown } = generate({ article: new Uint8Array(readFileSync(join(KIT_ROOT, 'test/fixtures/articles/short-speech.txt'))), articleName: 'short-speech.txt', addonPath: `@/${relative(dir, KIT_ROOT)}` })
    writeFileSync(join(dir, 'slides.md'), markdown)
    const watcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--watch', '--format', 'pdf', '--entry', join(dir, 'slides.md'), '--out', join(dir, 'out')], { cwd: KIT_ROOT, env: { ...process.env, CI: '1' } })
    let output = ''
    watcher.stdout.on('data', (chunk: Buffer) => {
      output += chunk
    })
    watcher.stderr.on('data', (chunk: Buffer) => {
      output += chunk
    })
    const ended = new Promise<number | null>(done => watcher.on('exit', done))
    await Promise.race([
      new Promise<void>((done) => {
        const look = setInterval(() => {
          if (/round 1 \(first export\) in/.test(output)) {
            clearInterval(look)
            done()
          }
        }, 20)
      }),
      ended.then(code => expect.fail(`the watcher ended (exit ${code}):\n${output}`)),
    ])
    watcher.kill('SIGINT')
    expect(await ended).toBe(130)
    expect(readdirSync(join(dir, 'out'))).toEqual([expect.stringMatching(/\.pdf$/)])
  }, 120_000)
})
