// The generator on articles of other shapes, on hostile text, and through its command line.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { unfaithfulTexts } from '../../scripts/lib/fidelity'
import { generate } from '../../scripts/lib/generate'
import { missingSentences, PlanError } from '../../scripts/lib/generate/plan'

const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url)
const run = (name: string, plan?: string) => generate({ article: new Uint8Array(readFileSync(fixture(name))), articleName: name, plan })

describe.each([
  ['short-speech.txt', [['Elena Marsh', undefined]], []],
  ['several-speakers.md', [['Thomas Reed', 'November 1974'], ['Margaret Hale', undefined]], []],
  ['figures-in-words.txt', [['Anna Volkova', undefined]], ['three thousand five hundred', 'two-thirds', 'Twenty-seven million']],
  ['long-article.txt', [['Leonid Govorov', 'January 1944']], ['872', '125', '500,000']],
  ['hard-wrapped.txt', [['Li Wen', undefined]], []],
])('generate %s', (name, speakers, figures) => {
  const { article, deck, markdown } = run(name)
  const source = article.texts.join('\n')

  it('finds the quotations with the right speakers', () => {
    expect(article.quotations.map(q => [q.attribution.speaker, q.attribution.when])).toEqual(speakers)
  })

  it('puts the large figures on cards, each labelled with words from its sentence', () => {
    const cards = deck.slides.flatMap(s => (s.kind === 'figures' ? s.figures.filter(f => !f.derived) : []))
    expect(cards.map(c => c.figure)).toEqual(figures)
    for (const card of cards)
      expect(article.figures.find(f => f.mention.text === card.figure)!.sentence).toContain(card.context)
  })

  it('loses no sentence: each is in a slide\'s notes', () => {
    expect(missingSentences(article, deck)).toEqual([])
  })

  it('passes the fidelity check', () => {
    expect(unfaithfulTexts(markdown, source)).toEqual([])
  })

  it('starts with the cover and ends with sources and credits', () => {
    expect(deck.slides[0].kind).toBe('cover')
    expect(deck.slides.at(-1)!.kind).toBe('credits')
  })
})

