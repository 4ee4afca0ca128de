// Parses a commemorative article (plain text or Markdown, in any language the kit reads) into
// the article model. Pure: bytes or a string in, the model out. The pipeline is a list of named
// steps; each recogniser lives in its own module.

import type { RawParagraph } from '../../article-text'
import type { Article, Block, Doubt } from '../model'
import type { BlockKind } from '../plan-file'
import type { HeaderOverrides } from './header'
import { ArticleError, articleSource, isMarkdown, toParagraphsAndChrome } from '../../article-text'
import { countWords } from '../../text'
import { detectLanguage } from '../language'
import { LEXICONS } from '../lexicon'
import { splitSentences } from '../sentences'
import { readBody } from './body'
import { readHeader } from './header'
import { keyWords, namedBy } from './keys'
import { locateMentions } from './mentions'
import { isSalutation, isSpeechLabel } from './speech'

export interface ParseOptions extends HeaderOverrides {
  /** Used in error messages (usually the file name). */
  name?: string
  markdown?: boolean
  /** BCP 47 tag; detected from the text when not given. */
  lang?: string
  /** What a paragraph is, by its first words, where the parser would guess otherwise. */
  kinds?: Record<string, BlockKind>
  /** Who said a quotation, by its first words, where the article does not say or the parser cannot tell. */
  speakers?: Record<string, string>
}

/**
 * Parses an article. Throws ArticleError with a one-line message for input that is not an
 * article, or that has no headline and none is given.
 */
export function parseArticle(input: Uint8Array | string, options: ParseOptions = {}): Article {
  const name = options.name ?? 'The article'
  const source = articleSource(input, name)
  const markdown = options.markdown ?? isMarkdown(source)
  const { paragraphs, chrome } = toParagraphsAndChrome(source, markdown)
  const language = detectLanguage(paragraphs.map(p => p.text).join('\n'), options.lang)
  const header = readHeader(paragraphs, language.lang, markdown, options, name)
  const body = [...header.preamble, ...paragraphs.slice(header.length)]
  if (!body.some(p => p.text && !p.heading))
    throw new ArticleError(`${name} has a title but no paragraphs: there is nothing to present.`)

  const article: Article = {
    format: markdown ? 'markdown' : 'text',
    lang: language.lang,
    langFrom: language.from,
    dateLine: header.dateLine,
    issue: header.issue,
    date: header.date,
    title: header.title,
    subtitle: header.subtitle,
    byline: header.byline,
    given: header.given,
    speechBy: speechOfTheWholeArticle(header.subtitle, body, language.lang),
    blocks: [],
    quotations: [],
    figures: [],
    dates: [],
    texts: [],
    leftOut: chrome.map(text => ({ text, why: 'web chrome' })),
    doubts: [],
  }
  for (const step of STEPS)
    step(article, body, options)
  return article
}

type Step = (article: Article, body: RawParagraph[], options: ParseOptions) => void

/** The article is a speech when its subtitle or first line says so ("Discours de Monsieur le Maire") or it opens with an address. */
function speechOfTheWholeArticle(subtitle: string | undefined, body: RawParagraph[], lang: string): string | undefined {
  const label = [subtitle, body[0]?.text].filter((t): t is string => Boolean(t)).map(t => isSpeechLabel(t, lang)).find(Boolean)
  if (label)
    return label
  return body.slice(0, 3).some(p => isSalutation(p.text, lang)) ? '' : undefined
}

const readBlocks: Step = (article, body, options) => {
  readBody({
    body,
    lang: article.lang,
    markdown: article.format === 'markdown',
    hasImages: body.some(p => p.image),
    blocks: article.blocks,
    quotations: article.quotations,
    kinds: options.kinds ?? {},
    speakers: options.speakers ?? {},
    articleIsSpeech: article.speechBy !== undefined,
  })
}

/** Captions that stand apart from their images (as in the seed) take the image markers in order. */
const pairCaptionsWithImages: Step = (article) => {
  const images = article.blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image')
  const loose = article.blocks.filter((b): b is Extract<Block, { kind: 'caption' }> => b.kind === 'caption' && !b.image)
  loose.forEach((caption, n) => {
    caption.image = images[n]?.image
  })
}

/** Content words (five letters or more) of a text, for telling whether a quotation belongs to the article. */
const contentWords = (text: string) => new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []))

/**
 * A quotation nobody introduces, at the very start or end of the body, that shares next to no
 * words with the article: a blog's quotation of the day, an epigraph. It goes to the notes only.
 */
