// The closing: the last paragraph's last sentence, with a homage slide before it when that
// paragraph is long (or the plan names the homage sentence). A signature after it ("Ihr
// Wolfgang Hofer", "Bürgermeister") is spoken on the closing slide, not shown.

import type { Block } from '../model'
import type { BuildContext } from './context'
import type { SlidePlan } from './types'
import { countWords } from '../../text'
import { base, requireInArticle, text } from './context'

type Paragraph = Extract<Block, { kind: 'paragraph' }>

/** A short line at the end with no sentence in it: a signature, a name, a title. */
const isSignature = (block: Paragraph) => countWords(block.text) <= 8 && !/[.!?»”"]$/.test(block.text)

/** The block index of the paragraph the deck closes on, and the signature lines after it. */
export function closingParagraph(blocks: Block[], used: Set<number>): { index: number, signature: number[] } {
  // Only a paragraph of the article's own words, not yet on a slide, can close it: not one that introduces a quotation.
  const paragraphs = blocks.map((b, i) => [b, i] as const).filter((entry): entry is readonly [Paragraph, number] => entry[0].kind === 'paragraph' && !entry[0].introducesQuotation && !entry[0].salutation && !used.has(entry[1]))
  const signature: number[] = []
  while (paragraphs.length > 1 && isSignature(paragraphs.at(-1)![0]))
    signature.unshift(paragraphs.pop()![1])
  const index = paragraphs.at(-1)?.[1] ?? -1
  // The deck keeps the article's order: when a quotation or a section follows that paragraph, the
  // article does not close on it, and neither does the deck.
  const after = blocks.slice(index + 1)
  if (index < 0 || after.some(b => b.kind === 'heading' || (b.kind === 'quotation' && !b.quotation.epigraph)))
    return { index: -1, signature: [] }
  return { index, signature }
}

export function buildClosing(ctx: BuildContext, index: number, signature: number[]): SlidePlan[] {
  const { plan, labels } = ctx
  const block = ctx.article.blocks[index] as Paragraph
  const signed = signature.map(i => text((ctx.article.blocks[i] as Paragraph).text))
  const sentences = block.sentences
  const closingText = plan.closing ?? sentences.at(-1)!
  requireInArticle(ctx, closingText, 'closing')
  if (sentences.length < 4 && !plan.homage)
    return [{ ...base(ctx, 'closing', labels.inClosing, [text(block.text), ...signed]), kind: 'closing', text: closingText }]
  const homageText = plan.homage ?? sentences[0]
  requireInArticle(ctx, homageText, 'homage')
  // The paragraph is spoken across both slides, split where the closing call begins.
  const callStart = Math.max(1, sentences.findIndex(s => s.includes(closingText) || closingText.includes(s)))
  const splitAt = Math.min(callStart, Math.ceil(sentences.length / 2))
  return [
    { ...base(ctx, 'homage', labels.homage, [text(sentences.slice(0, splitAt).join(' '))]), kind: 'homage', text: homageText },
    { ...base(ctx, 'closing', labels.theCall, [text(sentences.slice(splitAt).join(' ')), ...signed]), kind: 'closing', text: closingText },
  ]
}
