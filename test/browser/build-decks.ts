// Vitest global setup: generate the fixture decks and build every deck once for all browser tests.
import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { buildDeck } from '../../scripts/lib/build'
import { writeFileAtomic } from '../../scripts/lib/files'
import { generate } from '../../scripts/lib/generate'
import { KIT_ROOT } from '../../scripts/lib/paths'
import { DECKS, distOf, TEST_ROOT } from './decks'

export default async function setup(): Promise<void> {
  await rm(TEST_ROOT, { recursive: true, force: true })
  for (const [name, deck] of Object.entries(DECKS) as [keyof typeof DECKS, (typeof DECKS)[keyof typeof DECKS]][]) {
    if (name !== 'stalingrad') {
      const { markdown } = generate({
        article: new Uint8Array(await readFile(join(KIT_ROOT, deck.article))),
        articleName: deck.article,
        addonPath: `@/${relative(dirname(deck.entry), KIT_ROOT)}`,
        articlePath: relative(dirname(deck.entry), join(KIT_ROOT, deck.article)),
      })
      await mkdir(dirname(deck.entry), { recursive: true })
      await writeFileAtomic(deck.entry, markdown)
    }
    await buildDeck({ entry: deck.entry, out: distOf(name) })
  }
}