const markEpigraphs: Step = (article, _body, options) => {
  const blocks = article.blocks
  const meaningful = blocks.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'paragraph' || b.kind === 'quotation')
  const ends = new Set([meaningful[0]?.[1], meaningful.at(-1)?.[1]])
  for (const quotation of article.quotations.filter(q => !q.inline && !q.speech && ends.has(q.blockIndex))) {
    const previous = blocks[quotation.blockIndex - 1]
    if ((previous?.kind === 'paragraph' && previous.introducesQuotation) || Object.entries(options.kinds ?? {}).some(([first, kind]) => kind === 'quotation' && namedBy(quotation.paragraphs[0], first)))
      continue
    const own = contentWords(quotation.paragraphs.join(' '))
    const rest = contentWords([article.title, article.subtitle ?? '', ...blocks.filter(b => b.kind === 'paragraph').map(b => (b as { text: string }).text)].join(' '))
    const shared = [...own].filter(w => rest.has(w)).length
    if (own.size >= 4 && shared / own.size < 0.15) {
      quotation.epigraph = true
      article.doubts.push({ message: `quotation ${quotation.id} ("${firstWords(quotation.paragraphs[0])}") shares almost no words with the article: it looks like an epigraph or a quotation of the day, so it is in the notes only`, key: `kinds: { "${keyWords(quotation.paragraphs[0])}": quotation }` })
    }
  }
}

const firstWords = (text: string, n = 5) => text.split(/\s+/).slice(0, n).join(' ')

/** The article's own texts: header parts given by the plan or a flag are not the article's. */
const collectTexts: Step = (article) => {
  const given = (part: 'date' | 'title' | 'subtitle', text: string | undefined) => article.given.includes(part) ? undefined : text
  article.texts = [given('date', article.dateLine), given('title', article.title), given('subtitle', article.subtitle), article.byline, ...article.blocks.map(blockText)]
    .filter((t): t is string => Boolean(t))
}

const findMentions: Step = article => locateMentions(article)

/** What the parser was unsure of, each with the plan key (or flag) that settles it. */
const noteDoubts: Step = (article) => {
  const doubts: Doubt[] = article.doubts
  if (article.langFrom === 'default')
    doubts.push({ message: 'the language could not be told from the text; English is assumed', key: 'lang: (or --lang)' })
  if (!LEXICONS[article.lang.split('-')[0]])
    doubts.push({ message: `the kit has no word lists or labels for "${article.lang}": English ones are used`, key: 'lang: (or --lang)' })
  if (!article.date)
    doubts.push({ message: 'the article has no date line: the deck shows no date and counts no years since the event', key: 'date: (or --date)' })
  article.quotations.filter(q => !q.inline && !q.epigraph && !q.attribution.speaker).forEach((q) => {
    doubts.push({ message: `quotation ${q.id} ("${firstWords(q.paragraphs[0])}…") has no speaker`, key: `speakers: { "${keyWords(q.paragraphs[0])}": Name }` })
  })
  article.quotations.filter(q => q.speech).forEach((q) => {
    if (q.paragraphs.length > 1)
      doubts.push({ message: `the speech of ${q.attribution.speaker ?? 'an unnamed speaker'} is taken to run ${q.paragraphs.length} paragraphs, to "${firstWords(q.paragraphs.at(-1)!)}…"; if that paragraph is the article's again, not the speech`, key: `kinds: { "${keyWords(q.paragraphs.at(-1)!)}": paragraph }` })
  })
  article.blocks.forEach((block, i) => {
    if (block.kind === 'paragraph' && mayBeCaption(article, i))
      doubts.push({ message: `paragraph ${i + 1} ("${firstWords(block.text, 8)}") may be a photo caption`, key: `kinds: { "${keyWords(block.text)}": caption }` })
  })
}

/** A lone short sentence between longer paragraphs, not an address or an introduction: it may be a caption. */
function mayBeCaption(article: Article, i: number): boolean {
  const block = article.blocks[i] as Extract<Block, { kind: 'paragraph' }>
  if (block.salutation || block.introducesQuotation || block.sentences.length > 1 || countWords(block.text) > 14 || /[:,!?]$/.test(block.text))
    return false
  const neighbours = [article.blocks[i - 1], article.blocks[i + 1]].filter((b): b is Extract<Block, { kind: 'paragraph' }> => b?.kind === 'paragraph')
  return neighbours.length > 0 && neighbours.every(b => countWords(b.text) >= 25) && !/(?<![\p{L}])(?:I|we|je|nous|я|мы|ich|wir)(?![\p{L}])/iu.test(block.text)
}

const STEPS: Step[] = [readBlocks, pairCaptionsWithImages, markEpigraphs, collectTexts, findMentions, noteDoubts]

/** The text a block shows, or an empty string for an image marker. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'quotation': return [block.quotation.label, ...block.quotation.paragraphs].filter(Boolean).join('\n')
    case 'image': return ''
    case 'caption': return block.credit ? `${block.text} ${block.credit}` : block.text
    default: return block.text
  }
}

/** Every sentence of the article, for checks that no text is lost. */
export function articleSentences(article: Article): string[] {
  return article.texts.flatMap(text => text.split('\n')).flatMap(text => splitSentences(text, article.lang))
}
