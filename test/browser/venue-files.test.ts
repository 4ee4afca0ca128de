// The files for a hall's own computer: the PowerPoint file opened by LibreOffice as a computer
// without our fonts would show it, and the one-file deck opened from a folder of its own, offline.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { ExportResult } from '../../scripts/lib/export'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { launchChromium } from '../../scripts/lib/browser'
import { readDeck } from '../../scripts/lib/deck'
import { exportDeck, pngName } from '../../scripts/lib/export'
import { drawPages, findMutool } from '../../scripts/lib/export/mupdf'
import { shownTexts } from '../../scripts/lib/fidelity'
import { generate } from '../../scripts/lib/generate'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { standInPhotos } from '../../scripts/lib/stand-in-photos'
import { normalizeSpace } from '../../scripts/lib/text'
import { DECKS, TEST_ROOT } from './decks'
import { pptxToPdf } from './libreoffice'

const NAME = '82nd-anniversary-of-victory-at-stalingrad'

/** The text of each page of a PDF, white space collapsed. */
async function pageTexts(pdf: string): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdf))), { mergePages: false })
  return text.map(normalizeSpace)
}

/** The Stalingrad deck in a folder of its own, with stand-in photos where the plan puts the archive's. */
async function stalingradWithPhotos(dir: string): Promise<{ entry: string, photos: { file: string, alt: string }[] }> {
  const plan = await readFile(join(KIT_ROOT, 'content/plan.yaml'), 'utf8')
  const photos = (parse(plan) as { photos: { file: string, alt: string }[] }).photos
  const { markdown } = generate({
    article: new Uint8Array(await readFile(join(KIT_ROOT, 'content/article.txt'))),
    articleName: 'content/article.txt',
    articlePath: relative(dir, join(KIT_ROOT, 'content/article.txt')),
    plan,
    planName: 'content/plan.yaml',
    addonPath: `@/${relative(dir, KIT_ROOT)}`,
  })
  mkdirSync(dir, { recursive: true })
  await writeFile(join(dir, 'slides.md'), markdown)
  await standInPhotos(join(dir, 'public'), photos.map(p => p.file), { width: 1200, height: 800 })
  return { entry: join(dir, 'slides.md'), photos }
}

/**
 * How far apart two images of the same proportions look, from 0 (the same) to 255: the mean
 * difference per colour channel of their blocks of `block` pixels (of the smaller image), so that
 * where a substitute font draws other letters counts little and the design counts much.
 */
function lookApart(a: PNG, b: PNG, block = 16): number {
  const blocks = (image: PNG, size: number) => {
    const w = Math.floor(image.width / size)
    const h = Math.floor(image.height / size)
    const means = new Float64Array(w * h * 3)
    for (let y = 0; y < h * size; y++) {
      for (let x = 0; x < w * size; x++) {
        for (let c = 0; c < 3; c++)
          means[(Math.floor(y / size) * w + Math.floor(x / size)) * 3 + c] += image.data[(y * image.width + x) * 4 + c] / (size * size)
      }
    }
    return means
  }
  const [small, large] = a.width <= b.width ? [a, b] : [b, a]
  const x = blocks(small, block)
  const y = blocks(large, block * large.width / small.width)
  return x.reduce((sum, value, i) => sum + Math.abs(value - y[i]), 0) / x.length
}

/** A browser context that can open files and nothing else: every other request is blocked and recorded. */
async function offlineContext(browser: Browser): Promise<{ context: BrowserContext, requests: string[], errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const requests: string[] = []
  const errors: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    requests.push(url)
    return url.startsWith('file://') ? route.continue() : route.abort('blockedbyclient')
  })
  context.on('page', (page) => {
    page.on('pageerror', error => errors.push(error.message))
  })
  return { context, requests, errors }
}

async function showHashSlide(page: Page, file: string, no: number): Promise<void> {
  await page.goto(`${pathToFileURL(file).href}#/${no}?clicks=999`)
  await page.waitForSelector(`.slidev-page-${no} .slidev-layout`, { timeout: 15_000 })
}

