import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, chromiumArgs, findChromium } from '../../scripts/lib/browser'

describe('findChromium', () => {
  it('names CHROMIUM_PATH when it points at nothing', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(BrowserNotFoundError)
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chromium/)
  })

  it('says how to get a browser when there is none, at once', () => {
    const started = Date.now()
    expect(() => findChromium({ PATH: '' }, [], false)).toThrow(/apt-get install chromium.*playwright install chromium/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('prefers CHROMIUM_PATH to anything else', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath, via: 'CHROMIUM_PATH' })
  })

  it('falls back to the system\'s Chromium, at a known place or on the PATH', () => {
    expect(findChromium({}, [process.execPath], false)).toEqual({ path: process.execPath, via: 'system' })
    const dir = mkdtempSync(join(tmpdir(), 'bin-'))
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n', { mode: 0o755 })
    expect(findChromium({ PATH: dir }, [], false)).toEqual({ path: join(dir, 'chromium'), via: 'system' })
  })

  it('launches quietly: no background networking, no component updates', () => {
    expect(chromiumArgs()).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update']))
  })
})
