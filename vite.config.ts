import { defineConfig } from 'vite'
import { photoManifest } from './scripts/lib/vite-photos.ts'

// Slidev merges this into its own Vite config.
export default defineConfig({
  plugins: [photoManifest()],
})
