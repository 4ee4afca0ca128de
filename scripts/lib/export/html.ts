// The one-file deck: the export's build is a single index.html with scripts, styles, fonts and
// photos inside and Slidev's hash router, so a copy of it presents the deck when double-clicked,
// from a USB stick, with no network and no file beside it. Always the whole deck (--range does
// not apply): a presenter may need any slide.

import type { Step } from './session'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cachedBuild } from '../build'

export function oneFileHtml(): Step[] {
  return [{
    label: round => round.source.buildDir ? 'one-file HTML' : 'one-file HTML (building it)',
    run: async (round) => {
      // Served from the export's build, the deck is that file; from a dev server (--watch), it is built.
      const dir = round.source.buildDir ?? (await cachedBuild(round.options.entry, { singleFile: true, notes: true })).dir
      const file = `${round.name}.html`
      await copyFile(join(dir, 'index.html'), round.staging(file))
      round.output(file, { slides: round.deck.slides.length })
    },
  }]
}
