// Slidev's print view, where every output is drawn from: all slides on one page, every reveal shown.

import type { DeckInfo } from '../deck'
import type { ChromiumPage } from './cdp'
import type { RenderSource } from './source'
import { notCompiling } from '../build'
import { ExportError, slideTitle } from './options'

/**
 * Quiet time on the server before the slides count as loaded: Slidev loads each slide's code on
 * demand and shows nothing for that slide until it arrives, so an empty slide may still be coming.
 */
const SETTLE_MS = 150

/** Opens the print view and waits for every slide to finish loading, naming the first that does not. */
export async function openPrintView(page: ChromiumPage, source: RenderSource, deck: DeckInfo, timeout: number): Promise<void> {
  await page.goto(source.printView('dark'), timeout)
  const deadline = Date.now() + timeout
  for (;;) {
    // A slide is ready when Slidev has loaded it, its photos are decoded, and whatever it marks
    // with data-waitfor (Slidev's convention) has appeared.
    const state = await page.evaluate(() => {
      const containers = [...document.querySelectorAll('.print-slide-container')]
      return {
        slides: containers.length,
        pending: containers
          .filter(c => c.querySelector('.slidev-slide-loading')
            || [...c.querySelectorAll('img')].some(img => !img.complete)
            || [...c.querySelectorAll<HTMLElement>('[data-waitfor]')].some(el => !el.querySelector(el.dataset.waitfor!)))
          .map(c => Number.parseInt(c.id, 10)),
        fontsReady: document.fonts.status === 'loaded',
        // Vite's dev server shows what does not compile in an overlay of its own.
        compileError: (() => {
          const overlay = document.querySelector('vite-error-overlay')?.shadowRoot
          const message = overlay?.querySelector('.message-body')?.textContent?.trim()
          return message && { message, file: overlay?.querySelector('.file')?.textContent?.trim() }
        })(),
      }
    })
    if (state.compileError)
      throw new ExportError(notCompiling(state.compileError.message, state.compileError.file))
    if (state.slides > 0 && state.pending.length === 0 && state.fontsReady && source.idleFor() >= SETTLE_MS)
      break
    if (Date.now() > deadline) {
      const no = state.pending[0]
      const seconds = Math.round(timeout / 1000)
      throw new ExportError(state.slides === 0
        ? `Slidev's print view showed no slides within ${seconds} s.`
        : state.pending.length > 0
          ? `slide ${no} ("${slideTitle(deck, no)}") did not finish loading within ${seconds} s${state.pending.length > 1 ? ` (nor did ${state.pending.length - 1} other slides)` : ''}.`
          : !state.fontsReady
              ? `the fonts did not finish loading within ${seconds} s.`
              : `the deck kept loading files for ${seconds} s (a video or a stream that never ends?).`)
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  if (page.pageErrors.length > 0)
    throw new ExportError(`the deck raised an error while rendering: ${page.pageErrors[0]}`)
}

/** Missing photos and text that does not fit, read from the rendered slides. */
export async function renderingWarnings(page: ChromiumPage, deck: DeckInfo, selected: number[]): Promise<string[]> {
  const found = await page.evaluate(slides => [...document.querySelectorAll('.print-slide-container')]
    .map(c => ({
      no: Number.parseInt(c.id, 10),
      missing: [...c.querySelectorAll<HTMLElement>('[data-missing-photo]')].map(el => ({ file: el.dataset.missingPhoto ?? '', label: el.getAttribute('aria-label') ?? '' })),
      overflows: Boolean(c.querySelector('[data-overflow]')),
    }))
    .filter(slide => slides.includes(slide.no)), selected)
  return [
    ...[...new Set(found.flatMap(slide => slide.missing.map(photo => photo.file
      ? `photo missing: public/${photo.file} (a captioned placeholder is shown instead).`
      : `a photo has no file ("${photo.label}"): give it one under photos: in the plan file (a captioned placeholder is shown instead).`)))],
    ...found.filter(slide => slide.overflows).map(slide => `slide ${slide.no} ("${slideTitle(deck, slide.no)}") has text that does not fit: split it over more slides.`),
  ]
}

/** Where each slide of the print view begins, in CSS pixels from the top of the page. */
export function slideTops(page: ChromiumPage): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map(el => el.getBoundingClientRect().y + window.scrollY))
}

/** Adds a style sheet to the page; the returned function takes it away again. */
export async function addStyle(page: ChromiumPage, css: string): Promise<() => Promise<void>> {
  const id = `export-style-${Math.random().toString(36).slice(2)}`
  await page.evaluate(({ id, css }) => {
    const style = document.createElement('style')
    style.id = id
    style.textContent = css
    document.head.append(style)
  }, { id, css })
  return () => page.evaluate(id => document.getElementById(id)?.remove(), id)
}
