import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ArticleError, parseArticle } from '../../scripts/lib/article'

const seed = readFileSync(new URL('../../content/article.txt', import.meta.url))

describe('parseArticle on the Stalingrad article', () => {
  const article = parseArticle(seed)

  it('reads the date line, title and subtitle', () => {
    expect(article.dateLine).toBe('February 2, 2025')
    expect(article.date?.iso).toBe('2025-02-02')
    expect(article.title).toBe('82nd Anniversary of Victory at Stalingrad')
    expect(article.subtitle).toBe('Victory of the Red Army and Soviet People in Stalingrad Destroys the Myth of Nazi Invincibility')
  })

  it('reads the three-paragraph quotation with its speaker, date and occasion', () => {
    const quotation = article.quotations.find(q => !q.inline)!
    expect(quotation.paragraphs).toHaveLength(3)
    expect(quotation.paragraphs[0].startsWith('“The battle of Stalingrad ended')).toBe(true)
    expect(quotation.paragraphs[2].endsWith('(Loud and prolonged applause.)”')).toBe(true)
    expect(quotation.attribution).toMatchObject({
      speaker: 'Joseph Stalin',
      when: 'November 1943',
      occasion: 'the celebration of the 26th anniversary of the Great October Revolution',
    })
  })

  it('marks the elision and the stage directions', () => {
    const quotation = article.quotations[0]
    expect(quotation.segments[0].at(-1)).toEqual({ kind: 'elision', text: '[…]' })
    expect(quotation.segments[1].at(-1)).toEqual({ kind: 'stage', text: '(Loud and prolonged applause.)' })
    expect(quotation.segments[2].at(-1)).toEqual({ kind: 'stage', text: '(Loud and prolonged applause.)' })
  })

  it('finds the key figures in the sentences they belong to', () => {
    const inQuotation = article.figures.filter(f => f.quotationId).map(f => f.mention.text)
    expect(inQuotation).toEqual(['300,000', 'one-third', '147,200', '46,700'])
    const dead = article.figures.find(f => f.mention.text === '46,700')!
    expect(dead.mention.value).toBe(46_700)
    expect(dead.sentence).toContain('bodies of killed Soviet officers and men were found and buried')
    expect(article.figures.find(f => f.mention.text === 'one-third')!.mention.value).toBeCloseTo(1 / 3)
  })

  it('finds the dates of the battle', () => {
    expect(article.dates.map(d => d.mention.text)).toEqual(['February 2, 1943', 'August 23, 1942', 'May 1945', 'November 1943'])
  })

  it('reads the captions, the credit line and the image markers', () => {
    const captions = article.blocks.filter(b => b.kind === 'caption').map(b => (b as { text: string }).text)
    expect(captions).toEqual(['Red Army troops celebrate victory at Stalingrad.', 'Soviet Red Army troops at Stalingrad. Far left: famed Soviet sniper Vasily Zaitsev.'])
    expect(article.blocks.find(b => b.kind === 'credit')).toMatchObject({ text: '(TML Archives. Colourized photos: Klimbim.)' })
    expect(article.blocks.filter(b => b.kind === 'image')).toHaveLength(2)
  })
})

describe('parseArticle on other shapes', () => {
  it('reads a Markdown article: headings, block quotes and an image with its caption', () => {
    const article = parseArticle(readFileSync(new URL('../fixtures/articles/several-speakers.md', import.meta.url)), { markdown: true })
    expect(article.title).toBe('Remembering the Miners of Eastvale')
    expect(article.dateLine).toBe('November 12, 2024')
    expect(article.subtitle).toBe('Fifty Years Since the Eastvale Pit Disaster')
    expect(article.quotations.map(q => q.attribution.speaker)).toEqual(['Thomas Reed', 'Margaret Hale'])
    expect(article.blocks.find(b => b.kind === 'caption')).toMatchObject({ text: 'Miners at the Eastvale pithead, 1973.', image: { src: 'photos/pithead.jpg' } })
  })

  it('finds the speaker when the introducing sentence says only "He said:"', () => {
    const article = parseArticle([
      'A Title',
      'The harbour master, Thomas Reid, later described the rescue at a meeting of the town council in December 1952. He said:',
      '“Nobody asked whose turn it was. Every boat that could float went out.”',
    ].join('\n'))
    expect(article.quotations[0].attribution).toMatchObject({ speaker: 'Thomas Reid', role: 'The harbour master', when: 'December 1952', occasion: 'a meeting of the town council' })
  })

  it('reads figures written out in words', () => {
    const article = parseArticle(readFileSync(new URL('../fixtures/articles/figures-in-words.txt', import.meta.url)))
    const figures = Object.fromEntries(article.figures.map(f => [f.mention.text, f.mention.value]))
    expect(figures['three thousand five hundred']).toBe(3500)
    expect(figures['Twenty-seven million']).toBe(27_000_000)
    expect(figures['two-thirds']).toBeCloseTo(2 / 3)
  })

  it('reads a short quotation inside a paragraph with its speaker', () => {
    const article = parseArticle(readFileSync(new URL('../fixtures/articles/short-speech.txt', import.meta.url)))
    expect(article.quotations).toHaveLength(1)
    expect(article.quotations[0]).toMatchObject({ inline: true, attribution: { speaker: 'Elena Marsh', occasion: 'the memorial gathering in the square' } })
  })
})

describe('parseArticle on bad input', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /is empty/],
    ['white space only', new TextEncoder().encode(' \n\n '), /is empty/],
    ['binary', new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]), /binary/],
    ['not UTF-8', new Uint8Array([0x54, 0x69, 0x74, 0x6C, 0x65, 0x0A, 0xE9, 0x74, 0xE9]), /not valid UTF-8/],
    ['no title', new TextEncoder().encode('This article starts with a sentence, not a headline, and goes on for a while without any title at all.\nAnother paragraph.'), /has no headline: .* Give the deck a title with --title/],
    ['a title only', new TextEncoder().encode('A Title\n'), /no paragraphs/],
  ]
  it.each(cases)('%s input gets a clear one-line error', (_, bytes, message) => {
    let error: unknown
    try {
      parseArticle(bytes, { name: 'article.txt' })
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ArticleError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toMatch(/^article\.txt /)
    expect((error as Error).message).not.toContain('\n')
  })
})
