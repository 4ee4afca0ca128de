// The slide canvas, declared once: the generator writes it into a deck's headmatter (Slidev's
// canvasWidth and aspectRatio), and everything after reads it back from the deck.

/** CSS pixels of a slide: Slidev scales this canvas to the screen. */
export const SLIDE_CANVAS = { width: 960, height: 540, aspectRatio: '16/9' } as const

/** CSS pixels per inch: a 960 px canvas prints on a page 10 inches wide, and is a 10-inch PowerPoint slide. */
export const CSS_PX_PER_INCH = 96

/** Slidev's own defaults, for a hand-written deck that sets neither. */
const SLIDEV_DEFAULT = { width: 980, aspectRatio: 16 / 9 }

export interface Canvas {
  width: number
  height: number
}

/** The canvas a deck's headmatter asks for: `canvasWidth` and `aspectRatio` ("16/9", "4:3" or a number). */
export function canvasOf(headmatter: { canvasWidth?: unknown, aspectRatio?: unknown }): Canvas {
  const width = Number(headmatter.canvasWidth ?? SLIDEV_DEFAULT.width)
  const ratio = ratioOf(headmatter.aspectRatio) ?? SLIDEV_DEFAULT.aspectRatio
  return { width, height: Math.round(width / ratio) }
}

function ratioOf(value: unknown): number | undefined {
  if (typeof value === 'number')
    return value > 0 ? value : undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*[/:]\s*(\d+(?:\.\d+)?)\s*$/.exec(String(value ?? ''))
  return m && Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) : undefined
}
