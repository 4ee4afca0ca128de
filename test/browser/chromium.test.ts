// The export's own Chromium line (scripts/lib/cdp.ts): starting, pages, errors, and that nothing
// reaches a host other than localhost.
import type { AddressInfo } from 'node:net'
import type { Chromium } from '../../scripts/lib/cdp'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, findChromium, LOCAL_ONLY_ARGS } from '../../scripts/lib/browser'
import { ChromiumError, startChromium } from '../../scripts/lib/cdp'

async function listen(handler: Parameters<typeof createServer>[1], host: string) {
  const server = createServer(handler)
  await new Promise<void>(done => server.listen(0, host, () => done()))
  return { server, port: (server.address() as AddressInfo).port }
}

describe('startChromium', () => {
  let chromium: Chromium
  const seen: string[] = []
  let local: Awaited<ReturnType<typeof listen>>
  let elsewhere: Awaited<ReturnType<typeof listen>>
  // This machine's own address on its network: a host other than localhost that would answer.
  const address = Object.values(networkInterfaces()).flat().find(a => a?.family === 'IPv4' && !a.internal)?.address

  beforeAll(async () => {
    local = await listen((request, response) => {
      if (request.url === '/never')
        return
      response.setHeader('content-type', 'text/html')
      response.end(request.url === '/throws' ? '<script>throw new Error("a bug in the deck")</script>' : '<p>local</p>')
    }, '127.0.0.1')
    elsewhere = await listen((request, response) => {
      seen.push(request.url ?? '')
      response.setHeader('access-control-allow-origin', '*')
      response.end('answered')
    }, '0.0.0.0')
    chromium = await startChromium(findChromium().path, [...chromiumArgs(), ...LOCAL_ONLY_ARGS])
  })
  afterAll(async () => {
    await chromium?.close()
    local.server.close()
    elsewhere.server.close()
  })

  it('opens a 960 x 540 page that prefers reduced motion', async () => {
    await chromium.page.goto(`http://127.0.0.1:${local.port}/`, 10_000)
    expect(await chromium.page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio, matchMedia('(prefers-reduced-motion: reduce)').matches, document.body.textContent]))
      .toEqual([960, 540, 1, true, 'local'])
  })

  it('reports what the page throws, and errors of evaluated code', async () => {
    await chromium.page.goto(`http://127.0.0.1:${local.port}/throws`, 10_000)
    expect(chromium.page.pageErrors.join('\n')).toContain('a bug in the deck')
    await expect(chromium.page.evaluate(() => {
      throw new Error('wrong selector')
    })).rejects.toThrow(/in the page: Error: wrong selector/)
  })

  it('gives up on a page that never loads, saying which', async () => {
    await expect(chromium.page.goto(`http://127.0.0.1:${local.port}/never`, 1000)).rejects.toThrow(/\/never did not finish loading within 1 s/)
  })

  it.runIf(address)('asks no host but localhost: a request elsewhere never arrives', async () => {
    await chromium.page.goto(`http://127.0.0.1:${local.port}/`, 10_000)
    const result = await chromium.page.evaluate(url => fetch(url).then(r => r.text(), () => 'blocked'), `http://${address}:${elsewhere.port}/probe`)
    expect(result).toBe('blocked')
    expect(seen).toEqual([])
    // The same request from this process does arrive: the server is there to be reached.
    expect(await (await fetch(`http://${address}:${elsewhere.port}/control`)).text()).toBe('answered')
    expect(seen).toEqual(['/control'])
  })

  it('fails at once, with a reason, for a program that is not Chromium', async () => {
    const started = Date.now()
    await expect(startChromium('/bin/true', [])).rejects.toThrow(ChromiumError)
    await expect(startChromium('/nonexistent/chromium', [])).rejects.toThrow(/could not be started/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('ends Chromium and removes its profile on close', async () => {
    const second = await startChromium(findChromium().path, chromiumArgs())
    expect(existsSync(second.profile)).toBe(true)
    await second.close()
    await expect(second.page.evaluate(() => 1)).rejects.toThrow(/stopped/)
    expect(existsSync(second.profile)).toBe(false)
  })
})
