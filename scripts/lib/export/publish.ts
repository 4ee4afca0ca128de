// Where the outputs go: a staging folder beside them while they are made, then one move into place,
// so that a reader of the output folder sees all the old outputs or all the new ones.

import { existsSync } from 'node:fs'
import { access, constants, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { removeLeftovers } from '../files'
import { ExportError } from './options'

/** Work folders in the output folder, named with the export's process id (see removeLeftovers). */
const STAGING_PREFIX = '.export-staging-'
const PREVIOUS_PREFIX = '.export-previous-'

/** Makes the output folder if need be and checks that files can be written in it. */
export async function ensureWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
    const probe = join(dir, `.write-test-${process.pid}`)
    await writeFile(probe, '')
    await rm(probe)
  }
  catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ExportError(code === 'EEXIST' || code === 'ENOTDIR'
      ? `cannot write to --out ${dir}: it, or a folder above it, is a file. Choose a folder.`
      : `cannot write to --out ${dir}: ${code ?? (error as Error).message}. Choose a folder you can write to.`)
  }
}

/** Removes what exports killed outright left in the output folder. */
export function removeStagingLeftovers(out: string): Promise<unknown> {
  return Promise.all([removeLeftovers(out, STAGING_PREFIX), removeLeftovers(out, PREVIOUS_PREFIX)])
}

/** A new staging folder inside the output folder (the same file system, so moves are renames). */
export function makeStaging(out: string): Promise<string> {
  return mkdtemp(join(out, `${STAGING_PREFIX}${process.pid}-`))
}

/**
 * Moves the finished outputs from staging into the output folder. Older outputs are moved aside
 * first and put back if any move fails, so the folder holds either all old or all new outputs.
 * A name may be a folder (png) or a file inside one (png/05-....png, after a --range export:
 * then only the chosen slides' images replace theirs, and the others stay).
 */
export async function publish(staging: string, out: string, names: string[]): Promise<void> {
  const asideDir = await mkdtemp(join(out, `${PREVIOUS_PREFIX}${process.pid}-`))
  const moved: string[] = []
  const aside: string[] = []
  try {
    for (const name of names) {
      await mkdir(dirname(join(asideDir, name)), { recursive: true })
      await mkdir(dirname(join(out, name)), { recursive: true })
      if (existsSync(join(out, name))) {
        await rename(join(out, name), join(asideDir, name))
        aside.push(name)
      }
      await rename(join(staging, name), join(out, name))
      moved.push(name)
    }
  }
  catch (error) {
    for (const name of moved)
      await rm(join(out, name), { recursive: true, force: true })
    for (const name of aside)
      await rename(join(asideDir, name), join(out, name))
    await rm(asideDir, { recursive: true, force: true })
    throw error
  }
  await rm(asideDir, { recursive: true, force: true })
}
