// The review report: what the generator found and what it was unsure of, each doubt with the plan
// key that settles it; and the flags that give an article what it lacks.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { generate } from '../../scripts/lib/generate'
import { formatReview, reviewOf } from '../../scripts/lib/generate/review'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url)))
const run = (name: string, plan?: object) => generate({ article: fixture(name), articleName: name, plan: plan ? stringify(plan) : undefined })
const review = (name: string, plan?: object) => {
  const { article, deck } = run(name, plan)
  return reviewOf(article, deck, name)
}

/** A doubt's key, as the report writes it ('kinds: { "First words": caption }'), read back as a plan. */
function planFromKey(key: string): object {
  const m = /^(\w+): \{ "([^"]+)": (.+) \}$/.exec(key)
  if (!m)
    throw new Error(`not a key the plan can take: ${key}`)
  return { [m[1]]: { [m[2]]: m[3] } }
}

describe('the review report', () => {
  it('lists the title, date, language, quotations with their speakers and first words, figures, captions, credits and what it left out', () => {
    const text = formatReview(review('tml-weekly-issue.txt'))
    expect(text).toContain('Title      80th Anniversary of the Victory over Fascism in Europe')
    expect(text).toContain('Date       May 10, 2025 - No. 17  → 2025-05-10, issue No. 17')
    expect(text).toContain('Language   en (detected)')
    expect(text).toMatch(/q1 +Daniel Ortiz \[speech, 2 paragraphs\]: Dear friends, eighty years ago/)
    expect(text).toContain('27 million (on a slide)')
    expect(text).toContain('Captions   Veterans and their families at the Workers\' Hall, May 8, 2025. | Flowers before the portraits of the fallen.')
    expect(text).toContain('Credits    (TML)')
    expect(text).toContain('Left out   click to enlarge ×2 · Return to top ×2 · PREVIOUS ISSUES | HOME')
  })

  it('says when a quotation has no speaker, and the speakers: key it suggests gives it one', () => {
    const before = review('den-pobedy.txt', { kinds: {} })
    expect(before.doubts.some(d => /has no speaker/.test(d.message))).toBe(false)
    const blog = review('remembrance-blog.md')
    const doubt = blog.doubts.find(d => /epigraph/.test(d.message))!
    expect(doubt.key).toBe('kinds: { "Kindness is the only coin": quotation }')
    const shown = review('remembrance-blog.md', planFromKey(doubt.key))
    expect(shown.quotations[0]).toMatchObject({ kind: 'quotation', firstWords: expect.stringContaining('Kindness') })
    const noSpeaker = shown.doubts.find(d => /has no speaker/.test(d.message))!
    expect(noSpeaker.key).toBe('speakers: { "Kindness is the only coin": Name }')
    const named = review('remembrance-blog.md', { ...planFromKey(doubt.key), speakers: { 'Kindness is the only coin': 'Harriet Loomis' } })
    expect(named.quotations[0].speaker).toBe('Harriet Loomis')
    expect(named.doubts.some(d => /has no speaker/.test(d.message))).toBe(false)
  })

  it('says which paragraph may be a caption, and kinds: makes it one', () => {
    const article = [
      'June 6, 2024',
      'A Morning on the Beach',
      'The veterans walked down to the water one last time, past the rows of flags that the schoolchildren of the town had set out along the sea wall the evening before, and stood in silence for a long while.',
      'Veterans at the sea wall at dawn.',
      'Later the mayor thanked them on behalf of the town, and the band of the local school played the anthems of the nations whose soldiers had landed on these beaches eighty years before.',
    ].join('\n')
    const first = generate({ article, articleName: 'beach.txt' })
    const doubt = reviewOf(first.article, first.deck, 'beach.txt').doubts.find(d => /may be a photo caption/.test(d.message))!
    expect(doubt.message).toMatch(/paragraph 2 \("Veterans at the sea wall at dawn\."\)/)
    const settled = generate({ article, articleName: 'beach.txt', plan: stringify(planFromKey(doubt.key)) })
    expect(settled.deck.slides.find(s => s.kind === 'photo')).toMatchObject({ photo: { caption: 'Veterans at the sea wall at dawn.' } })
    expect(reviewOf(settled.article, settled.deck, 'beach.txt').doubts.some(d => /caption/.test(d.message))).toBe(false)
  })

  it('says where a speech without quotation marks is taken to end, and kinds: ends it earlier', () => {
    const doubt = review('tml-weekly-issue.txt').doubts.find(d => /speech of Daniel Ortiz/.test(d.message))!
    expect(doubt.key).toBe('kinds: { "We owe them more than": paragraph }')
    const shorter = review('tml-weekly-issue.txt', planFromKey(doubt.key))
    expect(shorter.quotations[0]).toMatchObject({ speaker: 'Daniel Ortiz', paragraphs: 1 })
  })

  it('asks for a title where a slide has only a label, and titles: gives one', () => {
    const doubt = review('volkstrauertag.txt').doubts.find(d => /has no title of its own/.test(d.message))!
    expect(doubt.message).toMatch(/titled "Aus dem Artikel"/)
    const id = /titles: \{ (\w+): … \}/.exec(doubt.key)![1]
    const { deck } = run('volkstrauertag.txt', { titles: { [id]: 'Heute' } })
    expect(deck.slides.find(s => s.id === id)!.title).toBe('Heute')
  })

  it('says when the article has no date line, which date: (or --date) gives', () => {
    const article = 'A Day of Remembrance\nThe veterans of the town gathered at the memorial for the eightieth anniversary of the liberation, and laid wreaths.'
    const first = generate({ article, articleName: 'a.txt' })
    expect(reviewOf(first.article, first.deck, 'a.txt').doubts.map(d => d.key)).toContain('date: (or --date)')
    const dated = generate({ article, articleName: 'a.txt', overrides: { date: '2025-05-09' } })
    expect(dated.article.date).toMatchObject({ iso: '2025-05-09' })
    expect(dated.markdown).toContain('<p class="date-line" data-given v-pre>2025-05-09</p>')
  })
})

