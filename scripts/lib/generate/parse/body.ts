// The article's body, paragraph by paragraph, through a list of small recognisers: each looks at
// the paragraph at the cursor and either takes it (and maybe the ones after it) or leaves it.

import type { RawParagraph } from '../../article-text'
import type { Attribution, Block, Quotation } from '../model'
import type { BlockKind } from '../plan-file'
import { countWords } from '../../text'
import { splitSentences } from '../sentences'
import { isProperName, labelSpeaker, readAttribution, readTrailingAttribution } from './attribution'
import { isCaptionCredit, isCreditLine, isSourceLine, splitCaptionCredit } from './captions'
import { namedBy } from './keys'
import { CLOSE_QUOTES, OPEN_QUOTES, opensQuotation, quoteMarks, segmentQuotation } from './quotation'
import { inFirstPerson, introducesSpeech, isSalutation, isSpeechLabel, readSpeechLabel, startsWithSalutation } from './speech'
import { readVerse } from './verse'

export interface BodyContext {
  body: RawParagraph[]
  lang: string
  markdown: boolean
  hasImages: boolean
  blocks: Block[]
  quotations: Quotation[]
  /** What the plan says a paragraph is, by its first words: settles the parser's doubts. */
  kinds: Record<string, BlockKind>
  speakers: Record<string, string>
  /** A speech set out without quotation marks that the next paragraphs may go on. */
  openSpeech?: Quotation
  /** The article is a speech, so its paragraphs stay paragraphs. */
  articleIsSpeech: boolean
}

type Recogniser = (ctx: BodyContext, i: number) => number

const forcedKind = (ctx: BodyContext, text: string) => Object.entries(ctx.kinds).find(([first]) => namedBy(text, first))?.[1]

function newQuotation(ctx: BodyContext, paragraphs: string[], attribution: Attribution, extra: Partial<Quotation> = {}): Quotation {
  const marks = paragraphs.map(p => quoteMarks(p))
  const quotation: Quotation = {
    id: `q${ctx.quotations.length + 1}`,
    paragraphs,
    segments: paragraphs.map((p, n) => segmentQuotation(p, marks[n])),
    marks,
    attribution,
    blockIndex: ctx.blocks.length,
    inline: false,
    words: countWords(paragraphs.join(' ')),
    ...extra,
  }
  const chosen = Object.entries(ctx.speakers).find(([first]) => namedBy(paragraphs[0], first))?.[1]
  if (chosen)
    quotation.attribution = { ...quotation.attribution, speaker: chosen, sentence: quotation.attribution.sentence }
  ctx.quotations.push(quotation)
  ctx.blocks.push({ kind: 'quotation', quotation })
  return quotation
}

/** The attribution from the paragraph before a quotation, when it ends by introducing one ("… said:", "X :"). */
function introduction(ctx: BodyContext): Attribution {
  const previous = ctx.blocks.at(-1)
  if (previous?.kind !== 'paragraph' || !/:$/.test(previous.text))
    return {}
  previous.introducesQuotation = true
  const sentence = previous.sentences.at(-1)!
  const attribution = readAttribution(sentence, ctx.lang)
  if (attribution.speaker)
    return attribution
  const label = labelSpeaker(sentence, ctx.lang)
  if (label)
    return label
  // "He said:" names nobody: the speaker, date and occasion are then read from the whole paragraph.
  const fromParagraph = previous.sentences.slice(0, -1).reverse().map(s => readAttribution(s, ctx.lang)).find(a => a.speaker) ?? {}
  return { speaker: fromParagraph.speaker, role: fromParagraph.role, when: attribution.when ?? fromParagraph.when, occasion: attribution.occasion ?? fromParagraph.occasion, sentence: previous.text }
}

