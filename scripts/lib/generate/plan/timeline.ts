// The timeline: the dated sentences of the opening paragraphs (before the first quotation,
// heading or photo), in the order of their dates, or the plan's events.

import type { Block, DateMention } from '../model'
import type { BuildContext } from './context'
import type { NoteItem, TimelineEvent } from './types'
import { dateOrder } from '../dates'
import { splitSentences } from '../sentences'
import { base, requireInArticle } from './context'
import { clauseAround } from './words'

function openingBlocks(blocks: Block[], used: Set<number>): number[] {
  const opening: number[] = []
  for (const [i, block] of blocks.entries()) {
    if (used.has(i))
      continue
    if (block.kind !== 'paragraph' || block.introducesQuotation)
      break
    opening.push(i)
  }
  return opening
}

function eventsFrom(ctx: BuildContext, opening: Set<number>): TimelineEvent[] {
  if (ctx.plan.timeline) {
    return ctx.plan.timeline.map((event) => {
      requireInArticle(ctx, event.text, 'timeline text')
      if (event.date)
        requireInArticle(ctx, event.date, 'timeline date')
      return { date: event.date, text: event.text }
    })
  }
  const seen = new Set<string>()
  return ctx.article.dates
    .filter(d => opening.has(d.blockIndex) && !seen.has(d.sentence) && seen.add(d.sentence))
    .map(d => ({ date: d.mention, text: clauseAround(d.sentence, d.mention.text, 28) }))
    .filter((e): e is { date: DateMention, text: string } => Boolean(e.text))
    .sort((a, b) => dateOrder(a.date) - dateOrder(b.date))
    .map(e => ({ date: e.date.text, text: e.text }))
}

/**
 * Notes for a slide that reveals items one by one while the speaker reads paragraphs: each paragraph
 * is split into sentences and a [click] goes before the sentence that first mentions an item
 * (revealing the items before it too); items never mentioned are revealed at the end.
 */
export function revealAlongside(paragraphs: string[], items: string[], lang: string): NoteItem[] {
  const notes: NoteItem[] = []
  let revealed = 0
  for (const paragraph of paragraphs) {
    let spoken: string[] = []
    for (const sentence of splitSentences(paragraph, lang)) {
      const mentioned = items.findLastIndex(item => sentence.includes(item) || item.includes(sentence.replace(/[.,]$/, '')) || (item.length > 20 && sentence.includes(item.slice(0, 30))))
      if (mentioned >= revealed) {
        if (spoken.length > 0)
          notes.push({ text: spoken.join(' ') })
        spoken = []
        for (; revealed <= mentioned; revealed++)
          notes.push({ click: true })
      }
      spoken.push(sentence)
    }
    if (spoken.length > 0)
      notes.push({ text: spoken.join(' ') })
  }
  for (; revealed < items.length; revealed++)
    notes.push({ click: true })
  return notes
}

export function buildTimeline(ctx: BuildContext): void {
  const opening = openingBlocks(ctx.article.blocks, ctx.used)
  const events = eventsFrom(ctx, new Set(opening))
  if (events.length < 2 || opening.length === 0)
    return
  const paragraphs = opening.map(i => (ctx.article.blocks[i] as { text: string }).text)
  ctx.slides.push({ ...base(ctx, 'timeline', ctx.labels.timeline, revealAlongside(paragraphs, events.map(e => e.text), ctx.article.lang)), kind: 'timeline', events })
  opening.forEach(i => ctx.used.add(i))
}
