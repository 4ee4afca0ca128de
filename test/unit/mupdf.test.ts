import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, rgb } from 'pdf-lib'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { drawPages, findMutool, MupdfError } from '../../scripts/lib/export/mupdf'

// mutool comes with scripts/ensure-tools.sh, which the README's test command runs first.
const mutool = findMutool()

/** A PDF of 16:9 pages (720 x 404.88 pt, as Chromium prints a 960 x 540 slide), each a flat colour. */
async function slidesPdf(dir: string, colours: [number, number, number][]): Promise<string> {
  const pdf = await PDFDocument.create()
  for (const [r, g, b] of colours) {
    const page = pdf.addPage([720, 404.88])
    page.drawRectangle({ x: 0, y: 0, width: 720, height: 404.88, color: rgb(r, g, b) })
  }
  const path = join(dir, 'slides.pdf')
  writeFileSync(path, await pdf.save())
  return path
}

describe('drawPages (MuPDF)', () => {
  it('is installed for the tests: scripts/ensure-tools.sh installs mupdf-tools', () => {
    expect(mutool, 'run bash scripts/ensure-tools.sh').toBeTruthy()
  })

  it('draws each chosen page at exactly the size asked, under the name asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mupdf-'))
    const pdf = await slidesPdf(dir, [[1, 0, 0], [0, 0, 1], [0, 1, 0]])
    await drawPages({ mutool: mutool!, pdf, pages: [{ page: 1, file: join(dir, '01-red.png') }, { page: 3, file: join(dir, '03-green.png') }], width: 1920, height: 1080 })
    const red = PNG.sync.read(readFileSync(join(dir, '01-red.png')))
    const green = PNG.sync.read(readFileSync(join(dir, '03-green.png')))
    expect([red.width, red.height]).toEqual([1920, 1080])
    expect([...red.data.subarray(0, 3)]).toEqual([255, 0, 0])
    expect([...green.data.subarray(0, 3)]).toEqual([0, 255, 0])
  })

  it('shares the pages among processes and still names each right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mupdf-'))
    const pdf = await slidesPdf(dir, [[1, 0, 0], [0, 0, 1], [0, 1, 0]])
    await drawPages({ mutool: mutool!, pdf, pages: [1, 2, 3].map(page => ({ page, file: join(dir, `${page}.png`) })), width: 960, height: 540, processes: 2 })
    expect([1, 2, 3].map(page => [...PNG.sync.read(readFileSync(join(dir, `${page}.png`))).data.subarray(0, 3)])).toEqual([[255, 0, 0], [0, 0, 255], [0, 255, 0]])
  })

  it('says what went wrong with a PDF it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mupdf-'))
    writeFileSync(join(dir, 'broken.pdf'), 'not a PDF')
    await expect(drawPages({ mutool: mutool!, pdf: join(dir, 'broken.pdf'), pages: [{ page: 1, file: join(dir, '1.png') }], width: 960, height: 540 }))
      .rejects.toThrow(/mutool could not draw the slides as PNG images: error: .*/)
  })

  it('gives up on a mutool that never finishes, saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mupdf-'))
    const stuck = join(dir, 'mutool')
    writeFileSync(stuck, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 })
    const started = Date.now()
    await expect(drawPages({ mutool: stuck, pdf: join(dir, 'slides.pdf'), pages: [{ page: 1, file: join(dir, '1.png') }], width: 960, height: 540, timeout: 500 }))
      .rejects.toThrow(/mutool did not finish drawing the PNG images within 1 s/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('names MUTOOL_PATH when it points at nothing', () => {
    expect(() => findMutool({ MUTOOL_PATH: '/nowhere/mutool' })).toThrow(MupdfError)
    expect(() => findMutool({ MUTOOL_PATH: '/nowhere/mutool' })).toThrow(/MUTOOL_PATH is set to \/nowhere\/mutool/)
    expect(findMutool({ PATH: '' })).toBeUndefined()
  })
})
