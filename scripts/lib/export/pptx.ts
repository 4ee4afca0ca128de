// The PowerPoint file for a hall's own computer: one slide per deck slide in its final state, its
// text in real, editable text boxes placed and styled as on the rendered slide, the design
// (background, rules, cards, stars) as a picture behind them, each photo a picture of its own with
// its alt text, and the speaker's notes on every notes page.
//
// From the page the export already has open: the text boxes are read from the dark slides
// (pptx-layout.ts), then the same slides are printed with their text made transparent and their
// photos hidden, and MuPDF draws that print as the backgrounds (Chromium screenshots without it).
// pptxgenjs writes the file beside Chromium's next work.
//
// Fonts: PowerPoint files can embed fonts only in Microsoft's own obfuscated format, which no
// maintained library writes (pptxgenjs has none). So the boxes name the deck's fonts, each with
// the PANOSE class and pitch family of a font Windows and Office ship (Garamond, Arial Narrow),
// which PowerPoint substitutes when ours are not installed; the boxes get some room and shrink
// their text on overflow, so wider letters of a substitute do not spill out.

import type PptxGenJS from 'pptxgenjs'
import type { DeckInfo } from '../deck'
import type { Box, ImageBox, SlideLayout, TextBox } from './pptx-layout'
import type { ExportRound, Step } from './session'
import { readFile, writeFile } from 'node:fs/promises'
import { CSS_PX_PER_INCH } from '../canvas'
import { CLICK_MARK } from '../deck'
import { labelsFor } from '../labels'
import { drawPages } from './mupdf'
import { ExportError } from './options'
import { deckMetadata } from './pdf-metadata'
import { screenshotSlide } from './png'
import { readSlideLayouts } from './pptx-layout'
import { addStyle, slideTops } from './print-view'
import { finishXml } from './pptx-xml'
import { printSlides } from './slides-pdf'

/** Points per CSS pixel (type sizes); pptxgenjs places in inches. */
const PT_PER_PX = 0.75
const inch = (px: number) => px / CSS_PX_PER_INCH

/** The text disappears and the photos go: what is left is the design, for the slides' backgrounds. */
const DESIGN_ONLY_CSS = `
.print-slide-container, .print-slide-container * { -webkit-text-fill-color: transparent !important; text-shadow: none !important; text-decoration-color: transparent !important; }
.print-slide-container img { visibility: hidden !important; }
`

/**
 * Share of a box's width and height left free for a substitute font's wider letters: more for a
 * single line (a title, a label), which a few wider letters would otherwise break in two.
 */
const ROOM = { width: 0.04, singleLineWidth: 0.2, height: 0.12 }

let pptxgen: Promise<typeof import('pptxgenjs')> | undefined
const loadPptxGen = () => (pptxgen ??= import('pptxgenjs'))

/** Text blocks stacked in one container (a quotation's paragraphs, a key figure and its label) make one box. */
interface Paragraphs extends Box {
  paragraphs: { box: TextBox, spaceBefore: number }[]
  /** A short line that must not break (a figure, a date, a name): a box of its own, one line high. */
  alone: boolean
}

const lineHeightOf = (box: TextBox) => box.lineHeight ?? 1.2 * Math.max(...box.runs.map(r => r.size))
const isOneLine = (box: TextBox) => box.h < 1.5 * lineHeightOf(box)
/**
 * "1,100,000", "MAY 1945", "JOSEPH STALIN": broken in two by a wider stand-in font, it would read
 * wrong. In a box of its own one line high, a stand-in's wider letters make the box overflow, and
 * the text shrinks back onto one line (shrink on overflow) instead of pushing what follows it.
 */
const isUnbreakable = (box: TextBox) => isOneLine(box) && box.runs.map(r => r.text).join('').trim().split(/\s+/).length <= 3

function stacked(layout: SlideLayout): Paragraphs[] {
  const groups: Paragraphs[] = []
  for (const box of layout.texts) {
    const group = groups.at(-1)
    const last = group?.paragraphs.at(-1)?.box
    const below = group && last && !group.alone && !isUnbreakable(box) && box.parent === last.parent
      && Math.abs(box.x - last.x) < 1 && Math.abs(box.w - last.w) < 1 && box.y >= last.y + last.h - 1
    if (below) {
      group.paragraphs.push({ box, spaceBefore: box.y - (last.y + last.h) })
      group.h = box.y + box.h - group.y
    }
    else {
      groups.push({ x: box.x, y: box.y, w: box.w, h: box.h, paragraphs: [{ box, spaceBefore: 0 }], alone: isUnbreakable(box) })
    }
  }
  return groups
}

