// npm run fuzz -- [--runs 20000] [--seed N]
// The property of test/unit/properties.test.ts over many more random articles (a new seed each
// run unless one is given); prints the smallest failing article when one is found.
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { articles, checkArticle } from './articles'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string' } } })
const runs = Number(values.runs)
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: --runs and --seed are whole numbers.')
  process.exit(2)
}
const started = performance.now()
const details = fc.check(fc.property(articles, (article) => {
  checkArticle(article)
}), { numRuns: runs, seed })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (details.failed) {
  console.error(`fuzz: failed after ${details.numRuns} articles (seed ${seed}, ${seconds} s).`)
  console.error(`the article:\n${(details.counterexample?.[0] as { text: string } | undefined)?.text}`)
  console.error(String(details.errorInstance))
  process.exit(1)
}
console.log(`fuzz: ${runs} random articles, every deck faithful, complete and inert (seed ${seed}, ${seconds} s).`)
