// Plans a deck from a parsed article: which slides, which components, which notes, what time
// budget. Pure: the plan file is passed in already read. Every text the plan picks must be in
// the article, so a typo in the plan file fails here, loudly, instead of reaching a slide.
// The plan is a list of builders, one per kind of slide, run in order.

import type { Article } from '../model'
import type { PlanFile } from '../plan-file'
import type { BuildContext } from './context'
import type { DeckPlan, SlidePlan } from './types'
import { DEFAULT_PAUSES, DEFAULT_WPM } from '../../../../composables/timing'
import { normalizeSpace } from '../../text'
import { articleSentences } from '../parse'
import { assignBudgets } from './budgets'
import { applyDropAndAdd } from './changes'
import { buildClosing, closingParagraph } from './closing'
import { base, newContext, text } from './context'
import { buildCover } from './cover'
import { buildCredits, sourcesAndCredits } from './credits'
import { buildDerivedFigures, buildKeyFigures } from './figures'
import { checkPhotoChoices, photoSlide } from './photo'
import { buildQuotation, highlightedQuotation } from './quotation'
import { buildStatement, sharedRun } from './statement'
import { buildTimeline } from './timeline'
import { PlanError } from './types'

export * from './types'
export { chunkQuotation, chunkText, QUOTATION_CHARS_PER_SLIDE } from './quotation'
export { noteClicks, noteWords } from './budgets'

function mergedParagraphs(ctx: BuildContext): Set<number> {
  return new Set((ctx.plan.merge ?? []).map((first) => {
    const index = ctx.article.blocks.findIndex(b => b.kind === 'paragraph' && b.text.startsWith(first))
    if (index < 0)
      throw new PlanError(`plan: merge "${first}" does not start any paragraph of the article.`)
    return index
  }))
}

/** The article's body in order: sections, statements, quotations, photos; the closing slides last. */
function buildBody(ctx: BuildContext): void {
  const { blocks } = ctx.article
  const merged = mergedParagraphs(ctx)
  const highlighted = highlightedQuotation(ctx)
  const { index: last, signature } = closingParagraph(blocks, ctx.used)
  const closing: SlidePlan[] = []
  const trailingPhotos: SlidePlan[] = []
  let photos = 0
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (ctx.used.has(index))
      continue
    switch (block.kind) {
      case 'heading':
        ctx.slides.push({ ...base(ctx, `h${index}`, block.text, [text(block.text)]), kind: 'section' })
        break
      case 'paragraph': {
        if ((block.introducesQuotation && blocks[index + 1]?.kind === 'quotation') || signature.includes(index))
          break // spoken on the quotation's first slide, or on the closing slide
        if (index === last) {
          closing.push(...buildClosing(ctx, index, signature))
          break
        }
        if (merged.has(index)) {
          ctx.slides.at(-1)!.notes.push(text(block.text))
          break
        }
        const run = sharedRun(ctx, index, last)
        buildStatement(ctx, index, run)
        index += run - 1
        break
      }
      case 'quotation':
        buildQuotation(ctx, block.quotation, index, highlighted)
        break
      case 'caption': {
        const slide = photoSlide(ctx, block, ++photos)
        // Photos the article lists after its last paragraph are shown before the closing slides.
        if (index > last)
          trailingPhotos.push(slide)
        else
          ctx.slides.push(slide)
        break
      }
      default:
        // Attribution lines are spoken with their quotation, source and credit lines on the credits
        // slide; image markers belong to their captions.
    }
  }
  if (closing.length > 1)
    ctx.slides.push(closing[0], ...trailingPhotos, ...closing.slice(1))
  else
    ctx.slides.push(...trailingPhotos, ...closing)
}

const BUILDERS: ((ctx: BuildContext) => void)[] = [checkPhotoChoices, buildCover, buildTimeline, buildKeyFigures, buildDerivedFigures, buildBody, buildCredits]

/** Builds the deck plan. Budgets are filled in as the last step, from the words in each slide's notes. */
export function planDeck(article: Article, plan: PlanFile = {}): DeckPlan {
  const ctx = newContext(article, plan)
  for (const build of BUILDERS)
    build(ctx)
  const slides = applyDropAndAdd(ctx.slides, plan)
  const wpm = plan.wpm ?? DEFAULT_WPM
  for (const slide of slides)
    slide.pause = plan.pauses?.[slide.id] ?? DEFAULT_PAUSES[slide.kind] ?? 0
  const duration = assignBudgets(slides, wpm, plan.duration)
  const speakers = article.quotations.filter(q => !q.epigraph).map(q => q.attribution.speaker).filter((s): s is string => Boolean(s))
  const { sources, credits } = sourcesAndCredits(article)
  return {
    title: article.title,
    author: plan.author,
    subtitle: article.subtitle,
    dateLine: article.dateLine,
    lang: article.lang,
    subject: [article.subtitle, article.dateLine].filter(Boolean).join(' · ') || article.title,
    keywords: [...new Set([ctx.labels.commemoration, article.title, ...(article.dateLine ? [article.dateLine] : []), ...speakers])],
    sources,
    credits,
    duration,
    wpm,
    slides,
    doubts: ctx.doubts,
  }
}

/** Every sentence of the article must be spoken or shown somewhere in the plan: returns the ones that are not. */
export function missingSentences(article: Article, deck: DeckPlan): string[] {
  const spoken = normalizeSpace(deck.slides.flatMap(s => s.notes.map(n => ('text' in n ? n.text : ''))).join(' '))
  return articleSentences(article).filter(sentence => !spoken.includes(normalizeSpace(sentence)))
}
