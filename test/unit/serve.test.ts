import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../scripts/lib/serve'

describe('serveStatic', () => {
  const root = mkdtempSync(join(tmpdir(), 'dist-'))
  writeFileSync(join(root, 'index.html'), '<div id="app"></div>')
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(tmpdir(), 'outside-the-deck.txt'), 'secret')
  let server: Awaited<ReturnType<typeof serveStatic>>
  beforeAll(async () => {
    server = await serveStatic(root, { port: 0 })
  })
  afterAll(() => server.close())

  it('serves files with their type, and the app for routes such as /presenter/3', async () => {
    const script = await fetch(`${server.url}/assets/app.js`)
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect(await (await fetch(`${server.url}/presenter/3`)).text()).toBe('<div id="app"></div>')
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404)
  })

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400)
    expect((await fetch(`${server.url}/`)).status).toBe(200)
  })

  it('never serves a file outside the deck', async () => {
    const response = await fetch(`${server.url}/..%2Foutside-the-deck.txt`)
    expect(await response.text()).not.toBe('secret')
  })

  it('serves pages and images put in memory, such as the export\'s print pages', async () => {
    server.put('/__export/strip.jpg', Buffer.from([0xFF, 0xD8, 0xFF]))
    const response = await fetch(`${server.url}/__export/strip.jpg`)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xFF, 0xD8, 0xFF])
  })

  it('tells how long it has been quiet since its last answer', async () => {
    await (await fetch(`${server.url}/`)).text()
    await new Promise(resolve => setTimeout(resolve, 120))
    expect(server.idleFor()).toBeGreaterThanOrEqual(100)
    await (await fetch(`${server.url}/assets/app.js`)).text()
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(server.idleFor()).toBeGreaterThan(0)
    expect(server.idleFor()).toBeLessThan(100)
  })

  it('takes a free port by itself, so two servers never collide', async () => {
    const second = await serveStatic(root)
    expect(second.port).not.toBe(server.port)
    await second.close()
  })
})