describe('the venue files of the Stalingrad deck', () => {
  const dir = join(TEST_ROOT, 'decks', 'venue')
  const out = mkdtempSync(join(tmpdir(), 'venue-files-'))
  let entry: string
  let photos: { file: string, alt: string }[]
  let result: ExportResult
  let loPdf: string
  let lo: string[]
  let browser: Browser

  beforeAll(async () => {
    ({ entry, photos } = await stalingradWithPhotos(dir))
    result = await exportDeck({ entry, out, formats: ['png', 'pptx', 'html'], scale: 1, paper: 'a4', strict: true, timeout: 60_000 })
    loPdf = await pptxToPdf(join(out, `${NAME}.pptx`))
    lo = await pageTexts(loPdf)
    browser = await launchChromium()
  }, 300_000)
  afterAll(() => browser?.close())

  it('lists both files in the result, with their slide counts', async () => {
    const deck = await readDeck(entry)
    for (const file of [`${NAME}.pptx`, `${NAME}.html`])
      expect(result.files.find(f => f.path === join(out, file))).toMatchObject({ slides: deck.slides.length })
  })

  it('opens in LibreOffice with one page per slide, then a notes page per slide', async () => {
    const deck = await readDeck(entry)
    expect(lo).toHaveLength(2 * deck.slides.length)
  })

  it('shows the quotation\'s sentences and the key figures as text', async () => {
    const slides = lo.slice(0, lo.length / 2).join(' ')
    const quoted = shownTexts(await readFile(entry, 'utf8')).filter(s => s.kind === 'quotation').map(s => s.text)
    expect(quoted.length).toBeGreaterThan(3)
    for (const chunk of quoted) {
      for (const sentence of chunk.split(/(?<=[.!?])\s+/))
        expect(slides, sentence).toContain(normalizeSpace(sentence).slice(0, 60))
    }
    for (const figure of ['300,000', 'one-third', '147,200', '46,700', '163', '82'])
      expect(slides).toContain(figure)
  })

  it('puts every slide\'s notes on its notes page', async () => {
    const deck = await readDeck(entry)
    for (const slide of deck.slides) {
      const first = normalizeSpace(slide.spoken.split(/\n{2,}/).find(p => /\p{L}/u.test(p))!)
      expect(lo[deck.slides.length + slide.no - 1], `slide ${slide.no}`).toContain(first.slice(0, 50))
    }
  })

  it('keeps the text in editable text boxes, the design behind them, and each photo a picture with its alt text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${NAME}.pptx`)))
    const slideXml = async (no: number) => zip.file(`ppt/slides/slide${no}.xml`)!.async('string')
    expect(await slideXml(5)).toContain('<a:t>“The battle of Stalingrad ended in the encirclement of a German Army 300,000 strong')
    expect(await slideXml(3)).toContain('<a:t>147,200</a:t>')
    const deck = await readDeck(entry)
    const all = await Promise.all(deck.slides.map(s => slideXml(s.no)))
    // Every slide has its design as a background picture, and the fonts are named with a class to substitute by.
    expect(all.every(xml => /<p:bg><p:bgPr><a:blipFill/.test(xml))).toBe(true)
    expect(all.join('')).toMatch(/<a:latin typeface="EB Garamond" panose="\d{20}" pitchFamily="18"/)
    const pictures = all.flatMap(xml => [...xml.matchAll(/<p:pic>[\s\S]*?descr="([^"]*)"/g)].map(m => m[1]))
    expect(pictures).toEqual(photos.map(p => p.alt))
  })

  it('has none of the XML that makes PowerPoint offer to repair a file', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${NAME}.pptx`)))
    const parts = Object.keys(zip.files).filter(name => !zip.files[name].dir)
    const xml = async (name: string) => zip.file(name)!.async('string')
    // Every content type declared is for a part there is.
    const declared = [...(await xml('[Content_Types].xml')).matchAll(/<Override PartName="\/([^"]+)"/g)].map(m => m[1])
    expect(declared.filter(part => !parts.includes(part))).toEqual([])
    for (const name of parts.filter(n => /^ppt\/(?:slides|notesSlides)\/[^/]+\.xml$/.test(n))) {
      const text = await xml(name)
      // A paragraph's properties come first and once; no shape has a negative size.
      for (const [, paragraph] of text.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g))
        expect(paragraph.slice(1).includes('<a:pPr'), `${name}: properties after a run in "${paragraph.slice(0, 120)}"`).toBe(false)
      expect(text, name).not.toMatch(/<a:ext c[xy]="-|<a:ln><\/a:ln>/)
    }
    expect(await xml('ppt/presentation.xml')).toContain('<p:notesSz cx="6858000" cy="9144000"/>')
  })

  it('gives the notes their paragraphs, and no text box covers another', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${NAME}.pptx`)))
    const notes = await zip.file('ppt/notesSlides/notesSlide5.xml')!.async('string')
    const paragraphs = [...notes.matchAll(/<a:p><a:r><a:rPr [^>]*\/><a:t>([^<]+)<\/a:t>/g)].map(m => m[1])
    expect(paragraphs[0]).toMatch(/^Speaking in November 1943 .* as follows:$/)
    expect(paragraphs[1]).toMatch(/^“The battle of Stalingrad ended/)
    expect(notes).not.toMatch(/\r?\n\r?\n/)
    const deck = await readDeck(entry)
    for (const slide of deck.slides) {
      const xml = await zip.file(`ppt/slides/slide${slide.no}.xml`)!.async('string')
      const boxes = [...xml.matchAll(/<p:sp>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)].map(m => m.slice(1).map(Number))
      for (const [i, [x, y, w, h]] of boxes.entries()) {
        for (const [X, Y, W, H] of boxes.slice(i + 1))
          expect(x < X + W && X < x + w && y < Y + H && Y < y + h, `slide ${slide.no}: boxes ${[x, y, w, h]} and ${[X, Y, W, H]} overlap`).toBe(false)
      }
    }
  })

  it('looks like the slide: LibreOffice\'s page beside our PNG of the same slide', async () => {
    const deck = await readDeck(entry)
    const drawn = join(mkdtempSync(join(tmpdir(), 'lo-page-')), 'page.png')
    const mutool = findMutool()
    expect(mutool, 'mutool (mupdf-tools) draws the page').toBeTruthy()
    const ours = (no: number) => PNG.sync.read(readFileSync(join(out, 'png', pngName(deck, no))))
    await drawPages({ mutool: mutool!, pdf: loPdf, pages: [{ page: 3, file: drawn }], width: 960, height: 540 })
    const theirs = PNG.sync.read(readFileSync(drawn))
    // The same slide differs where a substitute font draws the letters; another slide differs in its design too.
    const same = lookApart(theirs, ours(3))
    expect(same).toBeLessThan(11)
    expect(lookApart(theirs, ours(5))).toBeGreaterThan(same * 1.5)
  }, 60_000)

  it('presents from a file in an empty folder with every request blocked: every slide, the quotation, the photos, the presenter\'s notes', async () => {
    const alone = join(mkdtempSync(join(tmpdir(), 'usb-stick-')), 'deck.html')
    copyFileSync(join(out, `${NAME}.html`), alone)
    const { context, requests, errors } = await offlineContext(browser)
    const page = await context.newPage()
    const deck = await readDeck(entry)
    for (const slide of deck.slides)
      await showHashSlide(page, alone, slide.no)
    await showHashSlide(page, alone, 5)
    expect(normalizeSpace(await page.locator('.slidev-page-5 .quotation-text').textContent() ?? '')).toContain('The battle of Stalingrad ended in the encirclement of a German Army 300,000 strong')
    const photoSlide = deck.slides.find(s => s.title === 'Victory at Stalingrad')!.no
    await showHashSlide(page, alone, photoSlide)
    await page.waitForFunction(n => [...document.querySelectorAll<HTMLImageElement>(`.slidev-page-${n} img`)].some(img => img.complete && img.naturalWidth > 0), photoSlide)
    expect(await page.locator(`.slidev-page-${photoSlide} img`).first().getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/)
    await page.goto(`${pathToFileURL(alone).href}#/presenter/5`)
    await page.locator('.slidev-note').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.slidev-note').first().textContent()).toContain('Joseph Stalin assessed the battle as follows:')
    expect(errors).toEqual([])
    expect(new Set(requests)).toEqual(new Set([pathToFileURL(alone).href]))
    await context.close()
  }, 120_000)

  it('has the audience window follow the presenter\'s, both opened from the file', async () => {
    const alone = join(mkdtempSync(join(tmpdir(), 'usb-stick-')), 'deck.html')
    copyFileSync(join(out, `${NAME}.html`), alone)
    const { context } = await offlineContext(browser)
    const audience = await context.newPage()
    const presenter = await context.newPage()
    await showHashSlide(audience, alone, 1)
    await presenter.goto(`${pathToFileURL(alone).href}#/presenter/1`)
    await presenter.locator('.slidev-note').first().waitFor({ timeout: 15_000 })
    await presenter.keyboard.press('ArrowRight')
    await audience.waitForFunction(() => /#\/2\b/.test(location.hash), undefined, { timeout: 5000 })
    await context.close()
  }, 60_000)
})

