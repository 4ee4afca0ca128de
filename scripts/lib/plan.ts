// Plans a deck from a parsed article: which slides, which components, which notes, what time budget.
// Pure: the plan file is passed in already read. Every text the plan picks must be in the article,
// so a typo in the plan file fails here, loudly, instead of reaching a slide.

import type { Article, Attribution, Block, Quotation, QuoteSegment } from './article'
import type { DateMention } from './figures'
import { articleSentences, sourcesAndCredits } from './article'
import { daysBetween, yearsBetween } from './figures'
import { countWords, splitSentences } from './text'
import { BUDGET_STEP, DEFAULT_PAUSES, DEFAULT_WPM, MIN_BUDGET, speakingSeconds } from '../../composables/timing'

export class PlanError extends Error {
  override name = 'PlanError'
}

/** What a person may choose in `content/plan.yaml`. Everything is optional. */
export interface PlanFile {
  /** Total speaking time in minutes; slide budgets are scaled to add up to it. */
  duration?: number
  /** Speaking rate used for the time budgets, in words per minute. */
  wpm?: number
  /** Who presents the deck: the PDFs' author. */
  author?: string
  /** Slide titles by slide id ("timeline", "figures", "quote", "p3", "photo-1", "closing" ...). */
  titles?: Record<string, string>
  /** The quotation to highlight, by its first words; the default is the longest one. */
  quotation?: string
  timeline?: { date?: string, text: string }[]
  figures?: { figure: string, context?: string, countUp?: boolean }[]
  derived?: ({ days: [string, string], label: string } | { yearsSince: string, label: string })[]
  photos?: { caption: string, file?: string, alt?: string, focal?: string, fit?: 'contain' | 'cover' }[]
  /** The sentence a paragraph's slide shows, keyed by the paragraph's first words. */
  highlights?: Record<string, string>
  /** Paragraphs (by first words) that share the slide of the paragraph before them. */
  merge?: string[]
  /** The sentence the homage slide shows and the one the closing slide ends on. */
  homage?: string
  closing?: string
  /**
   * Seconds of silence planned on a slide beyond its spoken notes, by slide id (a moment to look at
   * a photograph, a minute of silence). Defaults: 15 s on photo slides and on the homage slide.
   */
  pauses?: Record<string, number>
  /** Slide ids to leave out. Their article text moves to the notes of the slide before. */
  drop?: string[]
  /** Extra slides, e.g. a minute of silence: shown after the slide with id `after`. */
  add?: { after: string, id: string, title: string, text?: string, notes?: string, seconds?: number }[]
}

export interface TimelineEvent { date?: string, text: string }
export interface KeyFigurePlan { figure: string, value?: number, context: string, source: string, countUp: boolean, derived: boolean }
/** Part of a quotation paragraph on one slide, with the article's own marks where the part starts or ends the paragraph. */
export interface QuotationChunk { segments: QuoteSegment[], open: string, close: string }
export interface PhotoPlan { src?: string, alt: string, caption: string, credit?: string, focal?: string, fit?: 'contain' | 'cover' }

interface SlideBase {
  id: string
  title: string
  /** Notes: article text to speak, in order; `click` marks where the slide reveals the next item. */
  notes: NoteItem[]
  /** Seconds, filled in by the budgeting step. */
  budget: number
  /** Seconds of planned silence on the slide, on top of the time to speak its notes. */
  pause?: number
}

export type NoteItem = { text: string } | { click: true }

export type SlidePlan = SlideBase & (
  | { kind: 'cover', dateLine?: string, heading: string, subtitle?: string }
  | { kind: 'timeline', events: TimelineEvent[] }
  | { kind: 'figures', figures: KeyFigurePlan[] }
  | { kind: 'quotation', attribution: Attribution, part: number, parts: number, chunks: QuotationChunk[] }
  | { kind: 'statement', text: string, attribution?: Attribution }
  | { kind: 'section' }
  | { kind: 'photo', photo: PhotoPlan }
  | { kind: 'homage', text: string }
  | { kind: 'closing', text: string }
  | { kind: 'custom', text?: string }
  | { kind: 'credits', sources: string[], credits: string[] }
)