/** The line after a quotation that says who said it, taken with it. */
function takeTrailingAttribution(ctx: BodyContext, quotation: Quotation, next: RawParagraph | undefined): number {
  if (!next || next.image || next.heading)
    return 0
  const read = readTrailingAttribution(next.text, ctx.lang)
  if (!read)
    return 0
  // The line after names the speaker where the introduction only described them ("a former
  // blockade survivor, one of our readers" … "Anna Belova, 27 January 1984").
  const current = quotation.attribution
  if (!current.speaker || (!isProperName(current.speaker) && isProperName(read.speaker)))
    quotation.attribution = { ...read, ...pick(current, ['occasion']), role: read.role ?? current.role ?? current.speaker }
  ctx.blocks.push({ kind: 'attribution', text: next.text, quotationId: quotation.id })
  return 1
}

/** The name in a text that a label writes in capitals: "Daniel Ortiz" for "DANIEL ORTIZ". */
function sameName(text: string, label: string): string | undefined {
  const words = label.split(/\s+/).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'iu').exec(text)?.[0]
}

const pick = <T extends object>(value: T, keys: (keyof T)[]) => Object.fromEntries(keys.filter(k => value[k] !== undefined).map(k => [k, value[k]])) as Partial<T>

const image: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  if (!p.image)
    return 0
  ctx.blocks.push({ kind: 'image', image: p.image })
  return 1
}

const heading: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const next = ctx.body[i + 1]
  const forced = forcedKind(ctx, p.text) === 'heading'
  // A short line of plain text before a paragraph, not a sentence: a section heading.
  const plainHeading = !ctx.markdown && !p.blockquote && countWords(p.text) <= 9 && !/[.!?:;,…»”"“)]$/.test(p.text)
    && /^\p{Lu}/u.test(p.text) && !OPEN_QUOTES.test(p.text) && next && !next.image && countWords(next.text) >= 12 && !p.enlarge
  if (!p.heading && !forced && !plainHeading)
    return 0
  ctx.openSpeech = undefined
  ctx.blocks.push({ kind: 'heading', level: p.heading ?? 2, text: p.text })
  return 1
}

const sourceOrCredit: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const forced = forcedKind(ctx, p.text)
  if (forced === 'source' || (!forced && isSourceLine(p.text))) {
    ctx.blocks.push({ kind: 'source', text: p.text })
    return 1
  }
  if (forced === 'credit' || (!forced && isCreditLine(p.text, ctx.hasImages))) {
    ctx.blocks.push({ kind: 'credit', text: p.text })
    return 1
  }
  return 0
}

const caption: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const previous = ctx.body[i - 1]
  const forced = forcedKind(ctx, p.text)
  if ((forced && forced !== 'caption') || (p.heading && !forced))
    return 0
  const words = countWords(p.text)
  const split = splitCaptionCredit(p.text)
  const credit = split.credit && isCaptionCredit(split.credit) ? split.credit : undefined
  const text = credit ? split.caption : p.text
  // A caption follows its image in Markdown; in plain text (as in the seed) captions are short lines
  // among image markers, or a line that "click to enlarge" or an archive's initials follow.
  const isCaption = forced === 'caption'
    || (p.enlarge && words <= 60)
    || (Boolean(credit) && words <= 60)
    || (Boolean(previous?.image) && words <= 30)
    || (!ctx.markdown && ctx.hasImages && words <= 20 && !/:$/.test(p.text) && !OPEN_QUOTES.test(p.text))
  if (!isCaption)
    return 0
  ctx.openSpeech = undefined
  ctx.blocks.push({ kind: 'caption', text, image: previous?.image, credit })
  return 1
}

