// Every real-shaped fixture against the table of what an editor expects of it (expected.ts), and
// the checks every generated deck must pass: faithful, nothing lost, titles that are never a cut
// sentence, labels in the deck's language, no web chrome.
import type { Expected } from '../fixtures/articles/expected'
import type { GenerateResult } from '../../scripts/lib/generate'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { unfaithfulTexts } from '../../scripts/lib/fidelity'
import { generate } from '../../scripts/lib/generate'
import { articleSentences } from '../../scripts/lib/generate/parse'
import { missingSentences } from '../../scripts/lib/generate/plan'
import { countWords } from '../../scripts/lib/text'
import { labelsFor, LABELS } from '../../scripts/lib/labels'
import { EXPECTED } from '../fixtures/articles/expected'

const read = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url)))
const run = (name: string, flags: Expected['flags'] = {}): GenerateResult => generate({ article: read(name), articleName: name, overrides: flags })

/** What the slides show, without the notes. */
const slidesOnly = (markdown: string) => markdown.replace(/<!--[\s\S]*?-->/g, '')

/** The labels of a language that are plain text (not functions). */
const textLabels = (lang: string) => Object.values(labelsFor(lang)).filter((v): v is string => typeof v === 'string')

/** The titles a slide may have: a heading, a short sentence whole, a date, a speaker and date, a label. */
function allowedTitles(result: GenerateResult): Set<string> {
  const { article } = result
  const allowed = new Set<string>([article.title, ...textLabels(article.lang)])
  for (const block of article.blocks) {
    if (block.kind === 'heading')
      allowed.add(block.text)
  }
  for (const sentence of articleSentences(article)) {
    if (countWords(sentence) <= 8)
      allowed.add(sentence.replace(/[.:;,]+$/, ''))
  }
  for (const date of article.dates)
    allowed.add(date.mention.text)
  for (const q of article.quotations) {
    const line = [q.attribution.speaker, q.attribution.when].filter(Boolean).join(', ')
    allowed.add(line.charAt(0).toUpperCase() + line.slice(1))
  }
  return allowed
}

describe.each(Object.entries(EXPECTED))('%s', (name, expected) => {
  const result = run(name, expected.flags)
  const { article, deck, markdown } = result
  const shown = slidesOnly(markdown)

  if (expected.refusedWithout) {
    it('is refused without the flags, naming the flag to use', () => {
      expect(() => run(name)).toThrow(expected.refusedWithout!)
    })
  }

  it('reads the header: title, subtitle, author, date line, date, issue, language', () => {
    expect(article.title).toBe(expected.title)
    expect(article.subtitle).toBe(expected.subtitle)
    expect(article.byline).toBe(expected.byline)
    expect(article.dateLine).toBe(expected.dateLine)
    expect(article.date?.iso).toBe(expected.date)
    expect(article.issue).toBe(expected.issue)
    expect(article.lang).toBe(expected.lang)
    expect(article.speechBy).toBe(expected.speechBy)
  })

  it('finds each quotation with its speaker', () => {
    const found = article.quotations.map((q) => {
      const kind = q.epigraph ? 'epigraph' : q.inline ? 'inline' : q.verse ? 'verse' : q.speech ? 'speech' : 'quotation'
      return {
        speaker: q.attribution.speaker,
        ...(expected.quotations.find(e => q.paragraphs[0].startsWith(e.starts))?.role ? { role: q.attribution.role } : {}),
        ...(expected.quotations.find(e => q.paragraphs[0].startsWith(e.starts))?.when ? { when: q.attribution.when } : {}),
        starts: expected.quotations.find(e => q.paragraphs[0].startsWith(e.starts))?.starts ?? q.paragraphs[0].slice(0, 40),
        kind,
        ...(expected.quotations.find(e => q.paragraphs[0].startsWith(e.starts))?.lines ? { lines: q.verse ? q.paragraphs.join('\n').split('\n').length : q.paragraphs.length } : {}),
      }
    })
    expect(found).toEqual(expected.quotations)
  })

  it('puts the article\'s figures on the key-figure cards, verbatim, each with a whole clause', () => {
    const cards = deck.slides.flatMap(s => (s.kind === 'figures' ? s.figures : []))
    expect(cards.filter(c => !c.derived).map(c => c.figure)).toEqual(expected.figures)
    expect(cards.filter(c => c.derived).map(c => c.figure)).toEqual(expected.derived ?? [])
    for (const card of cards.filter(c => !c.derived)) {
      const sentence = article.figures.find(f => f.mention.text === card.figure)!.sentence
      expect(sentence).toContain(card.context)
      // A clause never ends inside a number ("On D-Day 14" of "On D-Day 14,000").
      expect(sentence.slice(sentence.indexOf(card.context) + card.context.length)).not.toMatch(/^[,.]\d/)
    }
  })

  it('reads the captions, credits and sources, and leaves web chrome out', () => {
    expect(article.blocks.filter(b => b.kind === 'caption').map(b => (b as { text: string }).text)).toEqual(expected.captions)
    expect(deck.credits).toEqual(expected.credits)
    for (const source of expected.sources ?? [])
      expect(deck.sources).toContain(source)
    expect(article.leftOut.map(l => l.text)).toEqual(expected.leftOut)
    for (const chrome of expected.leftOut)
      expect(markdown, chrome).not.toContain(chrome)
    for (const text of expected.notShown ?? [])
      expect(shown, text).not.toContain(text)
  })

  if (expected.closing) {
    it('closes on the article\'s last words, not on a quotation of the day or a signature', () => {
      expect(deck.slides.find(s => s.kind === 'closing')).toMatchObject({ text: expected.closing })
    })
  }

  it('is faithful, loses no sentence, and titles no slide with a cut sentence', () => {
    expect(unfaithfulTexts(markdown, article.texts.join('\n'))).toEqual([])
    expect(missingSentences(article, deck)).toEqual([])
    const allowed = allowedTitles(result)
    for (const slide of deck.slides)
      expect(allowed.has(slide.title) || (slide.kind === 'cover' && slide.title === expected.title), `slide ${slide.id}: "${slide.title}"`).toBe(true)
  })

  it('speaks the article\'s language: the deck\'s lang, and every label from its table', () => {
    const head = parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]) as { lang: string, htmlAttrs: { lang: string } }
    expect(head.lang).toBe(expected.lang)
    expect(head.htmlAttrs.lang).toBe(expected.lang)
    if (expected.lang !== 'en') {
      expect(LABELS[expected.lang], `a label table for ${expected.lang}`).toBeDefined()
      const englishOnly = textLabels('en').filter(label => !textLabels(expected.lang).includes(label) && label.length > 3)
      for (const label of englishOnly)
        expect(shown, `English label "${label}"`).not.toContain(`>${label}<`)
      for (const label of englishOnly)
        expect(shown, `English label "${label}"`).not.toContain(`"${label}"`)
    }
  })
})
