// Speeches set out without quotation marks: after a label ("JEAN MARTIN : Chers amis, …",
// "Discours de Monsieur le Maire", "Rede des Bürgermeisters:"), or after a sentence that names
// the speaker and the speech ("Hugh Buckley … gave a short address to the gathered public.").

import { allLexicons, lexiconFor } from '../lexicon'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Line openings that are never a speaker's name before a colon. */
const NOT_SPEAKERS = /^(?:source|sources|photo|photos|credit|credits|note|nb|n\.b|ps|p\.s|update|editor’s note|editor's note|traduction|translation|légende|crédit|фото|источник|перевод|примечание|quelle|foto|übersetzung|fuente|traducción|nota|above|below|top|left|right|far left|far right|inset|en haut|ci-dessus|ci-dessous|oben|unten|arriba|abajo|вверху|внизу|слева|справа)$/iu

/** "JEAN MARTIN : Chers amis, …" or "Jean Martin: Dear friends, …": the speaker and the words after the label. */
export function readSpeechLabel(text: string, lang: string): { speaker: string, label: string, rest: string } | undefined {
  const m = /^((?:\p{Lu}[\p{L}.’'-]*)(?:\s+(?:(?:de|du|des|von|van|der|le|la|y|del)\s+)?\p{Lu}[\p{L}.’'-]*){0,4})(\s?:)\s+(\S.*)$/u.exec(text)
  if (!m || NOT_SPEAKERS.test(m[1]))
    return undefined
  const name = m[1]
  const rest = m[3]
  const shouting = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name)
  const addressing = startsWithSalutation(rest, lang) || /^(?:I|We|Je|Nous|Я|Мы|Ich|Wir|Yo|Nosotros)(?![\p{L}])/u.test(rest)
  if (!shouting && !(name.split(/\s+/).length >= 2 && addressing))
    return undefined
  return { speaker: name, label: `${name}${m[2]}`, rest }
}

/** "Dear friends,", "Mesdames, Messieurs,", "Дорогие земляки!": the address that opens a speech. */
export function startsWithSalutation(text: string, lang: string): boolean {
  const words = [...new Set([...lexiconFor(lang).salutations, ...allLexicons('salutations').flat()])].map(escapeRegExp).join('|')
  return new RegExp(`^(?:${words})(?![\\p{L}])`, 'iu').test(text)
}

/** A paragraph that is all address: "Mesdames, Messieurs,", "Monsieur le Préfet,", "Dear friends and comrades!". */
export function isSalutation(text: string, lang: string): boolean {
  return startsWithSalutation(text, lang) && text.split(/\s+/).length <= 14 && /[,!:]$/.test(text)
}

/** "Discours de Monsieur le Maire", "Rede des Bürgermeisters zum Volkstrauertag:", "Speech by Jane Doe": who gives the speech. */
export function isSpeechLabel(text: string, lang: string): string | undefined {
  const labels = [...new Set([...lexiconFor(lang).speechLabels, ...allLexicons('speechLabels').flat()])].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
  const m = new RegExp(`^(?:${labels})\\s+(.{2,80}?)(?:\\s+(?:zum|zur|beim|am|im|vor|auf|à l[’']occasion|à|pour|lors|devant|for|at|on|to|before|к|на|в|по|у|para|en|con|ante)\\s.*)?\\s?:?$`, 'iu').exec(text)
  if (!m || text.split(/\s+/).length > 16 || /[.!?]$/.test(text))
    return undefined
  return m[1].replace(/[\s,:]+$/u, '')
}

/** A sentence that says someone gave a speech: "Hugh Buckley, a veteran, gave a short address to the gathered public." */
export function introducesSpeech(sentence: string, lang: string): boolean {
  const nouns = [...lexiconFor(lang).speechNouns].map(escapeRegExp).join('|')
  return new RegExp(`(?<![\\p{L}])(?:${nouns})(?![\\p{L}])`, 'iu').test(sentence) && /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sentence)
}

/** Words in the first person: how a speech set out without quotation marks goes on. */
export function inFirstPerson(text: string): boolean {
  return /(?<![\p{L}])(?:I|we|my|our|me|us|je|j’|j'|nous|notre|nos|mon|ma|mes|я|мы|наш|наши|мой|ich|wir|unser|unsere|mein|yo|nosotros|nuestro|nuestra|mi)(?![\p{L}’'])/iu.test(text)
}
