// The article's language: detected from its text (franc-min), unless the plan or --lang gives it.

import { franc } from 'franc-min'

/** ISO 639-3 codes franc returns, as the BCP 47 tags the deck uses. */
const TAGS: Record<string, string> = {
  eng: 'en', fra: 'fr', rus: 'ru', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl',
  ukr: 'uk', bel: 'be', ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ron: 'ro',
  hun: 'hu', bul: 'bg', srp: 'sr', hrv: 'hr', ell: 'el', tur: 'tr', cat: 'ca',
}

export interface DetectedLanguage {
  lang: string
  from: 'detected' | 'given' | 'default'
}

/** Fewer words than this and the detection is a guess: English, and the review report says so. */
const MIN_WORDS = 12

export function detectLanguage(text: string, given?: string): DetectedLanguage {
  if (given)
    return { lang: given, from: 'given' }
  if (text.split(/\s+/).length < MIN_WORDS)
    return { lang: 'en', from: 'default' }
  const code = franc(text, { minLength: 20 })
  const lang = TAGS[code]
  return lang ? { lang, from: 'detected' } : { lang: 'en', from: 'default' }
}

/** A BCP 47 tag as the plan or --lang may write it: "fr", "fr-CA", "ru". */
export function isLanguageTag(tag: string): boolean {
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)
}
