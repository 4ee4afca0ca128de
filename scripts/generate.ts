// npm run generate -- <article> [--plan <plan.yaml>] [--out slides.md]
// Turns an article into a Slidev deck that uses this kit's components.

import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { runCli, shownPath, UsageError } from './lib/cli'
import { writeFileAtomic } from './lib/files'
import { generate } from './lib/generate'
import { isLanguageTag } from './lib/generate/language'
import { formatReview, reviewOf } from './lib/generate/review'
import { KIT_ROOT } from './lib/paths'

const USAGE = `Usage: npm run generate -- <article.txt|article.md> [--plan content/plan.yaml] [--out slides.md]

  <article>        the article, plain text (as content/article.txt) or Markdown, in English,
                   French, Russian, German or Spanish
  --plan FILE      editorial choices: highlighted quotation, figures, photos, duration (YAML)
  --out FILE       where to write the deck (default: slides.md in the kit's root)
  --title TEXT     the deck's title, for an article without a headline (plan key: title)
  --subtitle TEXT  its subtitle (plan key: subtitle)
  --date DATE      the occasion's date, for an article without a date line: 2025-05-09 (plan key: date)
  --lang TAG       the article's language, when the detection is wrong: en, fr, ru, de, es (plan key: lang)
  --json           print the review report as JSON (for tools; run with npm run -s)
  --check          do not write; exit 1 if --out differs from what would be generated`

await runCli('generate', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      out: { type: 'string', default: resolve(KIT_ROOT, 'slides.md') },
      check: { type: 'boolean', default: false },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      date: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  if (positionals.length !== 1)
    throw new UsageError(`give exactly one article file.\n${USAGE}`)
  const articlePath = resolve(positionals[0])
  if (!existsSync(articlePath))
    throw new UsageError(`no such article file: ${positionals[0]}`)
  const out = resolve(values.out)
  const outDir = dirname(out)
  // A deck outside the kit's root loads the kit as a Slidev addon; "@/" is Slidev's "relative to the deck's folder".
  const addonPath = resolve(outDir) === KIT_ROOT ? undefined : `@/${relative(outDir, KIT_ROOT).split(sep).join('/')}`
  const planPath = values.plan ? resolve(values.plan) : undefined
  if (planPath && !existsSync(planPath))
    throw new UsageError(`no such plan file: ${values.plan}`)

  if (values.lang !== undefined && !isLanguageTag(values.lang))
    throw new UsageError(`--lang is a language tag such as en, fr or ru, not "${values.lang}".`)
  const articleName = relative(KIT_ROOT, articlePath).startsWith('..') ? articlePath : relative(KIT_ROOT, articlePath)
  const { article, deck, markdown } = generate({
    article: new Uint8Array(await readFile(articlePath)),
    articleName,
    overrides: { title: values.title, subtitle: values.subtitle, date: values.date, lang: values.lang },
    plan: planPath ? await readFile(planPath, 'utf8') : undefined,
    planName: planPath ? (relative(KIT_ROOT, planPath).startsWith('..') ? planPath : relative(KIT_ROOT, planPath)) : undefined,
    addonPath,
    articlePath: relative(outDir, articlePath).split(sep).join('/'),
    planPath: planPath && relative(outDir, planPath).split(sep).join('/'),
  })

  const review = reviewOf(article, deck, articleName)
  if (values.json)
    console.log(JSON.stringify(review, null, 2))
  if (values.check) {
    const current = existsSync(out) ? await readFile(out, 'utf8') : ''
    if (current !== markdown) {
      console.error(`generate: ${shownPath(out)} is not the generator's output for this article and plan. Run npm run generate.`)
      process.exitCode = 1
      return
    }
    console.log(`${shownPath(out)} is up to date (${deck.slides.length} slides).`)
    return
  }
  await mkdir(outDir, { recursive: true })
  await writeFileAtomic(out, markdown)
  if (!values.json)
    console.log(`${formatReview(review)}\n`)
  console[values.json ? 'error' : 'log'](`Wrote ${shownPath(out)}: ${deck.slides.length} slides, ${deck.duration} min at ${deck.wpm} words per minute.`)
})
