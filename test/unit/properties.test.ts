// Property-based tests: articles composed at random (test/property/articles.ts) never crash the
// generator, never lose a sentence, never show a text the article does not have, and never
// produce a slide that runs code. `npm run fuzz -- --runs 20000` runs the same property longer.
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { articles, checkArticle } from '../property/articles'

/** Enough cases to find what a fixture misses, few enough for CI (a few seconds here). */
const RUNS = 1000

describe('articles composed at random', () => {
  it(`generate a faithful, complete, inert deck (${RUNS} articles)`, () => {
    fc.assert(fc.property(articles, (article) => {
      checkArticle(article)
    }), { numRuns: RUNS, seed: 9 })
  }, 120_000)
})