describe('npm run generate: the flags and the report', () => {
  const exec = promisify(execFile)
  const cli = (...args: string[]) => exec(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args], { cwd: new URL('../..', import.meta.url) })
  const out = () => join(mkdtempSync(join(tmpdir(), 'deck-')), 'slides.md')

  it('refuses an article without a headline, naming --title, and takes one with it', async () => {
    const error = await cli('test/fixtures/articles/no-headline-bulletin.txt', '--out', out()).then(() => undefined, (e: { stderr: string }) => e)
    expect(error?.stderr).toMatch(/has no headline.*--title/)
    const target = out()
    const { stdout } = await cli('test/fixtures/articles/no-headline-bulletin.txt', '--title', 'Remembrance Day at the Cenotaph', '--out', target)
    expect(stdout).toContain('Title      Remembrance Day at the Cenotaph  (given)')
    expect(readFileSync(target, 'utf8')).toContain('<h1 data-given v-pre>Remembrance Day at the Cenotaph</h1>')
  })

  it('prints the review before it writes, and --json gives it to tools', async () => {
    const { stdout, stderr } = await cli('test/fixtures/articles/den-pobedy.txt', '--json', '--out', out())
    const report = JSON.parse(stdout) as { lang: string, title: string, quotations: { speaker?: string }[], doubts: unknown[] }
    expect(report).toMatchObject({ lang: 'ru', title: '80-летие Великой Победы' })
    expect(report.quotations.map(q => q.speaker)).toEqual(['Нина Соколова', 'Иван Петров', 'Ученица восьмого класса'])
    expect(stderr).toMatch(/Wrote .*slides\.md: \d+ slides/)
  })

  it('--lang overrides the detected language: its labels and its lang', async () => {
    const target = out()
    const { stdout } = await cli('test/fixtures/articles/short-speech.txt', '--lang', 'de', '--out', target)
    expect(stdout).toContain('Language   de (given)')
    const deck = readFileSync(target, 'utf8')
    expect(deck).toMatch(/^lang: de$/m)
    expect(deck).toContain('>Quellen und Nachweise</h1>')
  })

  it('refuses a --lang that is no language tag', async () => {
    const error = await cli('test/fixtures/articles/short-speech.txt', '--lang', 'french!', '--out', out()).then(() => undefined, (e: { stderr: string }) => e)
    expect(error?.stderr).toMatch(/--lang is a language tag such as en, fr or ru/)
  })
})
