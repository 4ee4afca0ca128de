// Renders a deck plan as Slidev Markdown, using the project's components and layouts.
// Pure: returns the text of slides.md. All article text passes through escape.ts; every label
// comes from the deck's language table and reaches the components as props.

import type { Attribution } from './model'
import type { DeckPlan, NoteItem, QuotationChunk, SlidePlan, TimelineEvent } from './plan'
import { stringify } from 'yaml'
import { SLIDE_CANVAS } from '../canvas'
import { escapeHtml, escapeJsonProp, escapeMarkdownInline, escapeNote } from '../escape'
import { labelsFor } from '../labels'
import { slugify } from '../text'
import { typeset } from './typography'

export interface RenderOptions {
  /** Where the article and plan came from, for the "generated" comment. */
  sourceNote: string
  /** Path from the output folder to the kit's root, when the deck is written outside it. */
  addonPath?: string
  /** Path from the output folder to the article, for the handout's full text. */
  articlePath?: string
  /** Path from the output folder to the plan file, so that `export --watch` can regenerate the deck. */
  planPath?: string
}

function frontmatter(data: Record<string, unknown>): string {
  // lineWidth 0: never fold a long value onto a line that could start with "---".
  return stringify(data, { lineWidth: 0 }).trimEnd()
}

/** Writes article text into slides.md in the deck's language: escaped, with the spaces its typography binds (typography.ts). */
function writer(lang: string) {
  const set = (value: string) => typeset(value, lang)
  const attr = (name: string, value: string | undefined) => value ? ` ${name}="${escapeHtml(set(value))}"` : ''
  return {
    /** Article text in an element; `given` marks text the plan or a flag gave, which the fidelity check leaves alone. */
    text: (tag: string, value: string, className?: string, given = false) =>
      `<${tag}${className ? ` class="${className}"` : ''}${given ? ' data-given' : ''} v-pre>${escapeHtml(set(value))}</${tag}>`,
    attr,
    attribution: (a: Attribution) => `${attr('speaker', a.speaker)}${attr('role', a.role)}${attr('when', a.when)}${attr('occasion', a.occasion)}`,
    chunks: (chunks: QuotationChunk[]) => escapeJsonProp(chunks.map(c => ({ ...c, segments: c.segments.map(s => ({ ...s, text: set(s.text) })) }))),
    events: (events: TimelineEvent[]) => escapeJsonProp(events.map(e => ({ ...e, text: set(e.text) }))),
  }
}

type Writer = ReturnType<typeof writer>

function notes(items: NoteItem[]): string {
  const lines = items.map(item => ('click' in item ? '[click]' : escapeNote(item.text)))
  return `<!--\n${lines.join('\n\n')}\n-->`
}

/** The statement's words: one sentence large, or short paragraphs that share the slide. */
function statement(slide: Extract<SlidePlan, { kind: 'statement' }>, w: Writer, lang: string): string {
  const { text } = w
  if (slide.attribution && slide.chunk)
    return `<Quotation${w.attribution(slide.attribution)}${labelProps(w, lang)} :paragraphs='${w.chunks([slide.chunk])}' />`
  if (slide.more)
    return `<div class="statement-group">\n${[slide.text, ...slide.more].map(t => text('p', t, 'statement-text')).join('\n')}\n</div>`
  const long = slide.text.split(/\s+/).length > 45
  return long ? `<div class="statement-long">\n${text('p', slide.text, 'statement-text')}\n</div>` : text('p', slide.text, 'statement-text')
}

/** The labels the Quotation component draws, in the deck's language. */
function labelProps(w: Writer, lang: string, part?: number, parts?: number): string {
  const labels = labelsFor(lang)
  return `${w.attr('elision-title', labels.wordsLeftOut)}${part && parts && parts > 1 ? w.attr('part-label', labels.partOf(part, parts)) : ''}`
}

