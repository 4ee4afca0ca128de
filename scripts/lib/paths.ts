import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The kit's root folder (where slides.md, components/ and package.json live). */
export const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
