// Finds a Chromium without downloading one, and launches it the way this kit needs:
// CHROMIUM_PATH first, then the system's Chromium or Chrome, then Playwright's own browser if one
// was downloaded. Playwright is loaded only when needed: loading it costs most of a second.

import type { Browser, LaunchOptions } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'
import { isExecutable, onPath } from './executables'

const require = createRequire(import.meta.url)

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

export const HOW_TO_GET_ONE = 'Set CHROMIUM_PATH to a Chromium or Chrome executable, or install one: `sudo apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium` where downloads are allowed.'

export interface FoundBrowser {
  path: string
  /** Where it was found: shown in progress output so the user knows which browser ran. */
  via: 'CHROMIUM_PATH' | 'playwright' | 'system'
}

/** Finds a browser or throws BrowserNotFoundError with the fix. Never downloads anything. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, systemPaths: string[] = SYSTEM_PATHS, usePlaywright = true): FoundBrowser {
  const fromEnv = env.CHROMIUM_PATH
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new BrowserNotFoundError(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file. ${HOW_TO_GET_ONE}`)
    return { path: fromEnv, via: 'CHROMIUM_PATH' }
  }
  for (const path of systemPaths) {
    if (isExecutable(path))
      return { path, via: 'system' }
  }
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name, env)
    if (path)
      return { path, via: 'system' }
  }
  try {
    if (usePlaywright) {
      const bundled = (require('playwright-chromium') as typeof import('playwright-chromium')).chromium.executablePath()
      if (bundled && existsSync(bundled) && isExecutable(bundled))
        return { path: bundled, via: 'playwright' }
    }
  }
  catch {
    // Playwright throws when its browser was never downloaded.
  }
  throw new BrowserNotFoundError(`no Chromium or Chrome found. ${HOW_TO_GET_ONE}`)
}

/** Flags for a quiet, offline, headless browser: no phoning home, no sandbox when running as root. */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ]
  if (process.getuid?.() === 0)
    args.push('--no-sandbox')
  return args
}

/**
 * Keeps every request on this machine: Chromium sends whatever is not for localhost to a proxy
 * on a local port where nothing listens, so it fails at once. (Loopback always bypasses a proxy.)
 * Costs nothing per request, unlike Playwright's request routing.
 */
export const LOCAL_ONLY_ARGS = ['--proxy-server=http://127.0.0.1:9']

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const found = findChromium()
  const { chromium } = await import('playwright-chromium')
  // Our scripts handle Ctrl+C themselves (cleaning up half-made outputs, then closing the browser).
  return chromium.launch({ executablePath: found.path, args: chromiumArgs(), timeout: 30_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, ...options })
}
