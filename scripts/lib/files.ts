// Writing outputs safely: a file or folder appears complete or not at all.

import { readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Writes a file next to its destination, then renames it into place (atomic on one file system). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the folders `<prefix><pid>-...` in `dir` whose process has ended: what an export killed
 * outright (SIGKILL, a power cut) could not clean up. Folders of running exports are left alone.
 */
export async function removeLeftovers(dir: string, prefix: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.map(async (name) => {
    const pid = name.startsWith(prefix) ? Number.parseInt(name.slice(prefix.length), 10) : Number.NaN
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      await rm(join(dir, name), { recursive: true, force: true }).catch(() => {})
  }))
}
