// The spaces a language's typography asks for, drawn where the article has plain ones: French
// binds « and » to their words, and its : ; ! ? to the word before, with a no-break space, so that
// no line starts with a colon or a closing guillemet. Only the kind of space changes: the fidelity
// check reads every space alike.

const NO_BREAK = '\u00A0'

const RULES: Record<string, (text: string) => string> = {
  fr: text => text
    .replace(/« /g, `«${NO_BREAK}`)
    .replace(/ ([»:;!?])/g, `${NO_BREAK}$1`),
}

/** The text with the spaces its language's typography binds made no-break ones. */
export function typeset(text: string, lang: string): string {
  return RULES[lang.split('-')[0]]?.(text) ?? text
}
