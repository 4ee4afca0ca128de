// The one-file deck: the export's build is a single index.html with scripts, styles, fonts and
// photos inside and Slidev's hash router, so a copy of it presents the deck when double-clicked,
// from a USB stick, with no network and no file beside it. Always the whole deck (--range does
// not apply): a presenter may need any slide.

import type { Step } from './session'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'

export function oneFileHtml(): Step[] {
  return [{
    label: 'one-file HTML',
    run: async (session) => {
      const file = `${session.name}.html`
      await copyFile(join(session.buildDir, 'index.html'), session.staging(file))
      session.output(file, { slides: session.deck.slides.length })
    },
  }]
}
