// npm run rehearse -- [--wpm 130] [--json] [--entry slides.md]
// How long each slide's notes take to say, against its budget and the deck's duration.

import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { clock, DEFAULT_WPM, WPM_RANGE } from '../composables/timing'
import { runCli, UsageError } from './lib/cli'
import { readDeck } from './lib/deck'
import { KIT_ROOT } from './lib/paths'
import { rehearse } from './lib/rehearsal'

await runCli('rehearse', async () => {
  const { values } = parseArgs({
    options: {
      wpm: { type: 'string' },
      json: { type: 'boolean', default: false },
      entry: { type: 'string', default: resolve(KIT_ROOT, 'slides.md') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log('Usage: npm run rehearse -- [--wpm 130] [--json] [--entry slides.md]\n\nExits with 1 when a slide\'s notes do not fit its budget or the budgets do not add up to the duration.')
    return
  }
  const deck = await readDeck(resolve(values.entry))
  const wpm = values.wpm === undefined ? (deck.wpm ?? DEFAULT_WPM) : Number(values.wpm)
  if (!(wpm >= WPM_RANGE.min && wpm <= WPM_RANGE.max))
    throw new UsageError(`--wpm is a speaking rate in words per minute, between ${WPM_RANGE.min} and ${WPM_RANGE.max}, not "${values.wpm}".`)
  const report = rehearse(deck, wpm)
  if (values.json) {
    console.log(JSON.stringify(report, null, 2))
  }
  else {
    const titleWidth = Math.min(34, Math.max(5, ...report.rows.map(r => r.title.length)))
    const cut = (t: string) => t.length > titleWidth ? `${t.slice(0, titleWidth - 1)}…` : t
    console.log(`${report.title}: rehearsal at ${wpm} words a minute${report.duration ? `, ${clock(report.duration)} in all` : ''}\n`)
    console.log(`${'#'.padStart(3)}  ${'Title'.padEnd(titleWidth)}  ${'Words'.padStart(5)}  ${'Speak'.padStart(6)}  ${'Budget'.padStart(6)}  ${'By'.padStart(6)}`)
    for (const r of report.rows)
      console.log(`${String(r.no).padStart(3)}  ${cut(r.title).padEnd(titleWidth)}  ${String(r.words).padStart(5)}  ${clock(r.estimate).padStart(6)}  ${(r.budget === undefined ? '-' : clock(r.budget)).padStart(6)}  ${clock(r.runningTotal).padStart(6)}${r.tooLong ? '  ⚠ too long for its budget' : ''}`)
    console.log(`\nspeaking ${clock(report.totalEstimate)} of ${clock(report.totalBudget)} budgeted${report.duration ? `; the deck's duration is ${clock(report.duration)}` : ''}.`)
    console.log(report.problems.length === 0 ? 'Every slide fits its budget, and the budgets add up to the duration.' : report.problems.map(p => `⚠ ${p}`).join('\n'))
  }
  if (report.problems.length > 0)
    process.exitCode = 1
})