function body(slide: SlidePlan, deck: DeckPlan): string {
  const labels = labelsFor(deck.lang)
  const w = writer(deck.lang)
  const { text, attr } = w
  const heading = text('h1', slide.title, slide.kind === 'cover' ? undefined : 'eyebrow')
  switch (slide.kind) {
    case 'cover':
      return [
        slide.dateLine ? text('p', slide.dateLine, 'date-line', slide.given.includes('date')) : '',
        text('h1', slide.heading, undefined, slide.given.includes('title') && slide.title === slide.heading),
        slide.subtitle ? text('p', slide.subtitle, 'subtitle', slide.given.includes('subtitle')) : '',
        slide.byline ? text('p', slide.byline, 'byline') : '',
      ].filter(Boolean).join('\n')
    case 'timeline':
      return `${heading}\n\n<Timeline :events='${w.events(slide.events)}' />`
    case 'figures':
      return [
        heading,
        '',
        `<KeyFigureGrid :count="${slide.figures.length}">`,
        ...slide.figures.map(f => `<KeyFigure v-click figure="${escapeHtml(f.figure)}"${f.value !== undefined ? ` :value="${f.value}"` : ''}${attr('context', f.context)}${attr('source', f.source)}${f.countUp ? ' count-up' : ''}${f.derived ? ' derived' : ''} />`),
        '</KeyFigureGrid>',
      ].join('\n')
    case 'quotation':
      return `${heading}\n\n<Quotation${w.attribution(slide.attribution)} :part="${slide.part}" :parts="${slide.parts}"${slide.verse ? ' verse' : ''}${labelProps(w, deck.lang, slide.part, slide.parts)} :paragraphs='${w.chunks(slide.chunks)}' />`
    case 'statement':
      return `${heading}\n\n${statement(slide, w, deck.lang)}`
    case 'section':
      return heading
    case 'photo': {
      const p = slide.photo
      return `${heading}\n\n<Photo${attr('src', p.src)}${attr('alt', p.alt)}${attr('caption', p.caption)}${attr('credit', p.credit)}${attr('focal', p.focal)}${attr('fit', p.fit)}${attr('note', labels.archivePhotograph)} />`
    }
    case 'homage':
    case 'closing':
      return `${heading}\n\n${text('p', slide.text, 'closing-text')}`
    case 'custom':
      return [heading, slide.text ? text('p', slide.text, 'statement-text') : ''].filter(Boolean).join('\n\n')
    case 'credits':
      return [
        heading,
        '',
        '<div class="credits">',
        text('h2', labels.sources),
        `<ul>${slide.sources.map(s => text('li', s)).join('')}</ul>`,
        ...(slide.credits.length > 0 ? [text('h2', labels.photographs), `<ul>${slide.credits.map(s => text('li', s)).join('')}</ul>`] : []),
        '</div>',
      ].join('\n')
  }
}

const LAYOUTS: Record<SlidePlan['kind'], string> = {
  cover: 'cover',
  timeline: 'default',
  figures: 'default',
  quotation: 'quotation',
  statement: 'statement',
  section: 'section',
  photo: 'photo',
  homage: 'homage',
  closing: 'homage',
  custom: 'statement',
  credits: 'default',
}

// Inline, so a deck generated into another folder (with its own public/) has it too.
const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" fill="#0e0a0a"/><path d="M24 6l5.3 10.9 12 1.7-8.7 8.5 2.1 11.9L24 33.4l-10.7 5.6 2.1-11.9-8.7-8.5 12-1.7z" fill="#8f1418" stroke="#d0aa55" stroke-width="2"/></svg>')}`

export function renderDeck(deck: DeckPlan, options: RenderOptions): string {
  const headmatter = {
    theme: 'default',
    ...(options.addonPath ? { addons: [options.addonPath] } : {}),
    title: escapeMarkdownInline(deck.title),
    ...(deck.author ? { author: deck.author } : {}),
    info: [deck.title, deck.subtitle, deck.dateLine].filter((t): t is string => Boolean(t)).map(escapeMarkdownInline).join('\n\n'),
    // The deck's language: the exports read `lang`; Slidev puts `htmlAttrs` on <html>, so screen
    // readers and hyphenation follow it.
    lang: deck.lang,
    htmlAttrs: { lang: deck.lang },
    keywords: deck.keywords.join(', '),
    colorSchema: 'dark',
    aspectRatio: SLIDE_CANVAS.aspectRatio,
    canvasWidth: SLIDE_CANVAS.width,
    fonts: { provider: 'none', sans: 'Source Sans 3', serif: 'EB Garamond', mono: 'ui-monospace' },
    duration: `${deck.duration}min`,
    timer: 'countdown',
    transition: 'fade',
    exportFilename: slugify(deck.title, 80),
    download: false,
    // Local favicon and no image preloading: nothing may be requested from another host, and a
    // photo that is not in public/ yet must not be requested at all (the Photo component knows).
    favicon: FAVICON,
    preloadImages: false,
    drawings: { persist: false },
    wpm: deck.wpm,
    // What the exports need of the article, so that they read this file alone (and the article
    // named here, for the handout's full text).
    commemoration: {
      ...(options.articlePath ? { article: options.articlePath } : {}),
      ...(options.planPath ? { plan: options.planPath } : {}),
      ...(deck.dateLine ? { dateLine: deck.dateLine } : {}),
      ...(deck.subtitle ? { subtitle: deck.subtitle } : {}),
      subject: deck.subject,
      sources: deck.sources,
      credits: deck.credits,
    },
  }
  const parts = deck.slides.map((slide, i) => {
    const own = { layout: LAYOUTS[slide.kind], title: escapeMarkdownInline(slide.title), slideId: slide.id, class: `slide-${slide.kind}`, budget: slide.budget }
    const fm = frontmatter(i === 0 ? { ...headmatter, ...own } : own)
    const comment = i === 0 ? `# ${options.sourceNote}\n` : ''
    return `---\n${comment}${fm}\n---\n\n${body(slide, deck)}\n\n${notes(slide.notes)}\n`
  })
  return parts.join('\n')
}