export interface DeckPlan {
  title: string
  author?: string
  subtitle?: string
  dateLine?: string
  /** BCP 47 tag of the deck's language. */
  lang: string
  /** For the PDFs and the page's metadata: what the deck is about, and its keywords. */
  subject: string
  keywords: string[]
  /** The article and the speeches it quotes; the photo credit lines. */
  sources: string[]
  credits: string[]
  /** Minutes. */
  duration: number
  wpm: number
  slides: SlidePlan[]
}

/** Characters of quotation per slide: at the quotation's type size this fills a 16:9 slide without overflow. */
export const QUOTATION_CHARS_PER_SLIDE = 700
const STATEMENT_MAX_WORDS = 45

function requireInArticle(text: string, article: Article, what: string): void {
  if (!article.texts.some(t => t.includes(text)))
    throw new PlanError(`plan: ${what} "${text}" is not in the article word for word (check quotes, dashes and spaces).`)
}

function findParagraphIndex(article: Article, firstWords: string, what: string): number {
  const index = article.blocks.findIndex(b => b.kind === 'paragraph' && b.text.startsWith(firstWords))
  if (index < 0)
    throw new PlanError(`plan: ${what} "${firstWords}" does not start any paragraph of the article.`)
  return index
}

function shortTitle(sentence: string, maxWords = 7): string {
  // The first clause that says something: not "On March 14" or "1952" before the subject.
  const clauses = sentence.split(/[,;:–—(]/).map(c => c.replace(/[.!?”"]+$/, '').trim()).filter(Boolean)
  const telling = clauses.find(c => c.split(/\s+/).length >= 3 && !/^(?:on|in|at|by)?\s*(?:\p{Lu}\p{Ll}+\s+)?\d/iu.test(c)) ?? clauses[0] ?? sentence
  const clause = telling.charAt(0).toUpperCase() + telling.slice(1)
  const words = clause.split(/\s+/)
  return words.length <= maxWords ? clause : `${words.slice(0, maxWords).join(' ')} …`
}

function attributionLine(attribution: Attribution): string {
  return [attribution.speaker, attribution.when].filter(Boolean).join(', ')
}

/** A clause around a mention, short enough for a label, taken verbatim from the sentence. */
function contextAround(sentence: string, text: string, maxWords = 12): string {
  const clauses = sentence.replace(/^[“"]/, '').split(/(?<=[,;:])\s+/)
  const clause = clauses.find(c => c.includes(text)) ?? sentence
  const words = clause.replace(/[,;:.]$/, '').split(/\s+/)
  if (words.length <= maxWords)
    return words.join(' ')
  const at = words.findIndex(w => w.includes(text.split(/\s/)[0]))
  const start = Math.max(0, Math.min(at - Math.floor(maxWords / 2), words.length - maxWords))
  return words.slice(start, start + maxWords).join(' ')
}

/**
 * Splits a quotation into slide-sized pages at sentence boundaries, keeping elisions and stage directions.
 * A paragraph starts a new page unless it fits on the current one; a paragraph longer than a page is
 * split into equal parts, so no page is a short remnant.
 */
export function chunkQuotation(quotation: Quotation, maxChars = QUOTATION_CHARS_PER_SLIDE): QuotationChunk[][] {
  const pages: QuotationChunk[][] = []
  let used = 0
  quotation.segments.forEach((paragraph, p) => {
    // Pieces: each sentence of a text segment, and each elision or stage direction whole.
    const pieces: QuoteSegment[] = paragraph.flatMap(s => s.kind === 'text' ? splitSentences(s.text).map(text => ({ kind: 'text' as const, text })) : [s])
    const length = pieces.reduce((n, s) => n + s.text.length + 1, 0)
    if (pages.length === 0 || used + length > maxChars) {
      pages.push([])
      used = 0
    }
    const target = length / Math.ceil(length / maxChars)
    const marks = quotation.marks[p]
    let chunk: QuotationChunk = { segments: [], open: marks.open, close: '' }
    pages.at(-1)!.push(chunk)
    let inChunk = 0
    for (const piece of pieces) {
      // Break before a sentence whose middle would pass the target length.
      if (piece.kind === 'text' && inChunk > 0 && inChunk + piece.text.length / 2 > target) {
        chunk = { segments: [], open: '', close: '' }
        pages.push([chunk])
        used = 0
        inChunk = 0
      }
      const last = chunk.segments.at(-1)
      if (piece.kind === 'text' && last?.kind === 'text')
        last.text = `${last.text} ${piece.text}`
      else
        chunk.segments.push({ ...piece })
      used += piece.text.length + 1
      inChunk += piece.text.length + 1
    }
    chunk.close = marks.close
  })
  return pages
}

/** A chunk as the article writes it: its marks, its segments joined by spaces. */
export function chunkText(chunk: QuotationChunk): string {
  return `${chunk.open}${chunk.segments.map(s => s.text).join(' ')}${chunk.close}`
}

function timelineFrom(article: Article, plan: PlanFile, openingBlocks: Set<number>): TimelineEvent[] {
  if (plan.timeline) {
    return plan.timeline.map((event) => {
      requireInArticle(event.text, article, 'timeline text')
      if (event.date)
        requireInArticle(event.date, article, 'timeline date')
      return { date: event.date, text: event.text }
    })
  }
  // Default: each dated sentence of the opening paragraphs, in the order of its dates.
  const seen = new Set<string>()
  return article.dates
    .filter(d => openingBlocks.has(d.blockIndex) && !seen.has(d.sentence) && seen.add(d.sentence))
    .map(d => ({ date: d.mention, text: countWords(d.sentence) <= 28 ? d.sentence : contextAround(d.sentence, d.mention.text, 16) }))
    .sort((a, b) => sortKey(a.date) - sortKey(b.date))
    .map(e => ({ date: e.date.text, text: e.text }))
}

function sortKey(date: DateMention): number {
  return date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0)
}

function figuresFrom(article: Article, plan: PlanFile): KeyFigurePlan[] {
  const sourceOf = (quotationId?: string) => {
    const quotation = article.quotations.find(q => q.id === quotationId)
    return quotation ? attributionLine(quotation.attribution) || 'Quoted in the article' : `The article, ${article.dateLine ?? article.title}`
  }
  if (plan.figures) {
    return plan.figures.map((choice) => {
      const located = article.figures.find(f => f.mention.text === choice.figure && (!choice.context || f.sentence.includes(choice.context)))
        ?? article.figures.find(f => f.mention.text === choice.figure)
      if (!located)
        throw new PlanError(`plan: figure "${choice.figure}" is not in the article as written (write it exactly as the article does).`)
      if (choice.context)
        requireInArticle(choice.context, article, 'figure context')
      return {
        figure: located.mention.text,
        value: located.mention.kind === 'count' ? located.mention.value : undefined,
        context: choice.context ?? contextAround(located.sentence, located.mention.text),
        source: sourceOf(located.quotationId),
        countUp: Boolean(choice.countUp) && located.mention.kind === 'count',
        derived: false,
      }
    })
  }
  const candidates = article.figures.filter(f => ['count', 'fraction', 'percent'].includes(f.mention.kind) && (f.mention.kind !== 'count' || f.mention.value >= 100))
  // Figures from quotations first (they are what the speaker cites), each figure once.
  const ordered = [...candidates.filter(f => f.quotationId), ...candidates.filter(f => !f.quotationId)]
  const unique = ordered.filter((f, i) => ordered.findIndex(g => g.mention.text === f.mention.text) === i).slice(0, 4)
  return unique
    .sort((a, b) => article.figures.indexOf(a) - article.figures.indexOf(b))
    .map(f => ({
      figure: f.mention.text,
      value: f.mention.kind === 'count' ? f.mention.value : undefined,
      context: contextAround(f.sentence, f.mention.text),
      source: sourceOf(f.quotationId),
      countUp: f.mention.kind === 'count',
      derived: false,
    }))
}

function dateIn(article: Article, text: string): DateMention {
  const located = article.dates.find(d => d.mention.text === text)?.mention ?? (article.dateLine?.includes(text) ? article.date : undefined)
  if (!located)
    throw new PlanError(`plan: date "${text}" is not in the article as written.`)
  return located
}

function derivedFrom(article: Article, plan: PlanFile): KeyFigurePlan[] {
  const computed = 'Computed from the dates in the article'
  if (plan.derived) {
    return plan.derived.map((d) => {
      if ('days' in d) {
        const [from, to] = d.days.map(text => dateIn(article, text))
        if (!from.iso || !to.iso)
          throw new PlanError(`plan: a count of days needs two full dates (day, month and year): "${from.text}", "${to.text}".`)
        const days = daysBetween(from.iso, to.iso)
        return { figure: String(days), value: days, context: d.label, source: `${computed}: ${from.text} – ${to.text}`, countUp: true, derived: true }
      }
      if (!article.date)
        throw new PlanError('plan: "years since" needs the article\'s date line.')
      const from = dateIn(article, d.yearsSince)
      const years = yearsBetween(from, article.date)
      return { figure: String(years), value: years, context: d.label, source: `${computed}: ${from.text} – ${article.date.text}`, countUp: true, derived: true }
    })
  }
  // Default: the anniversary in the title ("82nd Anniversary") checked against a date in the article.
  const ordinal = /\b(\d+)(?:st|nd|rd|th)\s+anniversary\b/i.exec(article.title)
  if (!ordinal || !article.date)
    return []
  const anniversaryYear = article.date.year - Number(ordinal[1])
  const event = article.dates.find(d => !d.quotationId && d.mention.year === anniversaryYear)?.mention
  if (!event)
    return []
  const years = yearsBetween(event, article.date)
  return [{ figure: String(years), value: years, context: `years since ${event.text}`, source: `${computed}: ${event.text} – ${article.date.text}`, countUp: true, derived: true }]
}

/**
 * Notes for a slide that reveals items one by one while the speaker reads paragraphs: each paragraph
 * is split into sentences and a [click] goes before the sentence that first mentions an item
 * (revealing the items before it too); items never mentioned are revealed at the end.
 */
function revealAlongside(paragraphs: string[], items: string[]): NoteItem[] {
  const notes: NoteItem[] = []
  let revealed = 0
  for (const paragraph of paragraphs) {
    let spoken: string[] = []
    for (const sentence of splitSentences(paragraph)) {
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

function paragraphTexts(blocks: Block[]): string[] {
  return blocks.map(b => (b.kind === 'paragraph' ? b.text : '')).filter(Boolean)
}

function statementFor(text: string, chosen: string | undefined, article: Article): string {
  if (chosen) {
    requireInArticle(chosen, article, 'highlight')
    return chosen
  }
  const first = splitSentences(text)[0]
  return countWords(first) <= STATEMENT_MAX_WORDS ? first : contextAround(first, first.split(/\s+/)[0], 30)
}

/** Builds the deck plan. Budgets are filled in as the last step, from the words in each slide's notes. */
export function planDeck(article: Article, plan: PlanFile = {}): DeckPlan {
  const slides: SlidePlan[] = []
  const title = (id: string, fallback: string) => plan.titles?.[id] ?? fallback
  const base = (id: string, fallback: string, notes: NoteItem[] = []) => ({ id, title: title(id, fallback), notes, budget: 0 })
  const text = (t: string): NoteItem => ({ text: t })
  const click: NoteItem = { click: true }
  const merged = new Set((plan.merge ?? []).map(first => findParagraphIndex(article, first, 'merge')))
  const highlightFor = (paragraph: string) => Object.entries(plan.highlights ?? {}).find(([first]) => paragraph.startsWith(first))?.[1]

  slides.push({
    ...base('cover', article.title, [article.dateLine, article.title, article.subtitle].filter((t): t is string => Boolean(t)).map(text)),
    kind: 'cover',
    dateLine: article.dateLine,
    heading: article.title,
    subtitle: article.subtitle,
  })

  // The opening paragraphs (before the first quotation, heading or photo) become the timeline when they hold dates.
  const firstBreak = article.blocks.findIndex(b => b.kind !== 'paragraph' || b.introducesQuotation)
  const opening = article.blocks.slice(0, firstBreak < 0 ? article.blocks.length : firstBreak)
  const openingIndexes = new Set<number>()
  const events = timelineFrom(article, plan, new Set(opening.map((_, i) => i)))
  if (events.length >= 2 && opening.length > 0) {
    slides.push({ ...base('timeline', 'Timeline', revealAlongside(paragraphTexts(opening), events.map(e => e.text))), kind: 'timeline', events })
    opening.forEach((_, i) => openingIndexes.add(i))
  }

  const figures = figuresFrom(article, plan)
  if (figures.length >= 2) {
    // Each figure is revealed with the sentence it comes from; a sentence that holds two figures is read once.
    const sentences = figures.map(f => article.figures.find(m => m.mention.text === f.figure && m.sentence.includes(f.context))?.sentence ?? '')
    const notes: NoteItem[] = figures.flatMap((_, i) => sentences.indexOf(sentences[i]) === i && sentences[i] ? [click, text(sentences[i])] : [click])
    slides.push({ ...base('figures', 'Key figures', notes), kind: 'figures', figures })
  }
  const derived = derivedFrom(article, plan)
  if (derived.length > 0)
    slides.push({ ...base('derived', 'Then and now', derived.flatMap(f => [click, text(`${f.figure} ${f.context}.`)])), kind: 'figures', figures: derived })

  const highlighted = plan.quotation
    ? article.quotations.find(q => q.paragraphs[0].replace(/^[“"]/, '').startsWith(plan.quotation!))
    : [...article.quotations].filter(q => !q.inline).sort((a, b) => b.words - a.words)[0]
  if (plan.quotation && !highlighted)
    throw new PlanError(`plan: no quotation of the article starts with "${plan.quotation}".`)

  const photoChoices = plan.photos ?? []
  const credit = article.blocks.find((b): b is Extract<Block, { kind: 'credit' }> => b.kind === 'credit')?.text
  photoChoices.forEach(p => requireInArticle(p.caption, article, 'photo caption'))
  let photoCount = 0
  const closingSlides: SlidePlan[] = []
  const pendingPhotos: SlidePlan[] = []
  const lastParagraphIndex = article.blocks.findLastIndex(b => b.kind === 'paragraph')

  article.blocks.forEach((block, index) => {
    if (openingIndexes.has(index))
      return
    const previous = slides.at(-1)!
    switch (block.kind) {
      case 'heading':
        slides.push({ ...base(`h${index}`, block.text, [text(block.text)]), kind: 'section' })
        return
      case 'paragraph': {
        if (block.introducesQuotation)
          return // spoken on the quotation's first slide
        if (index === lastParagraphIndex) {
          closingSlides.push(...closingFor(block.text, plan, article, base, text))
          return
        }
        if (merged.has(index)) {
          previous.notes.push(text(block.text))
          return
        }
        const inline = article.quotations.find(q => q.inline && q.blockIndex === index)
        const shown = inline && !highlightFor(block.text)
          ? inline.paragraphs[0]
          : statementFor(block.text, highlightFor(block.text), article)
        slides.push({
          ...base(`p${index}`, inline?.attribution.speaker ? attributionLine(inline.attribution) : shortTitle(block.sentences[0]), [text(block.text)]),
          kind: 'statement',
          text: shown,
          attribution: inline && shown === inline.paragraphs[0] ? inline.attribution : undefined,
        })
        return
      }
      case 'quotation': {
        const quotation = block.quotation
        const intro = article.blocks[index - 1]
        const introNotes = intro?.kind === 'paragraph' && intro.introducesQuotation ? [text(intro.text)] : []
        if (quotation !== highlighted && quotation.words <= STATEMENT_MAX_WORDS) {
          slides.push({ ...base(`quote-${quotation.id}`, attributionLine(quotation.attribution) || 'Quotation', [...introNotes, ...quotation.paragraphs.map(text)]), kind: 'statement', text: quotation.paragraphs.join(' '), attribution: quotation.attribution })
          return
        }
        const pages = chunkQuotation(quotation)
        pages.forEach((chunks, n) => {
          const id = quotation === highlighted ? (n === 0 ? 'quote' : `quote-${n + 1}`) : `quote-${quotation.id}-${n + 1}`
          const spoken = chunks.map(chunkText)
          slides.push({
            ...base(id, attributionLine(quotation.attribution) || 'Quotation', [...(n === 0 ? introNotes : []), ...spoken.map(text)]),
            kind: 'quotation',
            attribution: quotation.attribution,
            part: n + 1,
            parts: pages.length,
            chunks,
          })
        })
        return
      }
      case 'caption': {
        const choice = photoChoices.find(p => p.caption === block.text)
        photoCount++
        const slide: SlidePlan = {
          ...base(`photo-${photoCount}`, shortTitle(block.text, 6), [text(block.text)]),
          kind: 'photo',
          photo: {
            src: choice?.file ?? (block.image?.src || undefined),
            alt: choice?.alt ?? (block.image?.alt || block.text),
            caption: block.text,
            credit,
            focal: choice?.focal,
            fit: choice?.fit,
          },
        }
        // Photos the article lists after its last paragraph are shown before the closing slides.
        if (index > lastParagraphIndex)
          pendingPhotos.push(slide)
        else
          slides.push(slide)
        return
      }
      default:
        // Credits are gathered on the credits slide; image markers belong to their captions.
    }
  })
  if (closingSlides.length > 1)
    slides.push(closingSlides[0], ...pendingPhotos, ...closingSlides.slice(1))
  else
    slides.push(...pendingPhotos, ...closingSlides)

  const { sources, credits } = sourcesAndCredits(article)
  slides.push({ ...base('credits', 'Sources and credits', (credits.length > 0 ? credits : sources).map(text)), kind: 'credits', sources, credits })

  const withChanges = applyDropAndAdd(slides, plan)
  const wpm = plan.wpm ?? DEFAULT_WPM
  for (const slide of withChanges)
    slide.pause = plan.pauses?.[slide.id] ?? DEFAULT_PAUSES[slide.kind] ?? 0
  const duration = assignBudgets(withChanges, wpm, plan.duration)
  const speakers = article.quotations.map(q => q.attribution.speaker).filter((s): s is string => Boolean(s))
  return {
    title: article.title,
    author: plan.author,
    subtitle: article.subtitle,
    dateLine: article.dateLine,
    lang: 'en',
    subject: [article.subtitle, article.dateLine].filter(Boolean).join(' · ') || article.title,
    keywords: [...new Set(['commemoration', article.title, ...(article.dateLine ? [article.dateLine] : []), ...speakers])],
    sources,
    credits,
    duration,
    wpm,
    slides: withChanges,
  }
}

function closingFor(paragraph: string, plan: PlanFile, article: Article, base: (id: string, fallback: string, notes?: NoteItem[]) => SlideBase, text: (t: string) => NoteItem): SlidePlan[] {
  const sentences = splitSentences(paragraph)
  const closingText = plan.closing ?? sentences.at(-1)!
  requireInArticle(closingText, article, 'closing')
  if (sentences.length < 4 && !plan.homage)
    return [{ ...base('closing', 'In closing', [text(paragraph)]), kind: 'closing', text: closingText }]
  const homageText = plan.homage ?? sentences[0]
  requireInArticle(homageText, article, 'homage')
  // The paragraph is spoken across both slides, split where the closing call begins.
  const callStart = Math.max(1, sentences.findIndex(s => s.includes(closingText) || closingText.includes(s)))
  const splitAt = Math.min(callStart, Math.ceil(sentences.length / 2))
  return [
    { ...base('homage', 'Homage', [text(sentences.slice(0, splitAt).join(' '))]), kind: 'homage', text: homageText },
    { ...base('closing', 'The call', [text(sentences.slice(splitAt).join(' '))]), kind: 'closing', text: closingText },
  ]
}

function applyDropAndAdd(slides: SlidePlan[], plan: PlanFile): SlidePlan[] {
  const ids = new Set(slides.map(s => s.id))
  for (const id of plan.drop ?? []) {
    if (id === 'cover')
      throw new PlanError('plan: the cover cannot be dropped: it holds the deck\'s headmatter.')
    if (!ids.has(id))
      throw new PlanError(`plan: cannot drop "${id}": the deck has no such slide (it has ${[...ids].join(', ')}).`)
  }
  const kept: SlidePlan[] = []
  for (const slide of slides) {
    if (plan.drop?.includes(slide.id) && kept.length > 0) {
      // The article text of a dropped slide is still spoken: it moves to the notes of the slide before.
      kept.at(-1)!.notes.push(...slide.notes.filter(n => 'text' in n))
      continue
    }
    kept.push(slide)
  }
  for (const extra of plan.add ?? []) {
    const at = kept.findIndex(s => s.id === extra.after)
    if (at < 0)
      throw new PlanError(`plan: cannot add "${extra.id}" after "${extra.after}": no such slide.`)
    kept.splice(at + 1, 0, { id: extra.id, title: extra.title, notes: extra.notes ? [{ text: extra.notes }] : [], budget: extra.seconds ?? 0, kind: 'custom', text: extra.text })
  }
  return kept
}

export function noteWords(slide: SlidePlan): number {
  return slide.notes.reduce((n, item) => n + ('text' in item ? countWords(item.text) : 0), 0)
}

export function noteClicks(slide: SlidePlan): number {
  return slide.notes.filter(item => 'click' in item).length
}

/**
 * Gives every slide a budget in whole steps of BUDGET_STEP seconds that add up exactly to the duration (minutes).
 * Each slide first gets its estimate rounded up (so its notes always fit), then the time left is
 * shared in proportion to the estimates. Without a duration, the deck's is the sum rounded up to
 * the minute. Slides added with a fixed number of seconds keep them. Returns the duration.
 */
export function assignBudgets(slides: SlidePlan[], wpm: number, duration?: number): number {
  const isFixed = (s: SlidePlan) => s.kind === 'custom' && s.budget > 0
  const estimates = slides.map(s => isFixed(s) ? s.budget : Math.max(MIN_BUDGET, speakingSeconds(noteWords(s), noteClicks(s), wpm) + (s.pause ?? 0)))
  const steps = estimates.map(e => Math.ceil(e / BUDGET_STEP))
  const stepsPerMinute = 60 / BUDGET_STEP
  const needed = steps.reduce((a, b) => a + b, 0)
  const minutes = duration ?? Math.ceil((needed * BUDGET_STEP) / 60)
  if (needed > minutes * stepsPerMinute)
    throw new PlanError(`plan: a duration of ${minutes} minutes is too short: the notes and pauses need at least ${Math.ceil((needed * BUDGET_STEP) / 60)} minutes at ${wpm} words a minute.`)
  const spare = minutes * stepsPerMinute - needed
  const weight = slides.reduce((n, s, i) => isFixed(s) ? n : n + estimates[i], 0)
  const shares = slides.map((s, i) => isFixed(s) ? 0 : (estimates[i] / weight) * spare)
  const extra = shares.map(Math.floor)
  let left = spare - extra.reduce((a, b) => a + b, 0)
  for (const [, i] of shares.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0])) {
    if (left <= 0)
      break
    if (!isFixed(slides[i])) {
      extra[i]++
      left--
    }
  }
  slides.forEach((s, i) => {
    s.budget = (steps[i] + extra[i]) * BUDGET_STEP
  })
  return minutes
}

/** Every sentence of the article must be spoken or shown somewhere in the plan: returns the ones that are not. */
export function missingSentences(article: Article, deck: DeckPlan): string[] {
  const spoken = deck.slides.flatMap(s => s.notes.map(n => ('text' in n ? n.text : ''))).join('\n')
  return articleSentences(article).filter(sentence => !spoken.includes(sentence))
}


