// The committed Stalingrad deck: generated, faithful to the article, complete as a speaking script.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { decodeEntities, shownTexts, unfaithfulTexts } from '../../scripts/lib/fidelity'
import { daysBetween } from '../../scripts/lib/generate/dates'
import { generate } from '../../scripts/lib/generate'
import { missingSentences } from '../../scripts/lib/generate/plan'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const articleText = read('content/article.txt')
const slidesMd = read('slides.md')

/** Slide front matter blocks of a generated deck, in order. */
function frontmatters(markdown: string): Record<string, unknown>[] {
  return [...markdown.matchAll(/^---\n([\s\S]*?)\n---\n/gm)].map(m => parse(m[1]) as Record<string, unknown>)
}

describe('the committed slides.md', () => {
  const result = generate({ article: new Uint8Array(readFileSync(new URL('../../content/article.txt', import.meta.url))), articleName: 'content/article.txt', articlePath: 'content/article.txt', planPath: 'content/plan.yaml', plan: read('content/plan.yaml'), planName: 'content/plan.yaml' })

  it('is exactly what the generator makes of content/article.txt and content/plan.yaml', () => {
    // On failure: run `npm run generate`, and make changes in the generator or the plan, not in slides.md.
    expect(slidesMd).toBe(result.markdown)
  })

  it('has 14 to 22 slides, each with a title, a time budget and notes', () => {
    const slides = frontmatters(slidesMd)
    expect(slides.length).toBeGreaterThanOrEqual(14)
    expect(slides.length).toBeLessThanOrEqual(22)
    for (const slide of slides) {
      expect(slide.title).toBeTruthy()
      expect(slide.budget).toBeGreaterThan(0)
    }
    const notes = [...slidesMd.matchAll(/<!--\n([\s\S]*?)\n-->/g)].map(m => m[1].trim())
    expect(notes).toHaveLength(slides.length)
    expect(notes.every(n => n.length > 0)).toBe(true)
  })

  it('sets a total duration and a countdown timer that the slide budgets add up to', () => {
    const [head, ...rest] = frontmatters(slidesMd)
    expect(head.timer).toBe('countdown')
    const minutes = Number.parseInt(String(head.duration), 10)
    const total = [head, ...rest].reduce((sum, s) => sum + Number(s.budget), 0)
    expect(total).toBe(minutes * 60)
  })

  it('carries every sentence of the article in its notes', () => {
    expect(missingSentences(result.article, result.deck)).toEqual([])
  })

  it('marks a [click] in the notes for every item a slide reveals', () => {
    for (const slide of result.deck.slides) {
      const clicks = slide.notes.filter(n => 'click' in n).length
      const items = slide.kind === 'timeline' ? slide.events.length : slide.kind === 'figures' ? slide.figures.length : 0
      expect(clicks, slide.id).toBe(items)
    }
  })
})

describe('fidelity: what the slides show is in the article word for word', () => {
  it('finds every quotation, caption, credit, figure and statement in the article', () => {
    expect(unfaithfulTexts(slidesMd, articleText)).toEqual([])
  })

  it('shows all three paragraphs of the quotation, the elision and both stage directions', () => {
    const quotation = shownTexts(slidesMd).filter(s => s.kind === 'quotation').map(s => s.text).join(' ')
    for (const paragraph of articleText.split('\n').filter(line => line.startsWith('“')))
      expect(quotation).toContain(paragraph.slice(0, 60))
    expect(quotation).toContain('[…]')
    expect(quotation.match(/\(Loud and prolonged applause\.\)/g)).toHaveLength(2)
  })

  it('shows the photo captions, the credit and the key figures', () => {
    const shown = shownTexts(slidesMd).map(s => s.text)
    expect(shown).toContain('Red Army troops celebrate victory at Stalingrad.')
    expect(shown).toContain('Soviet Red Army troops at Stalingrad. Far left: famed Soviet sniper Vasily Zaitsev.')
    expect(shown).toContain('(TML Archives. Colourized photos: Klimbim.)')
    for (const figure of ['300,000', 'one-third', '147,200', '46,700'])
      expect(shown).toContain(figure)
  })

  it('fails when a single word of a quotation is changed', () => {
    const altered = slidesMd.replace('the Germans were unable to recover', 'the Germans were unable to regroup')
    expect(altered).not.toBe(slidesMd)
    expect(unfaithfulTexts(altered, articleText).map(s => s.kind)).toEqual(['quotation'])
  })

  it('fails when straight quotes replace the article\'s typographic ones', () => {
    const altered = slidesMd.replace('peoples’ favour', 'peoples\' favour')
    expect(unfaithfulTexts(altered, articleText)).toHaveLength(1)
  })

  it('computes the derived figures from the dates instead of typing them', () => {
    const derived = [...slidesMd.matchAll(/<KeyFigure [^>]*derived[^>]*\/>/g)].map(m => decodeEntities(m[0]))
    expect(derived).toHaveLength(2)
    expect(derived[0]).toContain(`figure="${daysBetween('1942-08-23', '1943-02-02')}"`)
    expect(derived[0]).toContain('figure="163"')
    expect(derived[1]).toContain(`figure="${2025 - 1943}"`)
  })
})
