// What a PowerPoint slide needs from a rendered slide of the print view: each block of text with
// where it stands and how it is styled, and each photo with its frame. `readSlideLayouts` runs
// in the page (it is sent as source text, so it imports nothing and uses no helpers from outside).

export interface TextRun {
  text: string
  /** The first family of the run's font-family. */
  font: string
  /** CSS pixels. */
  size: number
  bold: boolean
  italic: boolean
  /** #rrggbb, and its opacity from 0 to 1. */
  color: string
  alpha: number
  /** CSS pixels between letters. */
  letterSpacing: number
  /** The text's own line breaks are kept (white-space: pre-line, as for verse). */
  keepsBreaks?: boolean
}

export interface Box {
  /** CSS pixels from the slide's top left corner. */
  x: number
  y: number
  w: number
  h: number
}

export interface TextBox extends Box {
  /** Which element of the slide holds this block: blocks stacked in one holder make one PowerPoint box. */
  parent: number
  align: 'left' | 'center' | 'right' | 'justify'
  /** CSS pixels from one line to the next; undefined for the font's own ("normal"). */
  lineHeight?: number
  runs: TextRun[]
}

export interface ImageBox {
  /** The element's box, which the picture is clipped to. */
  frame: Box
  /** Where the whole picture is drawn (object-fit and object-position applied); may exceed the frame. */
  drawn: Box
  src: string
  alt: string
}

export interface SlideLayout {
  no: number
  texts: TextBox[]
  images: ImageBox[]
}

