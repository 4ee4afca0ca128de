// Photo-like JPEGs drawn by Chromium (a gradient with film grain, about the weight of a scanned
// archive print at full size), for the benchmark and the tests: the deck's own photos are not in
// the repository.

import type { Page } from 'playwright-chromium'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { launchChromium } from './browser'

export interface StandInSize {
  width: number
  height: number
}

/** Writes one stand-in JPEG at each path (relative to `dir`), 3000 x 2000 unless told otherwise. */
export async function standInPhotos(dir: string, files: string[], size: StandInSize = { width: 3000, height: 2000 }): Promise<void> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    for (const [i, file] of files.entries()) {
      await mkdir(dirname(join(dir, file)), { recursive: true })
      await writeFile(join(dir, file), await drawPhoto(page, i + 1, size))
    }
  }
  finally {
    await browser.close()
  }
}

async function drawPhoto(page: Page, seed: number, size: StandInSize): Promise<Buffer> {
  const dataUrl = await page.evaluate(({ seed, width, height }) => {
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext('2d')!
    const gradient = ctx.createLinearGradient(0, 0, width, height)
    gradient.addColorStop(0, '#7a6a55')
    gradient.addColorStop(1, '#2b241d')
    ctx.fillStyle = gradient
    ctx.fillRect(0, 0, width, height)
    const image = ctx.getImageData(0, 0, width, height)
    let x = seed * 9301 + 49297
    for (let p = 0; p < image.data.length; p += 4) {
      x = (x * 1103515245 + 12345) % 2147483648
      const grain = (x % 48) - 24
      image.data[p] += grain
      image.data[p + 1] += grain
      image.data[p + 2] += grain
    }
    ctx.putImageData(image, 0, 0)
    return canvas.toDataURL('image/jpeg', 0.85)
  }, { seed, ...size })
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}
