import { defineConfig } from 'vite'
import { photoManifest } from './scripts/lib/vite-photos.ts'
import { SINGLE_FILE_ENV, singleFile } from './scripts/lib/vite-single-file.ts'

// Slidev merges this into its own Vite config.
export default defineConfig({
  plugins: [photoManifest({ inline: Boolean(process.env[SINGLE_FILE_ENV]) }), process.env[SINGLE_FILE_ENV] ? singleFile() : []],
  // Quiet builds: the bundler's plugin-timing report is for Slidev's developers, not ours.
  build: { rolldownOptions: { checks: { pluginTimings: false } } },
  define: {
    // Keep Slidev's print view (/print) in the static build: `npm run export` renders every
    // slide from it in one page load. (Slidev's own switch, `download: true`, would also make
    // `slidev build` export a PDF with a downloaded browser.)
    __SLIDEV_FEATURE_PRINT__: 'true',
  },
})
