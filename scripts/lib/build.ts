// Builds a deck with Slidev's own CLI into a folder, so tests, exports and the venue build share one way.

import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { KIT_ROOT } from './paths'

const require = createRequire(import.meta.url)

/** The slidev executable of this kit, run with the current Node. */
export function slidevBin(): string {
  return join(dirname(require.resolve('@slidev/cli/package.json', { paths: [KIT_ROOT] })), 'bin/slidev.mjs')
}

export interface BuildOptions {
  entry?: string
  out: string
  base?: string
  /** Shown on failure: Slidev's output, which names the slide and the error. */
  quiet?: boolean
}

export async function buildDeck(options: BuildOptions): Promise<void> {
  const args = [slidevBin(), 'build', options.entry ?? join(KIT_ROOT, 'slides.md'), '--out', options.out]
  if (options.base)
    args.push('--base', options.base)
  const child = spawn(process.execPath, args, { cwd: KIT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const code = await new Promise<number | null>(done => child.on('close', done))
  if (code !== 0)
    throw new Error(`slidev build failed for ${options.entry ?? 'slides.md'} (exit ${code}):\n${output.slice(-4000)}`)
}
