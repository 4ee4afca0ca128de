// How the plan names a paragraph (kinds:, speakers:): by its first words, its opening quotation
// mark left out. The review report writes its keys the same way, so a key it suggests works.

const OPENING_MARK = /^["“„«‹][ \u00A0\u202F]?/

/** The first words of a paragraph, as a plan key: "Kindness is the only coin". */
export function keyWords(text: string, n = 5): string {
  return text.replace(OPENING_MARK, '').split(/\s+/).slice(0, n).join(' ')
}

/** Whether a plan key's first words name this paragraph (with or without its opening mark). */
export function namedBy(text: string, first: string): boolean {
  return text.startsWith(first) || text.replace(OPENING_MARK, '').startsWith(first)
}
