// The words a slide takes from the article: whole clauses and whole sentences, never cut inside
// a sentence or a number, and the titles made of them.

import type { Attribution, Block } from '../model'
import type { BuildContext } from './context'
import { countWords } from '../../text'
import { splitSentences } from '../sentences'

/** The clauses of a sentence: cut after , ; : and at dashes, where white space follows, so "14,000" stays whole. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .replace(/^["“„«]\s?/, '')
    .split(/(?<=[,;:])\s+|\s+[–—]\s+/)
    .map(c => c.replace(/[,;:.!?]+$/, '').replace(/[”"»]$/, '').trim())
    .filter(Boolean)
}

/** Words that join two clauses: "… in the islands and the 23,000 men who fought …" is two. */
const CONJUNCTIONS = /\s+(?:and|but|while|et|mais|и|а|но|und|aber|y|pero|e)\s+(?=\S+\s+\S+\s+\S+)/u

/** The whole clause around a mention, or the whole sentence when it is short; undefined when no clause is short enough. */
export function clauseAround(sentence: string, mention: string, maxWords = 24): string | undefined {
  if (countWords(sentence) <= maxWords && !/^["“„«]/.test(sentence))
    return sentence
  const clause = clausesOf(sentence).find(c => c.includes(mention))
  if (!clause)
    return undefined
  if (countWords(clause) <= maxWords)
    return clause
  // A long clause of two joined by "and": the one with the mention, when both are clauses of some length.
  const halves = clause.split(CONJUNCTIONS)
  const half = halves.find(h => h.includes(mention))
  return halves.length > 1 && half && countWords(half) >= 5 && countWords(half) <= maxWords && halves.every(h => countWords(h) >= 4) ? half : undefined
}

/** A speaker as a title: "Un instituteur de la commune", with the capital a title starts with. */
export function asTitle(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "Joseph Stalin, November 1943": who said it and when. */
export function attributionLine(attribution: Attribution): string {
  return asTitle([attribution.speaker, attribution.when].filter(Boolean).join(', '))
}

/** A whole sentence short enough to be a slide title, without its final full stop. */
export function shortSentence(sentence: string | undefined, maxWords = 8): string | undefined {
  if (!sentence || countWords(sentence) > maxWords || /^["“„«]/.test(sentence))
    return undefined
  return sentence.replace(/[.:;,]+$/, '')
}

/** The heading of the section a block is in, if the article has headings. */
export function sectionHeading(blocks: Block[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]
    if (block.kind === 'heading')
      return block.text
  }
  return undefined
}

/**
 * A statement slide's title: the article's heading for the section, the whole first sentence when
 * it is short, the paragraph's first date, or else a label (and the review report asks for a title).
 */
export function statementTitle(ctx: BuildContext, id: string, index: number, sentences: string[]): string {
  const date = ctx.article.dates.find(d => d.blockIndex === index && !d.quotationId)?.mention.text
  const title = sectionHeading(ctx.article.blocks, index) ?? shortSentence(sentences[0]) ?? date
  if (title)
    return title
  if (!ctx.plan.titles?.[id])
    ctx.doubts.push({ message: `slide ${id} ("${sentences[0]?.split(/\s+/).slice(0, 6).join(' ')}…") has no title of its own: it is titled "${ctx.labels.fromTheArticle}"`, key: `titles: { ${id}: … }` })
  return ctx.labels.fromTheArticle
}

/** A photo slide's title: its caption when that is a short sentence, or the label. */
export function photoTitle(ctx: BuildContext, caption: string): string {
  return shortSentence(splitSentences(caption, ctx.article.lang)[0], 8) ?? ctx.labels.photograph
}
