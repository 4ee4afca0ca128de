// Small text helpers shared by the generator, the exports and the checks.
// Pure functions only: no Node APIs, so components and tests can use them too.

import transliterate from '@sindresorhus/transliterate'

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu)
  return words ? words.length : 0
}

/** A URL-safe, file-name-safe lower-case slug: "82nd Anniversary of Victory" -> "82nd-anniversary-of-victory". */
export function slugify(text: string, maxLength = 48): string {
  // Letters of every script the kit reads become Latin ones ("Победа" -> "pobeda", "Łódź" -> "lodz"),
  // so that file names stay readable on any computer.
  const slug = transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength)
    return slug || 'deck'
  // Cut at a word boundary, so a name never ends in half a word.
  const cut = slug.slice(0, maxLength + 1)
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength)) || 'deck'
}

/** Collapses runs of white space, as a browser does when it lays out text. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' }

/** Decodes the HTML entities the generator writes (&amp;, &#123; ...) back to characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot);/gi, (_, code: string) => {
    if (code[0] !== '#')
      return ENTITIES[code.toLowerCase()]
    return String.fromCodePoint(code[1].toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1)))
  })
}
