// Key figures (the counts, fractions and percentages the article gives, those its quotations
// cite first) and derived figures (years since the event, days between two dates), computed
// from the article's dates, never typed.

import type { DateMention, Located, FigureMention } from '../model'
import type { BuildContext } from './context'
import type { KeyFigurePlan, NoteItem } from './types'
import { daysBetween, yearsBetween } from '../dates'
import { base, click, requireInArticle, text } from './context'
import { PlanError } from './types'
import { attributionLine, clauseAround } from './words'

/** A figure counts up on the live slide only when it is plain digits ("147,200"), not "1,1 million". */
const countsUp = (figure: FigureMention) => figure.kind === 'count' && /^\d[\d.,\s\u00A0\u202F]*$/.test(figure.text)

function sourceOf(ctx: BuildContext, quotationId: string | undefined): string {
  const quotation = ctx.article.quotations.find(q => q.id === quotationId)
  if (quotation)
    return attributionLine(quotation.attribution) || ctx.labels.quotedInTheArticle
  return `${ctx.labels.theArticle}, ${ctx.article.dateLine ?? ctx.article.title}`
}

function chosenFigures(ctx: BuildContext): KeyFigurePlan[] {
  return ctx.plan.figures!.map((choice) => {
    const located = ctx.article.figures.find(f => f.mention.text === choice.figure && (!choice.context || f.sentence.includes(choice.context)))
      ?? ctx.article.figures.find(f => f.mention.text === choice.figure)
    if (!located)
      throw new PlanError(`plan: figure "${choice.figure}" is not in the article as written (write it exactly as the article does).`)
    if (choice.context)
      requireInArticle(ctx, choice.context, 'figure context')
    return {
      figure: located.mention.text,
      value: located.mention.kind === 'count' ? located.mention.value : undefined,
      context: choice.context ?? clauseAround(located.sentence, located.mention.text) ?? located.sentence,
      source: sourceOf(ctx, located.quotationId),
      countUp: Boolean(choice.countUp) && countsUp(located.mention),
      derived: false,
    }
  })
}

function defaultFigures(ctx: BuildContext): KeyFigurePlan[] {
  const { article } = ctx
  const shown = (f: Located<FigureMention>) => !article.quotations.find(q => q.id === f.quotationId)?.epigraph
  const candidates = article.figures
    .filter(f => ['count', 'fraction', 'percent'].includes(f.mention.kind) && (f.mention.kind !== 'count' || f.mention.value >= 100) && shown(f))
    .map(f => ({ f, context: clauseAround(f.sentence, f.mention.text, 20) }))
    .filter((c): c is { f: Located<FigureMention>, context: string } => Boolean(c.context))
  // With three large counts or more, small ones ("the 300 people who filled the hall") give way.
  const large = candidates.filter(c => c.f.mention.kind !== 'count' || c.f.mention.value >= 1000)
  const kept = large.length >= 3 ? large : candidates
  // Figures from quotations first (they are what the speaker cites), each figure once.
  const ordered = [...kept.filter(c => c.f.quotationId), ...kept.filter(c => !c.f.quotationId)]
  const unique = ordered.filter((c, i) => ordered.findIndex(d => d.f.mention.text === c.f.mention.text) === i).slice(0, 4)
  return unique
    .sort((a, b) => article.figures.indexOf(a.f) - article.figures.indexOf(b.f))
    .map(({ f, context }) => ({
      figure: f.mention.text,
      value: f.mention.kind === 'count' ? f.mention.value : undefined,
      context,
      source: sourceOf(ctx, f.quotationId),
      countUp: countsUp(f.mention),
      derived: false,
    }))
}

export function buildKeyFigures(ctx: BuildContext): void {
  const figures = ctx.plan.figures ? chosenFigures(ctx) : defaultFigures(ctx)
  if (figures.length < 2)
    return
  // Each figure is revealed with the sentence it comes from; a sentence that holds two figures is read once.
  const sentences = figures.map(f => ctx.article.figures.find(m => m.mention.text === f.figure && m.sentence.includes(f.context))?.sentence ?? '')
  const notes: NoteItem[] = figures.flatMap((_, i) => sentences.indexOf(sentences[i]) === i && sentences[i] ? [click, text(sentences[i])] : [click])
  ctx.slides.push({ ...base(ctx, 'figures', ctx.labels.keyFigures, notes), kind: 'figures', figures })
}

function dateIn(ctx: BuildContext, written: string): DateMention {
  const { article } = ctx
  const located = article.dates.find(d => d.mention.text === written)?.mention ?? (article.dateLine?.includes(written) ? article.date : undefined)
  if (!located)
    throw new PlanError(`plan: date "${written}" is not in the article as written.`)
  return located
}

/** "82nd Anniversary", "106e anniversaire", "80-летие", "80. Jahrestag", "80 aniversario": the anniversary a title names. */
const ANNIVERSARY = /(\d+)(?:st|nd|rd|th)\s+anniversary|(\d+)(?:e|ème|ᵉ)\s+anniversaire|(\d+)-(?:летие|летия|летию|я годовщина|й годовщины|ю годовщину|ая годовщина)|(\d+)\.\s+jahrestag|(\d+)(?:\.?º|°)?\s+aniversario/iu

function derivedFigure(ctx: BuildContext, value: number, context: string, from: DateMention, to: DateMention): KeyFigurePlan {
  const figure = new Intl.NumberFormat(ctx.article.lang).format(value)
  return { figure, value, context, source: `${ctx.labels.computedFromTheDates}${ctx.labels.colon}${from.text} – ${to.text}`, countUp: true, derived: true }
}

function derivedFigures(ctx: BuildContext): KeyFigurePlan[] {
  const { article, plan } = ctx
  if (plan.derived) {
    return plan.derived.map((d) => {
      if ('days' in d) {
        const [from, to] = d.days.map(written => dateIn(ctx, written))
        if (!from.iso || !to.iso)
          throw new PlanError(`plan: a count of days needs two full dates (day, month and year): "${from.text}", "${to.text}".`)
        return derivedFigure(ctx, daysBetween(from.iso, to.iso), d.label, from, to)
      }
      if (!article.date)
        throw new PlanError('plan: "years since" needs the article\'s date: give it a date line, or date: in the plan (--date).')
      const from = dateIn(ctx, d.yearsSince)
      return derivedFigure(ctx, yearsBetween(from, article.date), d.label, from, article.date)
    })
  }
  // Default: the anniversary in the title checked against a date in the article.
  const ordinal = ANNIVERSARY.exec([article.title, article.subtitle].join(' '))
  if (!ordinal || !article.date)
    return []
  const anniversaryYear = article.date.year - Number(ordinal.slice(1).find(Boolean))
  // The event's date as the article gives it, or else as a speaker it quotes gives it.
  const event = (article.dates.find(d => !d.quotationId && d.mention.year === anniversaryYear) ?? article.dates.find(d => d.mention.year === anniversaryYear))?.mention
  if (!event)
    return []
  return [derivedFigure(ctx, yearsBetween(event, article.date), ctx.labels.yearsSince(event.text), event, article.date)]
}

export function buildDerivedFigures(ctx: BuildContext): void {
  const derived = derivedFigures(ctx)
  if (derived.length > 0)
    ctx.slides.push({ ...base(ctx, 'derived', ctx.labels.thenAndNow, derived.flatMap(f => [click, text(`${f.figure} ${f.context}.`)])), kind: 'figures', figures: derived })
}