const labelledSpeech: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const read = readSpeechLabel(p.text, ctx.lang)
  if (!read || forcedKind(ctx, p.text) === 'paragraph')
    return 0
  const intro = ctx.blocks.at(-1)
  // "The chair of the committee, Daniel Ortiz, opened the evening." before "DANIEL ORTIZ: Dear friends, …":
  // that paragraph introduces the speech, and names the speaker as the article writes the name.
  const named = intro?.kind === 'paragraph' && !intro.introducesQuotation ? sameName(intro.text, read.speaker) : undefined
  let attribution: Attribution = { speaker: read.speaker, sentence: read.label }
  if (intro?.kind === 'paragraph' && named) {
    intro.introducesQuotation = true
    const fromIntro = intro.sentences.map(s => readAttribution(s, ctx.lang)).find(a => a.speaker?.includes(named)) ?? {}
    attribution = { ...fromIntro, speaker: named, sentence: intro.text }
  }
  ctx.openSpeech = newQuotation(ctx, [read.rest], attribution, { speech: true, label: read.label })
  return 1
}

/** "Discours de Monsieur le Maire", "Rede des Bürgermeisters:": the speech of that speaker follows. */
const speechLabel: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const speaker = isSpeechLabel(p.text, ctx.lang)
  const next = ctx.body[i + 1]
  if (!speaker || !next || next.image || opensQuotation(next.text))
    return 0
  ctx.blocks.push({ kind: 'paragraph', text: p.text, sentences: [p.text], introducesQuotation: !ctx.articleIsSpeech })
  if (ctx.articleIsSpeech)
    return 1
  ctx.openSpeech = newQuotation(ctx, [next.text], { speaker, sentence: p.text }, { speech: true })
  return 2
}

const verse: Recogniser = (ctx, i) => {
  const previous = ctx.blocks.at(-1)
  const announced = (previous?.kind === 'paragraph' && /:$/.test(previous.text)) || previous?.kind === 'heading'
  const read = readVerse(ctx.body, i, ctx.lang, announced)
  if (!read || forcedKind(ctx, ctx.body[i].text) === 'paragraph')
    return 0
  ctx.openSpeech = undefined
  const attribution = introduction(ctx)
  const quotation = newQuotation(ctx, [read.text], attribution, { verse: true })
  return read.length + takeTrailingAttribution(ctx, quotation, ctx.body[i + read.length])
}

const quotation: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const forced = forcedKind(ctx, p.text)
  if (!(p.blockquote || forced === 'quotation' || (opensQuotation(p.text) && forced !== 'paragraph')))
    return 0
  ctx.openSpeech = undefined
  // A quotation over several paragraphs: each opens with a mark and only the last closes.
  const run = [p.text]
  let j = i
  while (!p.blockquote && !CLOSE_QUOTES.test(run.at(-1)!) && OPEN_QUOTES.test(ctx.body[j + 1]?.text ?? '') && !ctx.body[j + 1]?.image)
    run.push(ctx.body[++j].text)
  while (p.blockquote && ctx.body[j + 1]?.blockquote)
    run.push(ctx.body[++j].text)
  const made = newQuotation(ctx, run, introduction(ctx))
  return j - i + 1 + takeTrailingAttribution(ctx, made, ctx.body[j + 1])
}

const salutation: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  if (!isSalutation(p.text, ctx.lang))
    return 0
  ctx.blocks.push({ kind: 'paragraph', text: p.text, sentences: [p.text], salutation: true })
  return 1
}

/** A paragraph that goes on a speech set out without quotation marks. */
const speechGoesOn: Recogniser = (ctx, i) => {
  const speech = ctx.openSpeech
  const p = ctx.body[i]
  if (!speech || forcedKind(ctx, p.text) === 'paragraph' || p.blockquote)
    return 0
  const surname = speech.attribution.speaker?.split(/\s+/).at(-1) ?? ''
  // The article speaks of the speaker again ("Martin then laid a wreath"), or no longer in the
  // speaker's voice: the speech has ended.
  if ((surname.length > 2 && p.text.includes(surname) && !inFirstPerson(p.text.split(surname)[0])) || !inFirstPerson(p.text)) {
    ctx.openSpeech = undefined
    return 0
  }
  speech.paragraphs.push(p.text)
  speech.marks.push(quoteMarks(p.text))
  speech.segments.push(segmentQuotation(p.text, speech.marks.at(-1)))
  speech.words = countWords(speech.paragraphs.join(' '))
  return 1
}