/** Pixels kept between a grown box and its neighbour. */
const GAP = 6

/**
 * The box with room to grow: wider on the side its text grows to (right, left or both, by its
 * alignment) and taller, but only into space no other text takes, and within the slide.
 */
function withRoom(group: Paragraphs, others: Paragraphs[], canvas: DeckInfo['canvas']): Box {
  const first = group.paragraphs[0].box
  const singleLine = group.paragraphs.length === 1 && isOneLine(first)
  const grow = group.w * (singleLine ? ROOM.singleLineWidth : ROOM.width)
  const right = group.x + group.w
  const bottom = group.y + group.h
  const sameLines = others.filter(o => o !== group && o.y < bottom && group.y < o.y + o.h)
  const freeRight = Math.min(canvas.width, ...sameLines.filter(o => o.x >= right - 1).map(o => o.x - GAP)) - right
  const freeLeft = group.x - Math.max(0, ...sameLines.filter(o => o.x + o.w <= group.x + 1).map(o => o.x + o.w + GAP))
  const [toLeft, toRight] = first.align === 'right' ? [grow, 0] : first.align === 'center' ? [grow / 2, grow / 2] : [0, grow]
  const x = group.x - Math.max(0, Math.min(toLeft, freeLeft))
  const w = right + Math.max(0, Math.min(toRight, freeRight)) - x
  const sameColumns = others.filter(o => o !== group && o.x < x + w && x < o.x + o.w)
  const freeBelow = Math.min(canvas.height, ...sameColumns.filter(o => o.y >= bottom - 1).map(o => o.y - GAP)) - bottom
  return { x, y: group.y, w, h: group.h + Math.max(0, Math.min(group.h * ROOM.height, freeBelow)) }
}

function textObjects(group: Paragraphs, lang: string): PptxGenJS.TextProps[] {
  const objects: PptxGenJS.TextProps[] = []
  group.paragraphs.forEach(({ box, spaceBefore }, p) => {
    const paragraph = {
      align: box.align,
      lineSpacing: box.lineHeight ? box.lineHeight * PT_PER_PX : undefined,
      paraSpaceBefore: spaceBefore > 0 ? spaceBefore * PT_PER_PX : undefined,
    }
    const runs = box.runs.filter(run => run.text !== '\n')
    // A line break inside a block (a verse line) is a soft break before the run that follows it.
    const breaksBefore = new Set(box.runs.flatMap((run, r) => run.text === '\n' ? [box.runs.slice(0, r).filter(x => x.text !== '\n').length] : []))
    runs.forEach((run, r) => {
      objects.push({
        text: run.text,
        options: {
          ...paragraph,
          fontFace: run.font,
          fontSize: Math.round(run.size * PT_PER_PX * 10) / 10,
          bold: run.bold,
          italic: run.italic,
          color: run.color.slice(1),
          transparency: Math.round((1 - run.alpha) * 100),
          charSpacing: run.letterSpacing ? run.letterSpacing * PT_PER_PX : undefined,
          lang,
          softBreakBefore: breaksBefore.has(r) || undefined,
          // The last run of a paragraph ends it; the next paragraph starts a new line.
          breakLine: r === runs.length - 1 && p < group.paragraphs.length - 1,
        },
      })
    })
  })
  return objects
}

/** A photo placed where it is drawn, cropped to its frame where it is larger (object-fit: cover). */
function placePhoto(slide: PptxGenJS.Slide, image: ImageBox, data: string): void {
  const { frame, drawn } = image
  const visible = {
    x: Math.max(frame.x, drawn.x),
    y: Math.max(frame.y, drawn.y),
    w: Math.min(frame.x + frame.w, drawn.x + drawn.w) - Math.max(frame.x, drawn.x),
    h: Math.min(frame.y + frame.h, drawn.y + drawn.h) - Math.max(frame.y, drawn.y),
  }
  const cropped = visible.w < drawn.w - 0.5 || visible.h < drawn.h - 0.5
  slide.addImage({
    data,
    altText: image.alt,
    x: inch(visible.x),
    y: inch(visible.y),
    w: inch(cropped ? drawn.w : visible.w),
    h: inch(cropped ? drawn.h : visible.h),
    ...(cropped ? { sizing: { type: 'crop' as const, x: inch(visible.x - drawn.x), y: inch(visible.y - drawn.y), w: inch(visible.w), h: inch(visible.h) } } : {}),
  })
}

