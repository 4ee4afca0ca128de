// The venue file: the whole deck in one HTML file (scripts, styles, fonts, photos inside), for a
// hall's computer with no network and no server. vite-plugin-singlefile inlines what the build
// makes; it needs the build in one chunk, so Slidev's own chunk splitting is switched off here.

import type { PluginOption } from 'vite'

/** Set in the environment of `slidev build` to make the one-file build. */
export const SINGLE_FILE_ENV = 'COMMEMORATION_SINGLE_FILE'

/** Loaded only for that build: everything else that reads SINGLE_FILE_ENV need not load the plugin. */
export async function singleFile(): Promise<PluginOption[]> {
  const { viteSingleFile } = await import('vite-plugin-singlefile')
  return [
    {
      name: 'commemoration:one-chunk',
      enforce: 'post',
      config(config) {
        const output = config.build?.rollupOptions?.output
        for (const o of Array.isArray(output) ? output : output ? [output] : [])
          delete o.manualChunks
      },
    },
    viteSingleFile({ removeViteModuleLoader: true }),
  ]
}
