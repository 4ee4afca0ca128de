// Statement slides: a paragraph's sentence shown large (the plan's highlight, or its first
// sentence short enough to read), with the whole paragraph in the notes. Short paragraphs that
// belong together share a slide; a paragraph holding a quotation shows the quotation.

import type { Block } from '../model'
import type { BuildContext } from './context'
import { countWords } from '../../text'
import { base, requireInArticle, text } from './context'
import { chunkOf } from './quotation'
import { attributionLine, statementTitle } from './words'

type Paragraph = Extract<Block, { kind: 'paragraph' }>

/** A sentence of more words than this is not shown whole as a statement when a shorter one is there. */
const STATEMENT_MAX_WORDS = 45
/** Paragraphs this short (in a row, in one section) share a slide, up to this many words in all. */
const SHORT_PARAGRAPH_WORDS = 30
const SHARED_SLIDE_WORDS = 70

const highlightFor = (ctx: BuildContext, paragraph: string) => Object.entries(ctx.plan.highlights ?? {}).find(([first]) => paragraph.startsWith(first))?.[1]

/** The sentence a statement shows: the plan's highlight, or the first sentence short enough to read whole. */
function statementText(ctx: BuildContext, block: Paragraph): string {
  const chosen = highlightFor(ctx, block.text)
  if (chosen) {
    requireInArticle(ctx, chosen, 'highlight')
    return chosen
  }
  return block.sentences.find(s => countWords(s) <= STATEMENT_MAX_WORDS) ?? block.sentences[0]
}

const isShort = (ctx: BuildContext, block: Block | undefined): block is Paragraph =>
  block?.kind === 'paragraph' && !block.introducesQuotation && !block.salutation && countWords(block.text) <= SHORT_PARAGRAPH_WORDS
  && !highlightFor(ctx, block.text) && !ctx.article.quotations.some(q => q.inline && q.paragraphs[0] && block.text.includes(q.paragraphs[0]))

/** How many paragraphs from `index` on share one slide: short ones in a row, with nothing between them. */
export function sharedRun(ctx: BuildContext, index: number, last: number): number {
  const blocks = ctx.article.blocks
  if (!isShort(ctx, blocks[index]))
    return 1
  let words = countWords((blocks[index] as Paragraph).text)
  let n = 1
  while (n < 3 && index + n < last && isShort(ctx, blocks[index + n]) && !ctx.plan.merge?.some(m => (blocks[index + n] as Paragraph).text.startsWith(m))) {
    words += countWords((blocks[index + n] as Paragraph).text)
    if (words > SHARED_SLIDE_WORDS)
      break
    n++
  }
  return n
}

export function buildStatement(ctx: BuildContext, index: number, run = 1): void {
  const block = ctx.article.blocks[index] as Paragraph
  const id = `p${index}`
  const inline = ctx.article.quotations.find(q => q.inline && q.blockIndex === index && !q.epigraph)
  const notes = Array.from({ length: run }, (_, n) => text((ctx.article.blocks[index + n] as Paragraph).text))
  if (inline && !highlightFor(ctx, block.text)) {
    const title = attributionLine(inline.attribution) || statementTitle(ctx, id, index, block.sentences)
    ctx.slides.push({ ...base(ctx, id, title, notes), kind: 'statement', text: inline.paragraphs[0], attribution: inline.attribution, chunk: chunkOf(inline.paragraphs[0]) })
    return
  }
  const more = Array.from({ length: run - 1 }, (_, n) => (ctx.article.blocks[index + n + 1] as Paragraph).text)
  ctx.slides.push({
    ...base(ctx, id, statementTitle(ctx, id, index, block.sentences), notes),
    kind: 'statement',
    text: run > 1 ? block.text : statementText(ctx, block),
    ...(more.length > 0 ? { more } : {}),
  })
}
