// A Vite plugin that tells the deck which photos are in public/photos, so the Photo component can show
// a designed placeholder for a missing file instead of requesting it and logging a 404.

import type { Plugin } from 'vite'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

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

export function photoManifest(options: { publicDir?: string } = {}): Plugin {
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
      if (id === RESOLVED_ID)
        return `export default ${JSON.stringify(listPhotos(publicDir))}`
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
