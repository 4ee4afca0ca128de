import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { photoManifest } from './scripts/lib/vite-photos.ts'

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Components mount in happy-dom; the photo manifest lists test/fixtures/public/photos.
        plugins: [vue(), photoManifest({ publicDir: 'test/fixtures/public' })],
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        // Real Chromium over the built deck; the build happens once, in the global setup.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/build-decks.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
