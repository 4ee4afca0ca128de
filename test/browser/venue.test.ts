// Presenting at the venue: the built deck offline, the presenter's pacing, the light variant,
// reduced motion, and an accessibility scan of every slide in both designs.
import { AxeBuilder } from '@axe-core/playwright'
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { distOf, slideCount } from './decks'
import { openDeck, showSlide, useDeck } from './page'

const total = slideCount('stalingrad')

describe('the built deck at a venue with no network', () => {
  const session = useDeck(distOf('stalingrad'))

  it('clicks through every reveal of every slide with the keyboard', async () => {
    const { page, server } = session()
    await page.goto(`${server.url}/1`, { waitUntil: 'load' })
    await page.waitForSelector('.slidev-page-1 .slidev-layout')
    const seen = new Set<number>()
    for (let press = 0; press < 200 && seen.size < total; press++) {
      seen.add(Number(new URL(page.url()).pathname.split('/').pop()))
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(60)
    }
    seen.add(Number(new URL(page.url()).pathname.split('/').pop()))
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(session().pageErrors).toEqual([])
    expect(session().consoleErrors).toEqual([])
    expect(session().foreignRequests).toEqual([])
  })

  it('shows the pacing indicator in the presenter view only', async () => {
    const { page, server } = session()
    await page.goto(`${server.url}/presenter/5`, { waitUntil: 'load' })
    const timer = page.locator('.i-carbon\\:timer')
    await timer.waitFor({ timeout: 15_000 })
    // Before the timer starts there is no pace to tell: the indicator says nothing.
    expect(await page.locator('.pacing-indicator').count()).toBe(0)
    await page.locator('.group', { has: timer }).hover()
    await page.locator('.i-carbon\\:play').click()
    const indicator = page.locator('.pacing-indicator')
    await indicator.waitFor({ timeout: 5000 })
    // Started on slide 5: at 0:00 the speaker is ahead of the plan.
    expect(await indicator.textContent()).toMatch(/\d+:\d\d ahead/)
    await page.goto(`${server.url}/2`, { waitUntil: 'load' })
    await page.waitForSelector('.slidev-page-2 .slidev-layout')
    expect(await page.locator('.pacing-indicator').count()).toBe(0)
    await page.goto(`${server.url}/print?print=true`, { waitUntil: 'load' })
    await page.waitForSelector('.print-slide-container')
    expect(await page.locator('.pacing-indicator').count()).toBe(0)
  })

  it('switches to the light design with ?variant=light or the L key, without editing slides', async () => {
    const { page, server } = session()
    await showSlide(page, server.url, 1)
    const isLight = () => page.evaluate(() => document.documentElement.classList.contains('memorial-light'))
    expect(await isLight()).toBe(false)
    await page.keyboard.press('l')
    expect(await isLight()).toBe(true)
    const background = await page.locator('.slidev-page-1 .slidev-layout').evaluate(el => getComputedStyle(el).backgroundColor)
    expect(background).toBe('rgb(251, 248, 242)')
    await page.keyboard.press('l')
    expect(await isLight()).toBe(false)
    await page.goto(`${server.url}/1?variant=light`, { waitUntil: 'load' })
    await page.waitForSelector('.slidev-page-1 .slidev-layout')
    expect(await isLight()).toBe(true)
  })

  it('serves the build with npm run serve, and says so when the port is taken', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', distOf('stalingrad'), '--port', '0'], { cwd: KIT_ROOT })
    const url = await new Promise<string>((done, fail) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk
        const m = /audience: {2}(http:\/\/\S+)\//.exec(out)
        if (m)
          done(m[1])
      })
      child.on('exit', code => fail(new Error(`serve exited with ${code}`)))
    })
    try {
      const presenter = await fetch(`${url}/presenter/3`)
      expect(presenter.status).toBe(200)
      expect(await presenter.text()).toContain('<div id="app"')
      const port = new URL(url).port
      const busy = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', distOf('stalingrad'), '--port', port], { cwd: KIT_ROOT })
      let stderr = ''
      busy.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk
      })
      const code = await new Promise<number | null>(done => busy.on('exit', done))
      expect(code).not.toBe(0)
      expect(stderr).toContain(`port ${port} is in use`)
    }
    finally {
      child.kill()
    }
  })
})

describe('motion', () => {
  it('shows count-up figures at their final value at once for people who ask for reduced motion', async () => {
    const session = await openDeck(distOf('stalingrad'))
    try {
      const context = session.page.context()
      const page = await context.newPage()
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(`${session.server.url}/3`, { waitUntil: 'load' })
      await page.waitForSelector('.slidev-page-3 .slidev-layout')
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(100)
      const first = page.locator('.slidev-page-3 .key-figure').first()
      expect(await first.locator('.figure-counting').count()).toBe(0)
      expect(await first.locator('.figure-final').textContent()).toBe('300,000')
    }
    finally {
      await session.close()
    }
  })
})

describe.each(['dark', 'light'] as const)('accessibility of every slide in the %s design', (variant) => {
  const session = useDeck(distOf('stalingrad'))

  it('has no serious or critical axe violations, contrast included', async () => {
    const { page, server } = session()
    const found: string[] = []
    for (let no = 1; no <= total; no++) {
      await page.goto(`${server.url}/${no}?clicks=999&variant=${variant}`, { waitUntil: 'load' })
      await page.waitForSelector(`.slidev-page-${no} .slidev-layout`)
      await page.evaluate(() => document.fonts.ready)
      const results = await new AxeBuilder({ page }).include(`.slidev-page-${no}`).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
      for (const v of results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical'))
        found.push(`slide ${no}: ${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')}`)
    }
    expect(found).toEqual([])
  })
})
