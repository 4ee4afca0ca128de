// A Vite plugin that tells the deck which photos are in public/photos, so the Photo component can show
// a designed placeholder for a missing file instead of requesting it and logging a 404. For the
// one-file deck it also hands over each photo as a data URL, since nothing beside that file exists.

import type { Plugin } from 'vite'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'

export const PHOTO_MANIFEST_ID = 'virtual:photo-manifest'
const RESOLVED_ID = `\0${PHOTO_MANIFEST_ID}`
const IMAGE = /\.(?:jpe?g|png|webp|avif|gif)$/i

function listPhotos(publicDir: string): string[] {
  const root = join(publicDir, 'photos')
  if (!existsSync(root))
    return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter(file => IMAGE.test(file))
    .map(file => relative(publicDir, join(root, file)).split('\\').join('/'))
    .sort()
}

const MEDIA_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif' }

function dataUrl(file: string): string {
  return `data:${MEDIA_TYPES[extname(file).toLowerCase()]};base64,${readFileSync(file).toString('base64')}`
}

export function photoManifest(options: { publicDir?: string, inline?: boolean } = {}): Plugin {
  let publicDir = options.publicDir ?? resolve('public')
  return {
    name: 'commemoration:photo-manifest',
    configResolved(config) {
      if (!options.publicDir && config.publicDir)
        publicDir = config.publicDir
    },
    resolveId(id) {
      return id === PHOTO_MANIFEST_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID)
        return
      const photos = listPhotos(publicDir)
      const inlined = options.inline ? Object.fromEntries(photos.map(photo => [photo, dataUrl(join(publicDir, photo))])) : {}
      return `export default ${JSON.stringify(photos)}\nexport const inlined = ${JSON.stringify(inlined)}`
    },
    configureServer(server) {
      // Dropping a photo into public/photos while presenting from `npm run dev` shows it without a restart.
      server.watcher.add(join(publicDir, 'photos'))
      const refresh = (file: string) => {
        if (!file.startsWith(join(publicDir, 'photos')))
          return
        const module = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (module)
          server.reloadModule(module)
      }
      server.watcher.on('add', refresh)
      server.watcher.on('unlink', refresh)
    },
  }
}