/** A paragraph that introduces a speech set out without quotation marks: the speech follows. */
function opensSpeech(ctx: BodyContext, block: Extract<Block, { kind: 'paragraph' }>, next: RawParagraph | undefined): Attribution | undefined {
  if (ctx.articleIsSpeech || !next || next.image || next.heading || opensQuotation(next.text) || readSpeechLabel(next.text, ctx.lang) || readVerse(ctx.body, ctx.body.indexOf(next), ctx.lang, true))
    return undefined
  const last = block.sentences.at(-1)!
  const goesOnInFirstPerson = inFirstPerson(next.text) || startsWithSalutation(next.text, ctx.lang)
  if (/:$/.test(last) && goesOnInFirstPerson) {
    const attribution = introduction(ctx)
    return attribution.speaker ? attribution : { ...readAttribution(block.text, ctx.lang), sentence: block.text }
  }
  if (introducesSpeech(last, ctx.lang) && goesOnInFirstPerson) {
    block.introducesQuotation = true
    return { ...readAttribution(last, ctx.lang), speaker: readAttribution(last, ctx.lang).speaker ?? speakerNamedIn(last), sentence: last }
  }
  return undefined
}

/** The first name in a sentence: "Hugh Buckley, a Canadian veteran …" gives "Hugh Buckley". */
function speakerNamedIn(sentence: string): string | undefined {
  return /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}/u.exec(sentence)?.[0]
}

const paragraph: Recogniser = (ctx, i) => {
  const p = ctx.body[i]
  const block: Extract<Block, { kind: 'paragraph' }> = { kind: 'paragraph', text: p.text, sentences: splitSentences(p.text, ctx.lang) }
  ctx.blocks.push(block)
  ctx.quotations.push(...inlineQuotations(ctx, p.text))
  const next = ctx.body[i + 1]
  const speech = opensSpeech(ctx, block, next)
  if (speech && next) {
    ctx.openSpeech = newQuotation(ctx, [next.text], speech, { speech: true })
    return 2
  }
  return 1
}

/** Quotations inside a paragraph ("… the mayor said: “We remember them …”"), of six words or more. */
function inlineQuotations(ctx: BodyContext, text: string): Quotation[] {
  const found: Quotation[] = []
  const sentences = splitSentences(text, ctx.lang)
  for (const m of text.matchAll(/“([^”]+)”|"([^"]+)"|«\s?([^»]+?)\s?»|„([^“”]+)[“”]/g)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4]
    if (countWords(inner) < 6)
      continue
    const own = sentences.find(s => s.includes(inner.slice(0, 40))) ?? text
    let attribution = readAttribution(own, ctx.lang)
    if (!attribution.speaker) {
      const before = sentences[sentences.indexOf(own) - 1]
      if (before)
        attribution = { ...readAttribution(before, ctx.lang), sentence: before }
      if (!attribution.speaker)
        attribution = { ...readAttribution(text, ctx.lang), sentence: own }
    }
    const marks = quoteMarks(m[0])
    found.push({ id: `q${ctx.quotations.length + found.length + 1}`, paragraphs: [m[0]], segments: [segmentQuotation(m[0], marks)], marks: [marks], attribution, blockIndex: ctx.blocks.length - 1, inline: true, words: countWords(inner) })
  }
  return found
}

/** The recognisers, in the order they are asked. The first that takes a paragraph wins. */
const RECOGNISERS: Recogniser[] = [image, sourceOrCredit, caption, heading, labelledSpeech, speechLabel, verse, quotation, speechGoesOn, salutation, paragraph]

export function readBody(ctx: BodyContext): void {
  for (let i = 0; i < ctx.body.length;) {
    const taken = RECOGNISERS.reduce((n, recognise) => n || recognise(ctx, i), 0)
    i += taken
  }
}
