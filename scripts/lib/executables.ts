// Finding programs the kit runs but does not install: Chromium, MuPDF's mutool.

import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/** The first executable called `name` (`name.exe` on Windows) in the folders of PATH. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = process.platform === 'win32' && !name.endsWith('.exe') ? `${name}.exe` : name
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, file)
    if (dir && isExecutable(candidate))
      return candidate
  }
  return undefined
}