/** Reads the text blocks and photos of the chosen slides of Slidev's print view. */
export function readSlideLayouts(selected: number[]): SlideLayout[] {
  const INLINE = new Set(['inline', 'contents'])
  const px = (value: string) => Number.parseFloat(value) || 0

  function colour(value: string): { color: string, alpha: number } {
    const parts = /rgba?\(([^)]+)\)/.exec(value)?.[1].split(/[\s,/]+/).filter(Boolean).map(Number) ?? [0, 0, 0, 1]
    const hex = parts.slice(0, 3).map(n => Math.round(n).toString(16).padStart(2, '0')).join('')
    return { color: `#${hex}`, alpha: parts[3] ?? 1 }
  }

  function transform(text: string, style: CSSStyleDeclaration, lang: string): string {
    if (style.textTransform === 'uppercase')
      return text.toLocaleUpperCase(lang)
    if (style.textTransform === 'lowercase')
      return text.toLocaleLowerCase(lang)
    return text
  }

  function run(text: string, style: CSSStyleDeclaration, lang: string): TextRun {
    return {
      text: transform(text, style, lang),
      font: style.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, ''),
      size: px(style.fontSize),
      bold: Number(style.fontWeight) >= 600,
      italic: style.fontStyle === 'italic',
      ...colour(style.color),
      letterSpacing: style.letterSpacing === 'normal' ? 0 : px(style.letterSpacing),
      keepsBreaks: /^(?:pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace) || undefined,
    }
  }

  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

  /** The text of a block: its own text nodes and those of its inline descendants, in order. */
  function runsOf(el: Element, lang: string, runs: TextRun[]): void {
    const style = getComputedStyle(el)
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent) {
        runs.push(run(node.textContent, style, lang))
      }
      else if (node instanceof HTMLBRElement) {
        runs.push(run('\n', style, lang))
      }
      else if (node instanceof HTMLElement && INLINE.has(getComputedStyle(node).display) && visible(node)) {
        runsOf(node, lang, runs)
      }
    }
  }

  /** White space as a browser lays it out: runs of it collapsed to one space, none at either end; kept line breaks as runs of their own. */
  function collapse(runs: TextRun[]): TextRun[] {
    let previousEndsInSpace = true
    const lines = runs.flatMap(r => r.keepsBreaks && r.text.includes('\n')
      ? r.text.split(/[ \t]*\n[ \t]*/).flatMap((text, i) => i === 0 ? [{ ...r, text }] : [{ ...r, text: '\n' }, { ...r, text }])
      : [r])
    const collapsed = lines.map((r) => {
      let text = r.text === '\n' ? '\n' : r.text.replace(/\s+/g, ' ')
      if (previousEndsInSpace)
        text = text.replace(/^ /, '')
      previousEndsInSpace = text === '\n' || text.endsWith(' ')
      return { ...r, text }
    }).filter(r => r.text !== '')
    const last = collapsed.at(-1)
    if (last)
      last.text = last.text.replace(/ $/, '')
    // Neighbours styled alike are one run (Vue writes a quotation mark and its text as two nodes).
    const merged: TextRun[] = []
    for (const r of collapsed.filter(r => r.text !== '')) {
      const previous = merged.at(-1)
      const same = previous && r.text !== '\n' && previous.text !== '\n'
        && (['font', 'size', 'bold', 'italic', 'color', 'alpha', 'letterSpacing', 'keepsBreaks'] as const).every(key => previous[key] === r[key])
      if (same)
        previous.text += r.text
      else
        merged.push({ ...r })
    }
    return merged
  }

  const lang = document.documentElement.lang || 'en'
  const layouts: SlideLayout[] = []
  for (const container of document.querySelectorAll<HTMLElement>('.print-slide-container')) {
    const no = Number.parseInt(container.id, 10)
    if (!selected.includes(no))
      continue
    const origin = container.getBoundingClientRect()
    const texts: TextBox[] = []
    const elements = [...container.querySelectorAll<HTMLElement>('*')]
    const indexOf = new Map(elements.map((el, i) => [el, i]))
    for (const el of elements) {
      const style = getComputedStyle(el)
      if (el instanceof SVGElement || INLINE.has(style.display) || !visible(el))
        continue
      const runs: TextRun[] = []
      runsOf(el, lang, runs)
      const shown = collapse(runs)
      if (!shown.some(r => r.text.trim()))
        continue
      const r = el.getBoundingClientRect()
      const left = px(style.borderLeftWidth) + px(style.paddingLeft)
      const top = px(style.borderTopWidth) + px(style.paddingTop)
      const align = style.textAlign === 'center' || style.textAlign === 'right' || style.textAlign === 'justify' ? style.textAlign : style.textAlign === 'end' ? 'right' : 'left'
      texts.push({
        parent: indexOf.get(el.parentElement!) ?? -1,
        x: r.left - origin.left + left,
        y: r.top - origin.top + top,
        w: r.width - left - px(style.borderRightWidth) - px(style.paddingRight),
        h: r.height - top - px(style.borderBottomWidth) - px(style.paddingBottom),
        align,
        lineHeight: style.lineHeight === 'normal' ? undefined : px(style.lineHeight),
        runs: shown,
      })
    }
    const images: ImageBox[] = []
    for (const img of container.querySelectorAll<HTMLImageElement>('img')) {
      if (!visible(img) || !img.naturalWidth)
        continue
      const r = img.getBoundingClientRect()
      const frame = { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }
      const style = getComputedStyle(img)
      const fit = style.objectFit
      const scale = fit === 'cover'
        ? Math.max(frame.w / img.naturalWidth, frame.h / img.naturalHeight)
        : fit === 'contain' ? Math.min(frame.w / img.naturalWidth, frame.h / img.naturalHeight) : Number.NaN
      const [w, h] = Number.isNaN(scale) ? [frame.w, frame.h] : [img.naturalWidth * scale, img.naturalHeight * scale]
      // object-position as percentages (the kit writes them so): 0% puts the edges together, 100% the far edges.
      const [px0, py0] = style.objectPosition.split(/\s+/).map(p => (p.endsWith('%') ? Number.parseFloat(p) / 100 : 0.5))
      images.push({ frame, drawn: { x: frame.x + (frame.w - w) * px0, y: frame.y + (frame.h - h) * (py0 ?? 0.5), w, h }, src: img.currentSrc || img.src, alt: img.alt })
    }
    layouts.push({ no, texts, images })
  }
  return layouts
}