/** A photo's bytes as pptxgenjs takes them ("image/jpeg;base64,..."): inlined in the build, or asked of the source. */
async function photoData(src: string): Promise<string> {
  const inlined = /^data:([^;,]+);base64,(.*)$/s.exec(src)
  if (inlined)
    return `${inlined[1]};base64,${inlined[2]}`
  const response = await fetch(src)
  if (!response.ok)
    throw new ExportError(`the photo ${src} could not be read for the PowerPoint file (HTTP ${response.status}).`)
  return `${response.headers.get('content-type')?.split(';')[0] ?? 'image/jpeg'};base64,${Buffer.from(await response.arrayBuffer()).toString('base64')}`
}

/** The notes as the speaker reads them, the reveals marked as in the speaker script. */
function notesOf(deck: DeckInfo, no: number): string {
  const click = `▸ ${labelsFor(deck.lang).click}`
  return (deck.slides[no - 1]?.spoken ?? '').replaceAll(CLICK_MARK, click)
}

/**
 * What the file is made of that only a change of the slides changes, so that --watch can write it
 * again with new notes alone: the text boxes, the backgrounds and the photos of the chosen slides.
 */
interface Pictures {
  layouts: SlideLayout[]
  /** PNG images of the slides without their text and photos, in the order of `layouts`. */
  backgrounds: Promise<Buffer[]>
  /** Each photo's data by its source. */
  photos: Promise<Map<string, string>>
}

/** The slides without their text and photos: MuPDF draws them from a print, or Chromium screenshots them. */
async function drawBackgrounds(round: ExportRound): Promise<Buffer[]> {
  const { page, selected, mutool } = round
  const files = selected.map(no => round.staging(`.pptx-background-${no}.png`))
  const remove = await addStyle(page, DESIGN_ONLY_CSS)
  try {
    if (mutool) {
      const pdf = await printSlides(round, '.pptx-backgrounds.pdf')
      const { width, height } = round.deck.canvas
      const pages = files.map((file, i) => ({ page: i + 1, file }))
      // Read into memory once drawn: the staging folder goes when the round ends.
      return round.inBackground(drawPages({ mutool, pdf, pages, width: width * 2, height: height * 2, signal: round.signal })
        .then(() => Promise.all(files.map(file => readFile(file)))))
    }
    const images: Buffer[] = []
    const tops = await slideTops(page)
    for (const no of selected)
      images.push(await screenshotSlide(round, no, 2, tops))
    return images
  }
  finally {
    await remove()
  }
}

function slidePictures(round: ExportRound): Promise<Pictures> {
  return round.keep('pptx-pictures', async () => {
    const layouts = await round.page.evaluate(readSlideLayouts, round.selected)
    const backgrounds = drawBackgrounds(round)
    await backgrounds.catch(() => {}) // the page is free again once the backgrounds are printed or captured
    const sources = [...new Set(layouts.flatMap(l => l.images.map(image => image.src)))]
    const photos = round.inBackground(Promise.all(sources.map(async src => [src, await photoData(src)] as const)).then(entries => new Map(entries)))
    return { layouts, backgrounds, photos }
  })
}

async function writePptx(round: ExportRound, pictures: Pictures, file: string): Promise<void> {
  const { deck } = round
  const { default: PptxGen } = await loadPptxGen()
  const pptx = new PptxGen()
  pptx.defineLayout({ name: 'DECK', width: inch(deck.canvas.width), height: inch(deck.canvas.height) })
  pptx.layout = 'DECK'
  const meta = deckMetadata(round)
  pptx.title = meta.title
  pptx.author = meta.author
  pptx.subject = meta.subject
  const [backgrounds, photos] = await Promise.all([pictures.backgrounds, pictures.photos])
  for (const [i, layout] of pictures.layouts.entries()) {
    const slide = pptx.addSlide()
    slide.background = { data: `image/png;base64,${backgrounds[i].toString('base64')}` }
    for (const image of layout.images)
      placePhoto(slide, image, photos.get(image.src)!)
    const groups = stacked(layout)
    for (const group of groups.filter(g => g.w > 0 && g.h > 0)) {
      const room = withRoom(group, groups, deck.canvas)
      slide.addText(textObjects(group, deck.lang), { x: inch(room.x), y: inch(room.y), w: inch(room.w), h: inch(room.h), margin: 0, valign: 'top', fit: 'shrink', wrap: true })
    }
    slide.addNotes(notesOf(deck, layout.no))
  }
  const written = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
  await writeFile(round.staging(file), await finishXml(written))
}

export function powerPoint(): Step[] {
  return [{
    label: 'PowerPoint: text boxes and backgrounds',
    run: async (round) => {
      void loadPptxGen()
      const pictures = await slidePictures(round)
      const file = `${round.name}.pptx`
      round.inBackground(writePptx(round, pictures, file))
      round.output(file, { slides: pictures.layouts.length })
    },
  }]
}