describe('hostile text renders as itself', () => {
  const { deck, markdown } = run('hostile.txt')
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/gm, '')

  it('leaves no Vue interpolation, tag or Slidev syntax from the article live in slides.md', () => {
    // Article braces, angle brackets and dollar signs only ever appear as entities or escaped in notes.
    expect(body).not.toMatch(/\{\{/)
    expect(body).not.toMatch(/<script/i)
    expect(body).not.toMatch(/<v-click>/)
    expect(body).not.toMatch(/<img src=x/)
    // The article's "---" lines and "layout:" lines did not become slide separators or front matter.
    expect(markdown.match(/^---$/gm)).toHaveLength(deck.slides.length * 2)
    const layouts = [...markdown.matchAll(/^---\n([\s\S]*?)\n---$/gm)].map(m => /^layout: (.*)$/m.exec(m[1])?.[1])
    expect(layouts).not.toContain('iframe')
    expect(layouts).toHaveLength(deck.slides.length)
  })

  it('keeps the notes inside one comment per slide', () => {
    const comments = markdown.match(/<!--/g)!.length
    expect(comments).toBe(deck.slides.length)
    expect(markdown.match(/-->/g)).toHaveLength(deck.slides.length)
  })
})

describe('the plan file', () => {
  const seed = new Uint8Array(readFileSync(new URL('../../content/article.txt', import.meta.url)))
  const withPlan = (plan: string) => () => generate({ article: seed, articleName: 'article.txt', plan })

  it('rejects a figure the article does not contain', () => {
    expect(withPlan('figures:\n  - figure: "300,001"\n')).toThrow(PlanError)
    expect(withPlan('figures:\n  - figure: "300,001"\n')).toThrow(/300,001/)
  })

  it('rejects a highlight that is not word for word in the article', () => {
    expect(withPlan('highlights:\n  "The victory shows": The battle revealed a new quality.\n')).toThrow(/not in the article word for word/)
  })

  it('drops and adds slides, keeping the dropped slide\'s text in the notes', () => {
    const { deck, article } = generate({ article: seed, articleName: 'article.txt', plan: 'drop: [figures]\nadd:\n  - { after: homage, id: silence, title: A minute of silence, seconds: 60 }\n' })
    expect(deck.slides.map(s => s.id)).not.toContain('figures')
    const silence = deck.slides.find(s => s.id === 'silence')!
    expect(silence.budget).toBe(60)
    expect(deck.slides[deck.slides.indexOf(silence) - 1].id).toBe('homage')
    expect(missingSentences(article, deck)).toEqual([])
  })

  it('scales the budgets to the chosen duration', () => {
    const { deck } = generate({ article: seed, articleName: 'article.txt', plan: 'duration: 25\n' })
    expect(deck.duration).toBe(25)
    expect(deck.slides.reduce((n, s) => n + s.budget, 0)).toBe(25 * 60)
  })
})

describe('a hard-wrapped article', () => {
  it('joins each paragraph\'s lines, and each quotation paragraph\'s, instead of a slide per line', () => {
    const { article } = run('hard-wrapped.txt')
    expect(article.blocks.map(b => b.kind)).toEqual(['paragraph', 'paragraph', 'quotation', 'paragraph'])
    expect(article.quotations[0].paragraphs).toHaveLength(2)
    expect(article.quotations[0].paragraphs[0]).toMatch(/^“No statistic can hold what was lost\. Whole villages vanished from the maps, .* who came after\.$/)
  })
})

describe('a plan file with mistakes', () => {
  const seed = new Uint8Array(readFileSync(new URL('../../content/article.txt', import.meta.url)))
  const withPlan = (plan: string) => () => generate({ article: seed, articleName: 'article.txt', plan, planName: 'plan.yaml' })
  it.each([
    ['an unknown option', 'durration: 10\n', /unknown option "durration"/],
    ['a duration that is not a number', 'duration: 14 min\n', /duration \(minutes\) must be a number/],
    ['a speaking rate of zero', 'wpm: 0\n', /wpm \(words per minute\) must be a number from 40 to 400/],
    ['drop given as one word', 'drop: figures\n', /drop must be a list/],
    ['an added slide without a title', 'add:\n  - { after: homage, id: silence }\n', /add\[0\]\.title must be text/],
    ['dropping the cover', 'drop: [cover]\n', /the cover cannot be dropped/],
    ['a photo fit that does not exist', 'photos:\n  - { caption: "Red Army troops celebrate victory at Stalingrad.", fit: stretch }\n', /fit is contain or cover/],
  ])('rejects %s with a message that names it', (_, plan, message) => {
    expect(withPlan(plan)).toThrow(PlanError)
    expect(withPlan(plan)).toThrow(message)
  })

  it('reads a number where the plan means text, such as a title of 1945', () => {
    const { deck } = generate({ article: seed, articleName: 'article.txt', plan: 'titles:\n  cover: 1945\n' })
    expect(deck.slides[0].title).toBe('1945')
  })
})

describe('npm run generate', () => {
  const exec = promisify(execFile)
  const cli = (...args: string[]) => exec(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', ...args], { cwd: new URL('../..', import.meta.url) })
  const fails = async (...args: string[]) => {
    try {
      await cli(...args)
    }
    catch (error) {
      return error as { code: number, stderr: string }
    }
    throw new Error('expected the command to fail')
  }

  it('writes a deck for an article into another folder, loading the kit as an addon', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'deck-')), 'slides.md')
    const { stdout } = await cli('test/fixtures/articles/short-speech.txt', '--out', out)
    expect(stdout).toMatch(/Wrote .*slides\.md: \d+ slides/)
    expect(readFileSync(out, 'utf8')).toMatch(/^addons:\n {2}- "@\/.*"$/m)
  })

  it.each([
    ['a missing file', ['no-such-article.txt'], /no such article file: no-such-article\.txt/],
    ['an empty file', ['EMPTY'], /is empty/],
    ['a binary file', ['test/fixtures/public/photos/present.png'], /binary|not valid UTF-8/],
  ])('fails on %s with a one-line message and exit code, leaving slides.md alone', async (_, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'))
    const out = join(dir, 'slides.md')
    writeFileSync(out, 'the previous deck')
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const error = await fails(...args.map(a => (a === 'EMPTY' ? empty : a)), '--out', out)
    expect(error.code).toBeGreaterThan(0)
    expect(error.stderr.trim()).toMatch(message)
    expect(error.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(out, 'utf8')).toBe('the previous deck')
  })

  it('leaves no temporary file behind after a failed run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'))
    await fails('test/fixtures/public/photos/present.png', '--out', join(dir, 'slides.md'))
    expect(existsSync(join(dir, 'slides.md'))).toBe(false)
  })
})

describe('a French deck', () => {
  const { markdown } = run('discours-11-novembre.txt')
  it('binds « » and the colon to their words with no-break spaces, as French typography does', () => {
    expect(markdown).toContain('<p class="statement-text" v-pre>Le 11 novembre 1918, à onze heures, les clairons sonnèrent le «\u00A0cessez-le-feu\u00A0» sur toute la ligne du front.</p>')
    expect(markdown).toMatch(/"text":"Dormez, mes compagnons,/)
    expect(markdown).toMatch(/^keywords: commémoration, /m)
  })
})
