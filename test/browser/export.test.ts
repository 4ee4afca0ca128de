// npm run export over the real deck: what users hand out and post, checked as a reader would.
import type { ExportResult } from '../../scripts/lib/export'
import { execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { PNG } from 'pngjs'
import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { articleSentences, parseArticle } from '../../scripts/lib/article'
import { CLICK_MARK, readDeck } from '../../scripts/lib/deck'
import { exportDeck } from '../../scripts/lib/export'
import { BUILD_CACHE } from '../../scripts/lib/build'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { normalizeSpace } from '../../scripts/lib/text'

const exec = promisify(execFile)
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => exec(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: KIT_ROOT, env: { ...process.env, CI: '1', ...env } })
async function fails(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    await cli(args, env)
  }
  catch (error) {
    return error as { code: number, stderr: string }
  }
  throw new Error('expected the export to fail')
}

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)))
  const { text } = await extractText(pdf, { mergePages: true })
  // A compound word broken at its hyphen across two lines reads as one word again.
  return normalizeSpace(text).replace(/(\p{L})- (\p{L})/gu, '$1-$2')
}

/** Top-level bookmarks of a PDF, in order. */
function outlineTitles(pdf: PDFDocument): string[] {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    titles.push((item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText())
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return titles
}

describe('npm run export', () => {
  const out = mkdtempSync(join(tmpdir(), 'exports-'))
  const name = '82nd-anniversary-of-victory-at-stalingrad'
  const entry = join(KIT_ROOT, 'slides.md')
  let result: ExportResult

  beforeAll(async () => {
    result = await exportDeck({ entry, out, formats: ['pdf', 'png', 'handout', 'speaker'], scale: 1, paper: 'a4', strict: false, timeout: 60_000 })
  }, 240_000)

  it('writes the four outputs and reports them', async () => {
    expect(readdirSync(out).sort()).toEqual([`${name}-handout.pdf`, `${name}-speaker.pdf`, `${name}.pdf`, 'png'])
    expect(result.files.filter(f => f.path.endsWith('.pdf')).every(f => f.pages! > 0 && f.bytes > 0)).toBe(true)
    expect(result.warnings).toEqual(expect.arrayContaining([expect.stringContaining('public/photos/red-army-celebrates-victory.jpg')]))
  })

  it('makes a slides PDF with one page per slide, tagged, with a bookmark per slide and metadata', async () => {
    const deck = await readDeck(entry)
    const pdf = await PDFDocument.load(readFileSync(join(out, `${name}.pdf`)), { updateMetadata: false })
    expect(pdf.getPageCount()).toBe(deck.slides.length)
    expect(pdf.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true)
    expect(pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'))?.toString()).toBe('true')
    // One bookmark per slide, named as the slide's title is written (not as shown, in capitals).
    expect(outlineTitles(pdf)).toEqual(deck.slides.map(s => s.title))
    expect(pdf.getTitle()).toBe('82nd Anniversary of Victory at Stalingrad')
    expect(pdf.getAuthor()).toBeTruthy()
    expect(pdf.getSubject()).toContain('February 2, 2025')
    expect(pdf.getKeywords()).toContain('Joseph Stalin')
    const { width, height } = pdf.getPage(0).getSize()
    expect(width / height).toBeCloseTo(16 / 9, 2)
  })

  it('shows the final value of every count-up figure in the PDF, never a 0', async () => {
    const text = await pdfText(join(out, `${name}.pdf`))
    for (const figure of ['300,000', '147,200', '46,700', '163', '82'])
      expect(text).toContain(figure)
  })

  it('writes one 1920x1080 PNG per slide, named to sort, none of them blank', async () => {
    const deck = await readDeck(entry)
    const files = readdirSync(join(out, 'png')).sort()
    expect(files).toHaveLength(deck.slides.length)
    expect(files[0]).toBe('01-82nd-anniversary-of-victory-at-stalingrad.png')
    expect(files[16]).toMatch(/^17-sources-and-credits\.png$/)
    for (const file of files) {
      const png = PNG.sync.read(readFileSync(join(out, 'png', file)))
      expect([png.width, png.height], file).toEqual([1920, 1080])
      // Not blank: the image has both dark background and light text.
      let light = 0
      for (let i = 0; i < png.data.length; i += 4 * 97) {
        if (png.data[i] > 200 && png.data[i + 1] > 190)
          light++
      }
      expect(light, file).toBeGreaterThan(50)
    }
  })

  it('puts the article in full in the handout, with page numbers and bookmarks', async () => {
    const text = await pdfText(join(out, `${name}-handout.pdf`))
    const article = parseArticle(readFileSync(join(KIT_ROOT, 'content/article.txt')))
    for (const sentence of articleSentences(article))
      expect(text, sentence).toContain(normalizeSpace(sentence))
    expect(text).toContain('Handout for the commemorative meeting')
    expect(text).toMatch(/1 \/ \d+/)
    const pdf = await PDFDocument.load(readFileSync(join(out, `${name}-handout.pdf`)), { updateMetadata: false })
    const { width, height } = pdf.getPage(0).getSize()
    // A4 is 595 x 842 points; Chromium rounds its page sizes to within a point.
    expect(Math.abs(width - 595)).toBeLessThan(1.5)
    expect(Math.abs(height - 842)).toBeLessThan(1.5)
    expect(outlineTitles(pdf)).toEqual(['The slides', 'The article in full', 'Sources and credits'])
  })

  it('draws the handout and the script in the bundled fonts alone, their page footers too', async () => {
    for (const file of [`${name}-handout.pdf`, `${name}-speaker.pdf`]) {
      const pdf = await PDFDocument.load(readFileSync(join(out, file)), { updateMetadata: false })
      const fonts = pdf.context.enumerateIndirectObjects()
        .map(([, object]) => object)
        .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Font' && object.has(PDFName.of('BaseFont')))
        .map(font => font.get(PDFName.of('BaseFont'))!.toString().replace(/^\/[A-Z]{6}\+/, ''))
      expect(fonts.length, file).toBeGreaterThan(0)
      for (const font of fonts)
        expect(font, file).toMatch(/^(?:Oswald|EBGaramond|SourceSans3)/)
    }
  })

  it('puts every slide\'s notes, budget and running total in the speaker script', async () => {
    const text = await pdfText(join(out, `${name}-speaker.pdf`))
    const deck = await readDeck(entry)
    for (const slide of deck.slides) {
      for (const paragraph of slide.spoken.split(/\n{2,}/).filter(p => p !== CLICK_MARK))
        expect(text, `slide ${slide.no}`).toContain(normalizeSpace(paragraph).slice(0, 80))
    }
    expect(text).toContain('14:00 in all')
    expect(text).toMatch(/by 14:00 of 14:00/)
  })

  it('draws the same slide image with Chromium as with MuPDF (--png-engine chromium), reporting each step', async () => {
    const chromiumOut = mkdtempSync(join(tmpdir(), 'exports-chromium-'))
    const { stderr } = await cli(['--format', 'png', '--range', '3', '--png-engine', 'chromium', '--out', chromiumOut])
    const file = '03-the-battle-in-figures.png'
    expect(readdirSync(join(chromiumOut, 'png'))).toEqual([file])
    const fromChromium = PNG.sync.read(readFileSync(join(chromiumOut, 'png', file)))
    const fromMupdf = PNG.sync.read(readFileSync(join(out, 'png', file)))
    expect([fromChromium.width, fromChromium.height]).toEqual([1920, 1080])
    let difference = 0
    for (let i = 0; i < fromChromium.data.length; i++)
      difference += Math.abs(fromChromium.data[i] - fromMupdf.data[i])
    // Anti-aliasing differs a little between the two; the slide does not.
    expect(difference / fromChromium.data.length).toBeLessThan(3)
    // In CI, one plain line per step with the seconds since the start.
    expect(stderr).toMatch(/^export: \[1\/\d+\] building the deck \(\d+\.\d s\)$/m)
    expect(stderr).toMatch(/^export: \[\d+\/\d+\] PNG 3 of 17 \(\d+\.\d s\)$/m)
  }, 120_000)

  it('exports a chosen range of slides on Letter paper, keeping the other slides\' images', async () => {
    const rangeOut = mkdtempSync(join(tmpdir(), 'exports-range-'))
    mkdirSync(join(rangeOut, 'png'))
    writeFileSync(join(rangeOut, 'png', '17-sources-and-credits.png'), 'from an earlier export')
    const { stdout } = await cli(['--format', 'png,handout,speaker', '--range', '1-2,5', '--paper', 'letter', '--out', rangeOut])
    const images = ['01-82nd-anniversary-of-victory-at-stalingrad.png', '02-the-victory-at-stalingrad.png', '05-joseph-stalin-november-1943.png']
    expect(readdirSync(join(rangeOut, 'png')).sort()).toEqual([...images, '17-sources-and-credits.png'])
    expect(readFileSync(join(rangeOut, 'png', '17-sources-and-credits.png'), 'utf8')).toBe('from an earlier export')
    // The running total is the deck's clock, counting the slides left out too.
    expect(await pdfText(join(rangeOut, `${name}-speaker.pdf`))).toContain('1:15 for this slide · by 1:35 of 14:00')
    // Each image is its own slide: the same as in the full export, and unlike its neighbour.
    const pixels = (dir: string, file: string) => PNG.sync.read(readFileSync(join(dir, 'png', file))).data
    const difference = (a: Buffer, b: Buffer) => a.reduce((sum, value, i) => sum + Math.abs(value - b[i]), 0) / a.length
    for (const [i, file] of images.entries()) {
      expect(difference(pixels(rangeOut, file), pixels(out, file)), file).toBeLessThan(1)
      if (i > 0)
        expect(difference(pixels(rangeOut, file), pixels(rangeOut, images[i - 1])), file).toBeGreaterThan(5)
    }
    const handout = await PDFDocument.load(readFileSync(join(rangeOut, `${name}-handout.pdf`)), { updateMetadata: false })
    expect(Math.abs(handout.getPage(0).getSize().width - 612)).toBeLessThan(1.5)
    // Two slides to a page on Letter too: the cover, then slides 1 and 2 on page 2, 5 on page 3.
    const handoutText = await getDocumentProxy(new Uint8Array(readFileSync(join(rangeOut, `${name}-handout.pdf`))))
    const page2 = (await extractText(handoutText, { mergePages: false })).text[1]
    expect(page2).toMatch(/1 · 82nd Anniversary[\s\S]*2 · The victory at Stalingrad/)
    expect(stdout).toMatch(/handout\.pdf .* \d+ pages/)
    expect(stdout).toContain('3 images')
  }, 120_000)
})

describe('npm run export when things go wrong', () => {
  it('says how to get a browser when there is none, within seconds', async () => {
    const started = Date.now()
    const error = await fails(['--out', mkdtempSync(join(tmpdir(), 'x-'))], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(error.code).toBe(1)
    expect(error.stderr).toMatch(/CHROMIUM_PATH is set to \/nonexistent\/chromium.*apt-get install chromium/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it.each([
    ['0-3', /not within them/],
    ['2-99', /the deck has slides 1 to 17/],
    ['first', /not a list of slide numbers/],
    ['3-2', /"3-2" runs backwards; write 2-3/],
  ])('rejects --range %s with a clear message', async (range, message) => {
    const error = await fails(['--range', range])
    expect(error.code).toBe(2)
    expect(error.stderr).toMatch(message)
  })

  it('says what to do when MuPDF is asked for and missing, and rejects an unknown engine', async () => {
    const missing = await fails(['--png-engine', 'mupdf', '--format', 'png'], { MUTOOL_PATH: '', PATH: '/nonexistent' })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/--png-engine mupdf: mutool is not installed.*mupdf-tools.*--png-engine chromium/)
    const unknown = await fails(['--png-engine', 'pixie'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/--png-engine is auto, mupdf, chromium, not "pixie"/)
    const option = await fails(['--bogus'])
    expect([option.code, option.stderr.trim()]).toEqual([2, 'export: Unknown option \'--bogus\' (--help lists the options)'])
  })

  it('refuses an --out it cannot write to', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'x-')), 'a-file')
    writeFileSync(file, '')
    const error = await fails(['--out', join(file, 'exports')])
    expect(error.stderr).toMatch(/cannot write to --out .*a-file\/exports/)
  })

  it('names the slide that never finishes loading, and leaves the previous exports untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'exports-'))
    mkdirSync(join(out, 'png'))
    writeFileSync(join(out, 'png', '01-previous.png'), 'previous image')
    writeFileSync(join(out, 'a-deck-whose-second-slide-never-finishes-loading.pdf'), 'previous pdf')
    const before = statSync(join(out, 'a-deck-whose-second-slide-never-finishes-loading.pdf')).mtimeMs
    const error = await fails(['--entry', 'test/fixtures/broken-deck/slides.md', '--out', out, '--timeout', '4', '--format', 'pdf,png'])
    expect(error.stderr).toMatch(/slide 2 \("Never ready"\) did not finish loading within 4 s/)
    expect(readdirSync(out).sort()).toEqual(['a-deck-whose-second-slide-never-finishes-loading.pdf', 'png'])
    expect(readFileSync(join(out, 'png', '01-previous.png'), 'utf8')).toBe('previous image')
    expect(statSync(join(out, 'a-deck-whose-second-slide-never-finishes-loading.pdf')).mtimeMs).toBe(before)
  }, 120_000)

  it('turns warnings into a failure with --strict, writing nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'exports-strict-'))
    const error = await fails(['--strict', '--format', 'pdf', '--out', out])
    expect(error.stderr).toMatch(/--strict: 2 warning\(s\), nothing written/)
    expect(error.stderr).toContain('public/photos/red-army-troops-zaitsev.jpg')
    expect(readdirSync(out)).toEqual([])
  }, 120_000)

  it('cleans up when interrupted, keeping the previous exports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'exports-interrupted-'))
    writeFileSync(join(out, '82nd-anniversary-of-victory-at-stalingrad.pdf'), 'previous pdf')
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--out', out], { cwd: KIT_ROOT, env: { ...process.env, CI: '1' } })
    // Interrupt once the export is rendering, i.e. after it has made its staging folder.
    await new Promise<void>((done) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('rendering every slide'))
          done()
      })
    })
    child.kill('SIGINT')
    const code = await new Promise<number | null>(done => child.on('exit', done))
    expect(code).toBe(130)
    expect(readdirSync(out)).toEqual(['82nd-anniversary-of-victory-at-stalingrad.pdf'])
    expect(readFileSync(join(out, '82nd-anniversary-of-victory-at-stalingrad.pdf'), 'utf8')).toBe('previous pdf')
  }, 120_000)

  it('stops a build it no longer needs when interrupted, leaving no build behind', async () => {
    // A deck that was never built: the export is still building it when Ctrl+C comes.
    const dir = mkdtempSync(join(KIT_ROOT, '.tmp', 'unbuilt-'))
    writeFileSync(join(dir, 'slides.md'), readFileSync(join(KIT_ROOT, 'test/fixtures/broken-deck/slides.md'), 'utf8').replace('"@/../../.."', `"@/${relative(dir, KIT_ROOT)}"`).replace('# Ready', `# Ready ${Date.now()}`))
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--entry', join(dir, 'slides.md'), '--out', join(dir, 'out'), '--format', 'pdf'], { cwd: KIT_ROOT, env: { ...process.env, CI: '1' } })
    await new Promise<void>((done) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (String(chunk).includes('building the deck'))
          setTimeout(done, 800)
      })
    })
    child.kill('SIGTERM')
    expect(await new Promise<number | null>(done => child.on('exit', done))).toBe(130)
    expect(readdirSync(BUILD_CACHE).filter(name => name.startsWith('.staging-'))).toEqual([])
    const { stdout } = await exec('ps', ['-eo', 'args'])
    expect(stdout.split('\n').filter(line => line.includes('slidev.mjs build') && line.includes(dir))).toEqual([])
  }, 120_000)

  it('says in one line which slide does not compile', async () => {
    const error = await fails(['--entry', 'test/fixtures/uncompilable-deck/slides.md', '--out', mkdtempSync(join(tmpdir(), 'x-')), '--format', 'pdf'])
    expect(error.code).toBe(1)
    expect(error.stderr.trim().split('\n').at(-1)).toMatch(/^export: slidev build failed for .*: the deck does not compile \(slide 2\): .*Unexpected token/)
    expect(error.stderr).not.toMatch(/\n\s+at /)
  }, 120_000)

  it('runs two exports at the same time (a PDF-only export never looks for mutool)', async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'exports-a-')), mkdtempSync(join(tmpdir(), 'exports-b-'))]
    await Promise.all([cli(['--format', 'pdf', '--out', a]), cli(['--format', 'pdf', '--out', b], { MUTOOL_PATH: '/nonexistent/mutool' })])
    for (const dir of [a, b])
      expect(existsSync(join(dir, '82nd-anniversary-of-victory-at-stalingrad.pdf'))).toBe(true)
  }, 120_000)
})
