// Parses a commemorative article (plain text as in the seed, or Markdown) into a typed model.
// Pure: takes bytes or a string, never touches the file system.

import type { ImageMarker } from './article-text'
import type { DateMention, FigureMention } from './figures'
import { ArticleError, articleSource, isMarkdown, toParagraphs } from './article-text'
import { findDates, findFigures } from './figures'
import { countWords, normalizeSpace, splitSentences } from './text'

export { ArticleError }
export type { ImageMarker }

export interface QuoteSegment {
  kind: 'text' | 'elision' | 'stage'
  text: string
}

export interface QuoteMarks {
  open: string
  close: string
}

export interface Attribution {
  speaker?: string
  /** When it was said, as written: "November 1943". */
  when?: string
  /** Where or at what it was said: "the celebration of the 26th anniversary of the Great October Revolution". */
  occasion?: string
  /** The sentence the attribution was read from. */
  sentence?: string
}

export interface Quotation {
  id: string
  /** The quotation's paragraphs exactly as in the article, quotation marks included. */
  paragraphs: string[]
  /** Each paragraph without its opening and closing quotation marks, split into text, elisions and stage directions. */
  segments: QuoteSegment[][]
  /** Each paragraph's own opening and closing marks, as the article writes them ("" where it has none). */
  marks: QuoteMarks[]
  attribution: Attribution
  /** Index in Article.blocks of the block that holds it. */
  blockIndex: number
  /** A quotation inside a paragraph ("“We will win,” she said.") rather than one set apart. */
  inline: boolean
  words: number
}

export type Block =
  | { kind: 'heading', level: number, text: string }
  | { kind: 'paragraph', text: string, sentences: string[], introducesQuotation?: boolean }
  | { kind: 'quotation', quotation: Quotation }
  | { kind: 'caption', text: string, image?: ImageMarker }
  | { kind: 'credit', text: string }
  | { kind: 'image', image: ImageMarker }

export interface Located<T> {
  mention: T
  /** The sentence the mention belongs to, exactly as in the article. */
  sentence: string
  blockIndex: number
  /** Set when the mention is inside a quotation. */
  quotationId?: string
}

export interface Article {
  format: 'text' | 'markdown'
  dateLine?: string
  date?: DateMention
  title: string
  subtitle?: string
  blocks: Block[]
  quotations: Quotation[]
  figures: Located<FigureMention>[]
  dates: Located<DateMention>[]
  /** Every piece of text a reader sees, in order: the header lines and each block's text. */
  texts: string[]
}

