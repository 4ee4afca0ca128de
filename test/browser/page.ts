// Opens a built deck in Chromium with everything a test needs to notice: console errors, page errors,
// and any request to a host other than localhost (blocked, and recorded).
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll } from 'vitest'
import type { StaticServer } from '../../scripts/lib/serve'
import { launchChromium } from '../../scripts/lib/browser'
import { serveStatic } from '../../scripts/lib/serve'

export interface DeckSession {
  server: StaticServer
  browser: Browser
  page: Page
  consoleErrors: string[]
  pageErrors: string[]
  foreignRequests: string[]
  close: () => Promise<void>
}

export async function openDeck(dist: string, viewport = { width: 1280, height: 720 }): Promise<DeckSession> {
  const server = await serveStatic(dist)
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport })
  const session: DeckSession = {
    server,
    browser,
    page: await context.newPage(),
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:')
      return route.continue()
    session.foreignRequests.push(url.href)
    return route.abort('blockedbyclient')
  })
  session.page.on('console', (message) => {
    if (message.type() === 'error')
      session.consoleErrors.push(message.text())
  })
  session.page.on('pageerror', error => session.pageErrors.push(error.message))
  return session
}

/** Opens a built deck before the tests of the enclosing describe block and closes it after them. */
export function useDeck(dist: string): () => DeckSession {
  let session: DeckSession | undefined
  beforeAll(async () => {
    session = await openDeck(dist)
  })
  afterAll(() => session?.close())
  return () => session!
}

/** Goes to slide `no` with every click revealed and waits until it has rendered with its fonts. */
export async function showSlide(page: Page, baseUrl: string, no: number): Promise<void> {
  await page.goto(`${baseUrl}/${no}?clicks=999`, { waitUntil: 'load' })
  await page.waitForSelector(`.slidev-page-${no} .slidev-layout`, { timeout: 15_000 })
  await page.evaluate(() => document.fonts.ready)
  await page.waitForFunction(() => !document.querySelector('.slidev-slide-loading') && [...document.images].every(img => img.complete))
}

/** Elements of slide `no` that stick out of the slide (beyond a 1px rounding allowance). */
export async function overflowingElements(page: Page, no: number): Promise<string[]> {
  return page.evaluate((n) => {
    const slide = document.querySelector(`.slidev-page-${n}`)!
    const bounds = slide.getBoundingClientRect()
    const out: string[] = []
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      if (r.left < bounds.left - 1 || r.top < bounds.top - 1 || r.right > bounds.right + 1 || r.bottom > bounds.bottom + 1)
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: "${el.textContent?.trim().slice(0, 50)}"`)
    }
    for (const el of slide.querySelectorAll('[data-overflow]'))
      out.push(`${el.className}: text does not fit at the smallest type size`)
    return out
  }, no)
}
