// Every slide of the real decks in real Chromium: renders, no errors, nothing from another host,
// nothing overflowing, and what it shows is in the article word for word.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/lib/article'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { normalizeSpace } from '../../scripts/lib/text'
import { DECKS, distOf, slideCount } from './decks'
import { overflowingElements, showSlide, useDeck } from './page'

/** The texts a slide shows that come from the article (titles are editorial and left out). */
const FROM_ARTICLE = [
  '.quotation-text p',
  '.statement-text',
  '.closing-text',
  '.timeline-event .text',
  '.timeline-event .date',
  '.key-figure:not(.derived) .figure-final',
  '.key-figure:not(.derived) .context',
  '.photo .caption',
  '.photo .credit',
  '.stand-in-caption',
].join(', ')

describe.each(['stalingrad', 'long', 'french', 'russian'] as const)('the %s deck in Chromium', (name) => {
  const deck = DECKS[name]
  const article = parseArticle(readFileSync(join(KIT_ROOT, deck.article)))
  const source = normalizeSpace(article.texts.join('\n'))
  const total = slideCount(name)
  const session = useDeck(distOf(name))

  it.each(Array.from({ length: total }, (_, i) => i + 1))('slide %i renders within the slide, faithfully, with no error', async (no) => {
    const { page, server } = session()
    await showSlide(page, server.url, no)
    expect(await overflowingElements(page, no)).toEqual([])
    const shown = await page.locator(`.slidev-page-${no}`).locator(FROM_ARTICLE).allTextContents()
    for (const text of shown)
      expect(source, `slide ${no} shows "${text}"`).toContain(normalizeSpace(text))
    expect(await page.locator(`.slidev-page-${no} h1`).count()).toBeGreaterThan(0)
  })

  it('has exactly the slides of its slides.md', async () => {
    const { page, server } = session()
    await page.goto(`${server.url}/${total + 1}`, { waitUntil: 'load' })
    await page.waitForTimeout(300)
    expect(await page.locator(`.slidev-page-${total + 1} .slidev-layout`).count()).toBe(0)
  })

  it('logged no console error and no page error, and asked no host but localhost for anything', () => {
    expect(session().pageErrors).toEqual([])
    expect(session().consoleErrors).toEqual([])
    expect(session().foreignRequests).toEqual([])
  })
})

/** The fonts the slides may draw with: the ones the kit bundles (styles/index.ts). */
const BUNDLED_FONTS = ['Oswald', 'EB Garamond', 'Source Sans 3']

describe.each([
  ['french', 'fr', 'Stanisław Wójcik'],
  ['russian', 'ru', 'Ключевые цифры'],
] as const)('the %s deck\'s own language', (name, lang, sample) => {
  const session = useDeck(distOf(name))

  it(`tells screen readers and hyphenation it is in ${lang}`, async () => {
    const { page, server } = session()
    await showSlide(page, server.url, 1)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
  })

  it('draws every glyph of every slide from the bundled fonts, never a fallback', async () => {
    const { page, server } = session()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const seen = new Set<string>()
    let sampleSeen = false
    for (let no = 1; no <= slideCount(name); no++) {
      await showSlide(page, server.url, no)
      sampleSeen ||= (await page.locator(`.slidev-page-${no}`).textContent() ?? '').includes(sample)
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `.slidev-page-${no} .slidev-layout *` })
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
        for (const font of fonts) {
          seen.add(font.familyName)
          expect(font.isCustomFont, `slide ${no}: ${font.familyName} (${font.glyphCount} glyphs) is a system font`).toBe(true)
          // The family as the font file names it: "Oswald Medium", "EB Garamond Italic".
          expect(BUNDLED_FONTS.some(family => font.familyName.startsWith(family)), `slide ${no}: ${font.familyName}`).toBe(true)
        }
      }
    }
    expect(sampleSeen, `a slide shows "${sample}"`).toBe(true)
    for (const family of BUNDLED_FONTS)
      expect([...seen].some(name => name.startsWith(family)), `some text in ${family}`).toBe(true)
    await cdp.detach()
  })
})

describe('the presenter view', () => {
  const session = useDeck(distOf('stalingrad'))

  it('shows the notes of the current slide', async () => {
    const { page, server } = session()
    await page.goto(`${server.url}/presenter/1`, { waitUntil: 'load' })
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor({ timeout: 15_000 })
    expect(await notes.textContent()).toContain('Victory of the Red Army and Soviet People in Stalingrad Destroys the Myth of Nazi Invincibility')
    await page.goto(`${server.url}/presenter/5`, { waitUntil: 'load' })
    await page.locator('.slidev-note').first().waitFor()
    expect(await page.locator('.slidev-note').first().textContent()).toContain('Joseph Stalin assessed the battle as follows:')
    expect(session().pageErrors).toEqual([])
    expect(session().foreignRequests).toEqual([])
  })
})

describe('a hostile article', () => {
  const total = slideCount('hostile')
  const session = useDeck(distOf('hostile'))
  let dialogs = 0
  beforeAll(() => {
    session().page.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
  })

  it('shows its text literally on every slide and runs none of it', async () => {
    const { page, server } = session()
    for (let no = 1; no <= total; no++) {
      await showSlide(page, server.url, no)
      expect(await overflowingElements(page, no), `slide ${no}`).toEqual([])
    }
    await showSlide(page, server.url, 1)
    expect(await page.locator('.slidev-page-1 h1').textContent()).toBe('Anniversary of {{ $slidev.nav.next() }} and <script>window.__pwned = true</script>')
    expect(await page.locator('.slidev-page-1 .subtitle').textContent()).toContain('<img src=x onerror="window.__pwned=true">')
    await showSlide(page, server.url, 2)
    expect(await page.locator('.slidev-page-2 .statement-text').first().textContent()).toContain('the {{ 7 * 7 }} people gathered. <v-click>Hidden</v-click> text and <div>raw html</div>')
    await showSlide(page, server.url, total - 1)
    expect(await page.locator(`.slidev-page-${total - 1} .quotation-text`).textContent()).toContain('Nothing here {{ runs }}. <script>alert(1)</script> is just text. [click] ---')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
    expect(dialogs).toBe(0)
    expect(session().pageErrors).toEqual([])
    expect(session().foreignRequests).toEqual([])
  })

  it('lists its slide titles literally in the Goto dialog, where Slidev renders them as Markdown', async () => {
    const { page, server } = session()
    await showSlide(page, server.url, 1)
    await page.keyboard.press('g')
    const input = page.locator('#slidev-goto-input')
    await input.waitFor({ timeout: 10_000 })
    // The dialog lists the slides whose titles match what is typed, through Slidev's title renderer.
    await input.fill('Anniversary')
    await page.waitForTimeout(300)
    expect(await page.locator('#slidev-goto-dialog').textContent()).toContain('Anniversary of {{ $slidev.nav.next() }} and <script>window.__pwned = true</script>')
    await input.fill('braces')
    await page.waitForTimeout(300)
    expect(await page.locator('#slidev-goto-dialog').textContent()).toContain('Open braces {{ are never closed here')
    expect(new URL(page.url()).pathname).toBe('/1')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
    expect(session().pageErrors).toEqual([])
  })

  it('shows its notes literally in the presenter view', async () => {
    const { page, server } = session()
    await page.goto(`${server.url}/presenter/${total - 1}`, { waitUntil: 'load' })
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor()
    expect(await notes.textContent()).toContain('“Nothing here {{ runs }}. <script>alert(1)</script> is just text. [click] ---”')
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
  })
})