const OPEN_QUOTES = /^["“„«]/
const CLOSE_QUOTES = /["”»]$/
const ELISION = /\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\)/g
const STAGE_DIRECTION = /\((?:[^()]*\b(?:applause|laughter|cheers?|cheering|ovation|shouts?|stir|rise|rises|standing)\b[^()]*)\)/gi
const CREDIT = /^\(?(?:photos?|credits?|images?|pictures?|source)\b|\b(?:archives?|courtesy|colou?ri[sz]ed|©)\b/i
const SPEECH_VERBS = 'said|says|wrote|writes|declared|declares|assessed|stated|states|told|remarked|noted|observed|explained|proclaimed|announced|added|recalled|affirmed|emphasi[sz]ed|pointed out|summed up|put it|concluded|warned|insisted|reminded|replied|answered|addressed|described|spoke|wrote of|testified'
const NAME = `[A-Z][\\p{L}’'.-]+(?:\\s+(?:(?:de|da|van|von|der|bin|al|ibn|la|le)\\s+)?[A-Z][\\p{L}’'.-]+){0,4}`
// "Joseph Stalin assessed", "Thomas Reid, the harbour master, said", "Thomas Reid, later described".
const NAME_BEFORE_VERB = new RegExp(`(${NAME})(?:,[^,]{1,60},|,)?\\s+(?:\\p{Ll}+\\s+)?(?:${SPEECH_VERBS})\\b`, 'gu')
const VERB_BEFORE_NAME = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:the\\s+\\p{Ll}+\\s+)?(${NAME})`, 'gu')
const WORDS_OF = new RegExp(`\\b(?:words of|according to|as)\\s+(${NAME})(?:\\s+(?:put it|said|wrote))?`, 'gu')
const OCCASION = /\b(?:at|during|on the occasion of|in (?:his|her|their) (?:speech|address|report|message|letter|article) (?:to|at|on))\s+((?:the|a|an)\s+[^,:;.]+)/i
/** Words that start a sentence but are not names ("Speaking", "Today") when a name is matched at a sentence start. */
const NOT_NAMES = new Set(['Speaking', 'Writing', 'Today', 'Then', 'In', 'On', 'At', 'As', 'He', 'She', 'They', 'It', 'This', 'That', 'The', 'We', 'Later', 'And', 'But'])

function isDateLine(text: string): boolean {
  const dates = findDates(text)
  return dates.length === 1 && normalizeSpace(text.replace(dates[0].text, '')).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '') === ''
}

function looksLikeHeadline(text: string): boolean {
  return countWords(text) > 0 && countWords(text) <= 30 && !/[.:;,]$/.test(text)
}

export function quoteMarks(paragraph: string): QuoteMarks {
  return { open: OPEN_QUOTES.exec(paragraph)?.[0] ?? '', close: CLOSE_QUOTES.exec(paragraph)?.[0] ?? '' }
}

export function segmentQuotation(paragraph: string): QuoteSegment[] {
  const inner = paragraph.replace(OPEN_QUOTES, '').replace(CLOSE_QUOTES, '')
  const specials: { kind: 'elision' | 'stage', index: number, text: string }[] = [
    ...[...inner.matchAll(ELISION)].map(m => ({ kind: 'elision' as const, index: m.index, text: m[0] })),
    ...[...inner.matchAll(STAGE_DIRECTION)].map(m => ({ kind: 'stage' as const, index: m.index, text: m[0] })),
  ].sort((a, b) => a.index - b.index)
  const segments: QuoteSegment[] = []
  let at = 0
  for (const special of specials) {
    if (special.index < at)
      continue
    const before = inner.slice(at, special.index).trim()
    if (before)
      segments.push({ kind: 'text', text: before })
    segments.push({ kind: special.kind, text: special.text })
    at = special.index + special.text.length
  }
  const rest = inner.slice(at).trim()
  if (rest)
    segments.push({ kind: 'text', text: rest })
  return segments
}

function firstName(pattern: RegExp, text: string): string | undefined {
  for (const m of text.matchAll(pattern)) {
    const name = m[1].replace(/[.,]$/, '')
    const words = name.split(/\s+/)
    while (words.length > 0 && NOT_NAMES.has(words[0]))
      words.shift()
    if (words.length > 0)
      return words.join(' ')
  }
  return undefined
}

/** Reads who said it, when and where from the sentence that introduces a quotation. */
export function readAttribution(sentence: string): Attribution {
  const outsideQuotes = sentence.replace(/“[^”]*”|"[^"]*"/g, ' … ')
  const speaker = firstName(NAME_BEFORE_VERB, outsideQuotes) ?? firstName(VERB_BEFORE_NAME, outsideQuotes) ?? firstName(WORDS_OF, outsideQuotes)
  const when = findDates(outsideQuotes)[0]?.text
  const occasion = OCCASION.exec(outsideQuotes)?.[1]?.trim()
  return { speaker, when, occasion: occasion && occasion !== when ? occasion : undefined, sentence }
}

function inlineQuotations(text: string, blockIndex: number, id: () => string): Quotation[] {
  const found: Quotation[] = []
  for (const m of text.matchAll(/“([^”]+)”|"([^"]+)"/g)) {
    const inner = m[1] ?? m[2]
    if (countWords(inner) < 6)
      continue
    const sentences = splitSentences(text)
    const own = sentences.find(s => s.includes(inner.slice(0, 40))) ?? text
    let attribution = readAttribution(own)
    if (!attribution.speaker) {
      const before = sentences[sentences.indexOf(own) - 1]
      if (before)
        attribution = { ...readAttribution(before), sentence: before }
      if (!attribution.speaker)
        attribution = { ...readAttribution(text), sentence: own }
    }
    found.push({ id: id(), paragraphs: [m[0]], segments: [segmentQuotation(m[0])], marks: [quoteMarks(m[0])], attribution, blockIndex, inline: true, words: countWords(inner) })
  }
  return found
}

/**
 * Parses an article. `name` is used in error messages (usually the file name).
 * Throws ArticleError with a one-line message for input that is not an article.
 */
export function parseArticle(input: Uint8Array | string, options: { name?: string, markdown?: boolean } = {}): Article {
  const name = options.name ?? 'The article'
  const source = articleSource(input, name)
  const markdown = options.markdown ?? isMarkdown(source)
  const paragraphs = toParagraphs(source, markdown)

  // The header: an optional date line, the title, an optional subtitle, in the first few paragraphs.
  let cursor = 0
  let dateLine: string | undefined
  let title: string | undefined
  let subtitle: string | undefined
  const takeDateLine = () => {
    const p = paragraphs[cursor]
    if (!dateLine && p && !p.image && isDateLine(p.text)) {
      dateLine = p.text
      cursor++
    }
  }
  takeDateLine()
  const titleCandidate = paragraphs[cursor]
  if (titleCandidate && !titleCandidate.image && !titleCandidate.blockquote && (titleCandidate.heading === 1 || (!titleCandidate.heading && looksLikeHeadline(titleCandidate.text)) || (titleCandidate.heading && !markdown))) {
    title = titleCandidate.text
    cursor++
  }
  else if (titleCandidate?.heading) {
    title = titleCandidate.text
    cursor++
  }
  if (!title)
    throw new ArticleError(`${name} has no title: its first line (after an optional date line) must be a short headline, not a sentence.`)
  takeDateLine()
  const subtitleCandidate = paragraphs[cursor]
  if (subtitleCandidate && !subtitleCandidate.image && !subtitleCandidate.blockquote && (subtitleCandidate.heading === 2 || (!subtitleCandidate.heading && looksLikeHeadline(subtitleCandidate.text) && !OPEN_QUOTES.test(subtitleCandidate.text)))) {
    subtitle = subtitleCandidate.text
    cursor++
  }
  takeDateLine()

  const body = paragraphs.slice(cursor)
  if (!body.some(p => p.text && !p.heading))
    throw new ArticleError(`${name} has a title but no paragraphs: there is nothing to present.`)
  const hasImages = body.some(p => p.image)

  const blocks: Block[] = []
  const quotations: Quotation[] = []
  let quotationCount = 0
  const nextId = () => `q${++quotationCount}`
  for (let i = 0; i < body.length; i++) {
    const p = body[i]
    if (p.image) {
      blocks.push({ kind: 'image', image: p.image })
      continue
    }
    if (p.heading) {
      blocks.push({ kind: 'heading', level: p.heading, text: p.text })
      continue
    }
    const opensQuotation = OPEN_QUOTES.test(p.text) && (CLOSE_QUOTES.test(p.text) ? countMarks(p.text) <= 2 : !/[”"]/.test(p.text.slice(1)))
    if (p.blockquote || opensQuotation) {
      // A quotation over several paragraphs: each opens with “ and only the last closes with ”.
      const run = [p.text]
      while (!p.blockquote && !CLOSE_QUOTES.test(run.at(-1)!) && OPEN_QUOTES.test(body[i + 1]?.text ?? '') && !body[i + 1]?.image) {
        run.push(body[++i].text)
      }
      while (p.blockquote && body[i + 1]?.blockquote)
        run.push(body[++i].text)
      const previous = blocks.at(-1)
      const introduces = previous?.kind === 'paragraph' && /:$/.test(previous.text)
      const introSentence = introduces ? previous.sentences.at(-1)! : undefined
      let attribution: Attribution = introSentence ? readAttribution(introSentence) : {}
      // "He said:" names nobody: the speaker, date and occasion are then read from the whole paragraph.
      if (introduces && introSentence && !attribution.speaker) {
        const fromParagraph = readAttribution(previous.text)
        attribution = { speaker: fromParagraph.speaker, when: attribution.when ?? fromParagraph.when, occasion: attribution.occasion ?? fromParagraph.occasion, sentence: previous.text }
      }
      // An attribution line after the quotation: "— Fidel Castro, 1961".
      const after = body[i + 1]
      if (!attribution.speaker && after && /^[—–-]\s*\S/.test(after.text)) {
        attribution = readAttribution(`${after.text.replace(/^[—–-]\s*/, '')} said`)
        attribution.sentence = after.text
      }
      if (introduces && previous?.kind === 'paragraph')
        previous.introducesQuotation = true
      const quotation: Quotation = {
        id: nextId(),
        paragraphs: run,
        segments: run.map(segmentQuotation),
        marks: run.map(quoteMarks),
        attribution,
        blockIndex: blocks.length,
        inline: false,
        words: countWords(run.join(' ')),
      }
      quotations.push(quotation)
      blocks.push({ kind: 'quotation', quotation })
      continue
    }
    if (CREDIT.test(p.text) && countWords(p.text) <= 25 && (hasImages || /^\(.*\)$/.test(p.text))) {
      blocks.push({ kind: 'credit', text: p.text })
      continue
    }
    const previous = body[i - 1]
    // A caption follows its image in Markdown; in plain text (as in the seed) captions are short lines
    // and the image markers come together at the end.
    const isCaption = markdown
      ? Boolean(previous?.image) && countWords(p.text) <= 30
      : (hasImages && countWords(p.text) <= 20 && !/:$/.test(p.text)) || (Boolean(previous?.image) && countWords(p.text) <= 30)
    if (isCaption) {
      blocks.push({ kind: 'caption', text: p.text, image: previous?.image })
      continue
    }
    const block: Block = { kind: 'paragraph', text: p.text, sentences: splitSentences(p.text) }
    quotations.push(...inlineQuotations(p.text, blocks.length, nextId))
    blocks.push(block)
  }

  // Captions that stand apart from their images (as in the seed) take the image markers in order.
  const looseImages = blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image')
  const looseCaptions = blocks.filter((b): b is Extract<Block, { kind: 'caption' }> => b.kind === 'caption' && !b.image)
  looseCaptions.forEach((caption, n) => {
    caption.image = looseImages[n]?.image
  })

  const article: Article = {
    format: markdown ? 'markdown' : 'text',
    dateLine,
    date: dateLine ? findDates(dateLine)[0] : undefined,
    title,
    subtitle,
    blocks,
    quotations,
    figures: [],
    dates: [],
    texts: [dateLine, title, subtitle, ...blocks.map(blockText)].filter((t): t is string => Boolean(t)),
  }
  locateMentions(article)
  return article
}

function countMarks(text: string): number {
  return (text.match(/[“”"]/g) ?? []).length
}

/** The text a block shows, or an empty string for an image marker. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'quotation': return block.quotation.paragraphs.join('\n')
    case 'image': return ''
    default: return block.text
  }
}

function locateMentions(article: Article): void {
  article.blocks.forEach((block, blockIndex) => {
    const paragraphs = block.kind === 'quotation' ? block.quotation.paragraphs : block.kind === 'paragraph' ? [block.text] : []
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph)) {
        const quotationId = block.kind === 'quotation'
          ? block.quotation.id
          : article.quotations.find(q => q.inline && q.blockIndex === blockIndex && q.paragraphs[0].includes(sentence.slice(0, 30)))?.id
        for (const mention of findFigures(sentence))
          article.figures.push({ mention, sentence, blockIndex, quotationId })
        for (const mention of findDates(sentence))
          article.dates.push({ mention, sentence, blockIndex, quotationId })
      }
    }
  })
}

/** What a deck credits: the article itself, the speeches it quotes, and its photo credit lines. */
export function sourcesAndCredits(article: Article): { sources: string[], credits: string[] } {
  const sources = [`${article.title}${article.dateLine ? `, ${article.dateLine}` : ''}`]
  for (const q of article.quotations.filter(q => !q.inline && q.attribution.speaker))
    sources.push([q.attribution.speaker, q.attribution.occasion, q.attribution.when].filter(Boolean).join(', '))
  const credits = article.blocks.filter((b): b is Extract<Block, { kind: 'credit' }> => b.kind === 'credit').map(b => b.text)
  return { sources: [...new Set(sources)], credits }
}

/** Every sentence of the article, for checks that no text is lost. */
export function articleSentences(article: Article): string[] {
  return article.texts.flatMap(text => text.split('\n')).flatMap(splitSentences)
}
