// The export's own Chromium line (scripts/lib/cdp.ts): starting, pages, errors, and that nothing
// reaches a host other than localhost.
import type { AddressInfo } from 'node:net'
import type { Chromium } from '../../scripts/lib/export/cdp'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumArgs, findChromium, LOCAL_ONLY_ARGS } from '../../scripts/lib/browser'
import { ChromiumError, startChromium } from '../../scripts/lib/export/cdp'

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
      const pages: Record<string, string> = {
        '/throws': '<script>throw new Error("a bug in the deck")</script>',
        '/alerts': '<script>alert("hello")</script><p>after the alert</p>',
        '/hangs': '<script>addEventListener("load", () => setTimeout(() => { for (;;); }, 50))</script>',
      }
      response.end(pages[request.url ?? ''] ?? '<p>local</p>')
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

  it('dismisses alert() instead of waiting for someone to click it', async () => {
    await chromium.page.goto(`http://127.0.0.1:${local.port}/alerts`, 10_000)
    expect(await chromium.page.evaluate(() => document.body.textContent)).toBe('after the alert')
  })

  it('does not wait forever on a page that stops answering', async () => {
    const impatient = await startChromium(findChromium().path, [...chromiumArgs(), ...LOCAL_ONLY_ARGS], { timeout: 5000 })
    try {
      await impatient.page.goto(`http://127.0.0.1:${local.port}/hangs`, 10_000)
      await new Promise(resolve => setTimeout(resolve, 200))
      await expect(impatient.page.evaluate(() => 1)).rejects.toThrow(/Runtime.evaluate got no answer from Chromium within 5 s/)
    }
    finally {
      await impatient.close()
    }
  })

  it('gives up on a page that never loads, saying which', async () => {
    await expect(chromium.page.goto(`http://127.0.0.1:${local.port}/never`, 1000)).rejects.toThrow(/\/never did not finish loading within 1 s/)
  })

  // Skipped only on a machine with no network address besides loopback, where nothing could leak.
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

  it('does not hang on a wrapper script that never starts Chromium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-chromium-'))
    // Without exec: the shell's child keeps the pipes open unless its whole group is ended.
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\nsleep 1000\n', { mode: 0o755 })
    const started = Date.now()
    await expect(startChromium(join(dir, 'chromium'), [], { timeout: 2000 })).rejects.toThrow(/did not start within 2 s\. Is it a Chromium or Chrome\?/)
    expect(Date.now() - started).toBeLessThan(8000)
  })

  it('ends Chromium and removes its profile on close', async () => {
    const second = await startChromium(findChromium().path, chromiumArgs())
    expect(existsSync(second.profile)).toBe(true)
    await second.close()
    await expect(second.page.evaluate(() => 1)).rejects.toThrow(/stopped/)
    expect(existsSync(second.profile)).toBe(false)
  })
})
