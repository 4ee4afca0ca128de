// The decks the browser tests open: the committed Stalingrad deck and two generated from fixtures.
import { join } from 'node:path'
import { KIT_ROOT } from '../../scripts/lib/paths'

export const TEST_ROOT = join(KIT_ROOT, '.tmp', 'browser-tests')

export const DECKS = {
  stalingrad: { article: 'content/article.txt', entry: join(KIT_ROOT, 'slides.md') },
  long: { article: 'test/fixtures/articles/long-article.txt', entry: join(TEST_ROOT, 'decks', 'long', 'slides.md') },
  hostile: { article: 'test/fixtures/articles/hostile.txt', entry: join(TEST_ROOT, 'decks', 'hostile', 'slides.md') },
} as const

export type DeckName = keyof typeof DECKS

export const distOf = (name: DeckName) => join(TEST_ROOT, 'dist', name)
