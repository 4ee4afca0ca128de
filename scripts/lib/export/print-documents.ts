// The two documents `npm run export` prints besides the slides: the audience handout and the
// speaker's rehearsal script. Pure functions from data to HTML; Chromium turns the HTML into PDF.
// Everything is inlined (fonts, images), so the page needs nothing from any server.

import type { RawParagraph } from '../article-text'
import type { ArticleSource, DeckInfo } from '../deck'
import { CLICK_MARK } from '../deck'
import { escapeHtml } from '../escape'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { clock as formatClock, runningTotals } from '../../../composables/timing'
import { labelsFor } from '../labels'
import { KIT_ROOT } from '../paths'

const require = createRequire(import.meta.url)

/** The faces the print documents use: @fontsource package, weight, style. */
const FONTS: [pkg: string, weight: number, style: 'normal' | 'italic'][] = [
  ['eb-garamond', 400, 'normal'],
  ['eb-garamond', 400, 'italic'],
  ['eb-garamond', 500, 'normal'],
  ['source-sans-3', 400, 'normal'],
  ['source-sans-3', 400, 'italic'],
  ['source-sans-3', 600, 'normal'],
  ['oswald', 500, 'normal'],
]
/** The scripts the kit's languages are written in; each comes as its own file with its unicode-range. */
const SUBSETS = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'])