describe('the venue files of a hostile article', () => {
  const out = mkdtempSync(join(tmpdir(), 'venue-hostile-'))
  let browser: Browser

  beforeAll(async () => {
    await exportDeck({ entry: DECKS.hostile.entry, out, formats: ['pptx', 'html'], scale: 1, paper: 'a4', strict: false, timeout: 60_000 })
    browser = await launchChromium()
  }, 300_000)
  afterAll(() => browser?.close())

  const file = (ext: string) => join(out, `${readFileSync(DECKS.hostile.entry, 'utf8').match(/^exportFilename: (.+)$/m)![1]}.${ext}`)

  it('keeps its text as text in the one-file deck: nothing runs', async () => {
    const { context, errors } = await offlineContext(browser)
    const page = await context.newPage()
    let dialogs = 0
    page.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
    const deck = await readDeck(DECKS.hostile.entry)
    for (const slide of deck.slides)
      await showHashSlide(page, file('html'), slide.no)
    await showHashSlide(page, file('html'), 1)
    expect(await page.textContent('.slidev-page-1')).toContain('{{ $slidev.nav.next() }}')
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined()
    expect(dialogs).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('writes well-formed PowerPoint XML that LibreOffice opens, its text literal', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file('pptx')))
    const page = await browser.newPage()
    for (const name of Object.keys(zip.files).filter(n => /\.(?:xml|rels)$/.test(n))) {
      const xml = await zip.file(name)!.async('string')
      const broken = await page.evaluate(text => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml)
      expect(broken, name).toBeNull()
    }
    await page.close()
    const slides = (await pageTexts(await pptxToPdf(file('pptx')))).join(' ')
    expect(slides).toContain('<script>alert(1)</script> is just text.')
    expect(slides).toContain('{{ 7 * 7 }}')
  }, 120_000)
})

describe('the PowerPoint file of a Russian deck', () => {
  const out = mkdtempSync(join(tmpdir(), 'venue-russian-'))
  let zip: JSZip

  beforeAll(async () => {
    const result = await exportDeck({ entry: DECKS.russian.entry, out, formats: ['pptx'], scale: 1, paper: 'a4', strict: false, timeout: 60_000 })
    zip = await JSZip.loadAsync(readFileSync(result.files[0].path))
  }, 300_000)

  it('keeps a poem\'s lines as lines, and marks the text as Russian', async () => {
    const slides = await Promise.all(Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(n => zip.file(n)!.async('string')))
    const poem = slides.find(xml => xml.includes('Горит огонь у обелиска,'))!
    expect(poem).toBeTruthy()
    // Each line of the verse begins after a line break in the same paragraph.
    for (const line of ['Ему не гаснуть никогда,', 'Склонились ветви низко-низко', 'Над тем, кто пал в те года'])
      expect(poem).toMatch(new RegExp(`<a:br/><a:r><a:rPr [^>]*>(?:(?!</a:r>).)*<a:t>${line}`, 's'))
    expect(slides.join('')).toMatch(/<a:rPr lang="ru"/)
  })
})
