// Writing outputs safely: a file or folder appears complete or not at all.

import { rename, rm, writeFile } from 'node:fs/promises'
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