/** One face's @font-face rules, a data URL for each subset, from @fontsource's own CSS so each keeps its unicode-range. */
function faceRules([pkg, weight, style]: typeof FONTS[number]): string[] {
  const dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`, { paths: [KIT_ROOT] }))
  const css = readFileSync(join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8')
  return [...css.matchAll(/\/\* ([a-z\d-]+)-\d+-(?:normal|italic) \*\/\s*@font-face \{([^}]*)\}/g)]
    .filter(([, name]) => SUBSETS.has(name.slice(pkg.length + 1)))
    .map(([, , rule]) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)![1]
      const data = readFileSync(join(dir, 'files', file)).toString('base64')
      return `@font-face{${rule.replace(/src:[^;]+;/, `src:url(data:font/woff2;base64,${data}) format('woff2');`).replace(/font-display:\s*swap/, 'font-display:block').replace(/\s+/g, ' ').trim()}}`
    })
}

let fontCss: string | undefined
/** @font-face rules with the kit's bundled fonts as data URLs (Chromium decodes only the subsets a page uses). */
export function inlineFonts(): string {
  fontCss ??= FONTS.flatMap(faceRules).join('\n')
  return fontCss
}

let footerCss: string | undefined
/**
 * The font of the print pages' footers: Chromium draws a footer apart from its page, which
 * cannot lend it its fonts, so the footer carries its one face itself.
 */
export function footerFont(): string {
  footerCss ??= faceRules(['source-sans-3', 400, 'normal']).join('')
  return footerCss
}

const esc = escapeHtml

export interface SlideImage {
  no: number
  title: string
  /** URL of an image of several slides in the light design, stacked top to bottom: one capture of
   * many slides costs about half of one capture per slide. */
  strip: string
  /** Where the slide begins in its strip, in pixels from the top (the strip is one slide wide). */
  y: number
  /** A slide's height in the strip's pixels. */
  height: number
}

/** The colour of the frame around each slide on the print pages. */
export const FRAME_COLOUR = '#d9cbb8'

/** One slide cut out of its strip: a 16:9 box that shows the strip moved up behind it. */
function slideImage(slide: SlideImage, alt: string): string {
  return `<div class="slide-image"><img src="${esc(slide.strip)}" alt="${esc(alt)}" style="top:-${(slide.y / slide.height * 100).toFixed(4)}%"></div>`
}

/** The styles both documents share; a slide's picture keeps the deck's canvas proportions. */
const baseCss = (deck: DeckInfo) => `
:root { --slide-ratio: ${deck.canvas.width} / ${deck.canvas.height}; --ink: #1b1414; --muted: #5c4f45; --accent: #8a1216; --gold: #8a6414; --rule: ${FRAME_COLOUR}; }
* { box-sizing: border-box; }
html { font-family: 'Source Sans 3', sans-serif; font-size: 10.5pt; color: var(--ink); background: #fff; }
body { margin: 0; }
/* Headings keep their letter case: Chromium makes the PDF's bookmarks from their text. */
h1, h2, h3, .cover-title { font-family: 'Oswald', sans-serif; font-weight: 500; letter-spacing: 0.02em; color: var(--accent); }
.section > h1 { font-size: 16pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 0.6pt solid var(--rule); break-after: avoid; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; color: var(--muted); break-after: avoid; }
.section { break-before: page; }
img { display: block; max-width: 100%; }
/* The frame is drawn over the picture, inside its 16:9 box: a border would take from the box the
   strip is placed in, and an outline would show at the foot of the page before. */
.slide-image { position: relative; aspect-ratio: var(--slide-ratio); overflow: hidden; }
.slide-image::after { content: ''; position: absolute; inset: 0; border: 0.6pt solid var(--rule); }
.slide-image img { position: absolute; left: 0; width: 100%; max-width: none; }
`

/** The article in full, paragraph by paragraph as it is written; its header lines styled as such. */
function articleHtml(paragraphs: RawParagraph[], source: ArticleSource, title: string): string {
  const header = new Map([[source.dateLine, 'article-date'], [title, 'article-title'], [source.subtitle, 'article-subtitle']])
  return paragraphs.map((p) => {
    if (p.image)
      return ''
    if (p.heading)
      return `<h2>${esc(p.text)}</h2>`
    // A paragraph that opens with a quotation mark is a quotation set apart.
    if (p.blockquote || /^["“„«]/.test(p.text))
      return `<blockquote><p>${esc(p.text)}</p></blockquote>`
    const role = header.get(p.text)
    return `<p${role ? ` class="${role}"` : ''}>${esc(p.text)}</p>`
  }).filter(Boolean).join('\n')
}

export interface HandoutInput {
  deck: DeckInfo
  slides: SlideImage[]
  /** The article's paragraphs, for its full text; left out when the deck names no article. */
  article?: RawParagraph[]
}

/** The audience handout: cover, slides two to a page, the article in full, credits and sources. */
export function handoutHtml({ deck, slides, article }: HandoutInput): string {
  const { dateLine, subtitle, sources, credits } = deck.source
  const t = labelsFor(deck.lang)
  const pairs: SlideImage[][] = []
  for (let i = 0; i < slides.length; i += 2)
    pairs.push(slides.slice(i, i + 2))
  return `<!doctype html><html lang="${esc(deck.lang)}"><head><meta charset="utf-8"><title>${esc(deck.title)}</title><style>
${inlineFonts()}
${baseCss(deck)}
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; padding: 0 8mm; border-left: 4mm solid var(--accent); }
.cover .date { font-family: 'Oswald', sans-serif; letter-spacing: 0.2em; text-transform: uppercase; color: var(--gold); font-size: 11pt; margin: 0 0 6mm; }
.cover .cover-title { font-size: 30pt; line-height: 1.1; margin: 0; text-transform: uppercase; }
.cover .subtitle { font-family: 'EB Garamond', serif; font-style: italic; font-size: 16pt; line-height: 1.3; color: var(--muted); margin: 6mm 0 0; }
.cover .occasion { margin-top: 14mm; font-size: 11pt; color: var(--muted); }
.slide-page { break-before: page; display: flex; flex-direction: column; gap: 12mm; }
/* Two slides, their captions and the section heading fit on A4 and on Letter (245 mm high). */
.slide-page figure.slide { width: 100%; max-width: 168mm; margin: 0 auto; }
.slide-page:first-of-type { break-before: auto; }
figure.slide { margin: 0; break-inside: avoid; }
figure.slide figcaption { margin-top: 2mm; font-size: 9.5pt; color: var(--muted); }
figure.slide figcaption b { color: var(--ink); font-weight: 600; }
.article { font-family: 'EB Garamond', serif; font-size: 12pt; line-height: 1.45; }
.article p { margin: 0 0 3mm; text-align: left; }
.article .article-date { font-family: 'Oswald', sans-serif; font-size: 10pt; color: var(--gold); }
/* The article keeps its own letter case: this section is the text word for word. */
.article .article-title { font-family: 'Oswald', sans-serif; font-size: 17pt; color: var(--ink); margin-bottom: 1mm; }
.article .article-subtitle { font-style: italic; font-size: 13pt; color: var(--muted); margin-bottom: 6mm; }
.article blockquote { margin: 4mm 0 4mm 0; padding-left: 5mm; border-left: 1.2pt solid var(--gold); }
.article .caption, .article .credit { font-family: 'Source Sans 3', sans-serif; font-style: italic; font-size: 10pt; color: var(--muted); }
.credits li { margin: 0 0 2mm; }
.credits ul { padding-left: 5mm; margin: 0; }
</style></head><body>
<section class="cover">
  ${dateLine ? `<p class="date">${esc(dateLine)}</p>` : ''}
  <p class="cover-title">${esc(deck.title)}</p>
  ${subtitle ? `<p class="subtitle">${esc(subtitle)}</p>` : ''}
  <p class="occasion">${esc(t.handoutFor)}${dateLine ? ` · ${esc(dateLine)}` : ''}</p>
</section>
<section class="section slides">
<h1>${esc(t.theSlides)}</h1>
${pairs.map(pair => `<div class="slide-page">${pair.map(s => `<figure class="slide">${slideImage(s, `${t.slide} ${s.no}: ${s.title}`)}<figcaption><b>${s.no}</b> · ${esc(s.title)}</figcaption></figure>`).join('')}</div>`).join('\n')}
</section>
${article ? `<section class="section article"><h1>${esc(t.theArticleInFull)}</h1>\n${articleHtml(article, deck.source, deck.title)}\n</section>` : ''}
<section class="section credits">
<h1>${esc(t.sourcesAndCredits)}</h1>
<h2>${esc(t.sources)}</h2><ul>${sources.map(s => `<li>${esc(s)}</li>`).join('')}</ul>
${credits.length > 0 ? `<h2>${esc(t.photographs)}</h2><ul>${credits.map(c => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}
</section>
</body></html>`
}

/** A small triangle drawn in CSS before "click": the bundled fonts have no such glyph. */
const CLICK_ARROW = '<span class="arrow" aria-hidden="true"></span>'

/** The rehearsal script: each slide's thumbnail beside its notes, its budget and the running total. */
export function speakerScriptHtml(deck: DeckInfo, slides: SlideImage[]): string {
  const t = labelsFor(deck.lang)
  const images = new Map(slides.map(s => [s.no, s]))
  // The running total counts every slide up to this one, chosen or not: it is the deck's clock.
  const totals = runningTotals(deck.slides.map(slide => slide.budget ?? 0))
  const rows = deck.slides.filter(s => images.has(s.no)).map((slide) => {
    const elapsed = totals[slide.no - 1]
    const notes = slide.spoken
      .split(/\n{2,}/)
      .map(p => p.trim() === CLICK_MARK
        ? `<p class="click">${CLICK_ARROW}${esc(t.click)}</p>`
        : `<p>${esc(p).replaceAll(CLICK_MARK, `<span class="click">${CLICK_ARROW}${esc(t.click)}</span>`)}</p>`)
      .join('')
    const timing = slide.budget !== undefined
      ? `<span class="budget">${formatClock(slide.budget)}</span> ${esc(t.forThisSlide)} · ${esc(t.by)} <b>${formatClock(elapsed)}</b>${deck.duration ? ` ${esc(t.of)} ${formatClock(deck.duration)}` : ''}`
      : esc(t.noTimeBudget)
    return `<article class="row"><div class="thumb">${slideImage(images.get(slide.no)!, `${t.slide} ${slide.no}`)}<p class="timing">${timing}</p></div><div class="notes"><h2><span class="no">${slide.no}</span> ${esc(slide.title)}</h2>${notes || `<p class="empty">${esc(t.noNotes)}</p>`}</div></article>`
  })
  return `<!doctype html><html lang="${esc(deck.lang)}"><head><meta charset="utf-8"><title>${esc(deck.title)}: ${esc(t.speakerScript)}</title><style>
${inlineFonts()}
${baseCss(deck)}
header.script { margin-bottom: 6mm; }
header.script h1 { font-size: 18pt; margin: 0 0 1mm; }
header.script p { margin: 0; color: var(--muted); }
.row { display: grid; grid-template-columns: 62mm 1fr; gap: 6mm; padding: 4mm 0; border-top: 0.6pt solid var(--rule); break-inside: avoid; }
.timing { margin: 2mm 0 0; font-size: 9pt; color: var(--muted); }
.timing b, .budget { color: var(--ink); font-weight: 600; }
.notes h2 { font-size: 11pt; margin: 0 0 2mm; padding: 0; border: 0; color: var(--accent); }
.notes h2 .no { color: var(--gold); margin-right: 2mm; }
.notes p { font-family: 'EB Garamond', serif; font-size: 12pt; line-height: 1.4; margin: 0 0 2mm; }
.notes .click .arrow { display: inline-block; width: 0; height: 0; margin-right: 0.35em; border-style: solid; border-width: 0.3em 0 0.3em 0.45em; border-color: transparent transparent transparent currentColor; }
.notes .click { font-family: 'Source Sans 3', sans-serif; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--accent); }
.notes .empty { color: var(--muted); font-style: italic; }
</style></head><body>
<header class="script"><h1>${esc(deck.title)}</h1><p>${esc(t.speakerScript)}${deck.duration ? ` · ${formatClock(deck.duration)} ${esc(t.inAll)}` : ''}${deck.wpm ? ` · ${esc(t.budgetsAt(deck.wpm))}` : ''}</p></header>
${rows.join('\n')}
</body></html>`
}
