// The decks the browser tests open: the committed Stalingrad deck and four generated from fixtures
// (a long one, a hostile one, and a French and a Russian one, for their glyphs and labels).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDeckText } from '../../scripts/lib/deck'
import { KIT_ROOT } from '../../scripts/lib/paths'

export const TEST_ROOT = join(KIT_ROOT, '.tmp', 'browser-tests')

export const DECKS = {
  stalingrad: { article: 'content/article.txt', entry: join(KIT_ROOT, 'slides.md') },
  long: { article: 'test/fixtures/articles/long-article.txt', entry: join(TEST_ROOT, 'decks', 'long', 'slides.md') },
  hostile: { article: 'test/fixtures/articles/hostile.txt', entry: join(TEST_ROOT, 'decks', 'hostile', 'slides.md') },
  french: { article: 'test/fixtures/articles/discours-11-novembre.txt', entry: join(TEST_ROOT, 'decks', 'french', 'slides.md') },
  russian: { article: 'test/fixtures/articles/den-pobedy.txt', entry: join(TEST_ROOT, 'decks', 'russian', 'slides.md') },
} as const

export type DeckName = keyof typeof DECKS

export const distOf = (name: DeckName) => join(TEST_ROOT, 'dist', name)

/** How many slides a deck's slides.md has, read as Slidev reads it. */
export const slideCount = (name: DeckName) => readDeckText(readFileSync(DECKS[name].entry, 'utf8')).slides.length
