// Who said it, when and where: read from the sentence that introduces a quotation ("X said:",
// "Speaking in 1943 at …, X assessed the battle as follows:", "a veteran of the 1st Ukrainian Front
// told a meeting:") or from the line after it ("— George Chow, 97-year-old D-Day veteran").
// Unnamed speakers are kept whole: "a partisan from the Bryansk forests" is who the article names.

import type { Attribution } from '../model'
import { findDates } from '../dates'
import { lexiconFor } from '../lexicon'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A capitalised word of a name: "Stalin", "O’Brien", "A.V.", "ИВАНОВ", "de" between two of them. */
const NAME_WORD = `(?:\\p{Lu}[\\p{L}’'.-]*)`
const PARTICLE = `(?:de|da|di|du|van|von|der|den|bin|al|ibn|la|le|y|del)`
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,4}`
const NAME_AT_END = new RegExp(`(?:^|\\s)(${NAME})$`, 'u')
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u')

/** What the quotation marks hold is the quotation, not the attribution. */
function outsideQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/g, match => ' '.repeat(match.length))
}

const verbPatterns = new Map<string, RegExp>()

function verbPattern(lang: string): RegExp {
  let pattern = verbPatterns.get(lang)
  if (!pattern) {
    const verbs = [...lexiconFor(lang).speechVerbs].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
    pattern = new RegExp(`(?<![\\p{L}])(?:${verbs})(?![\\p{L}])`, 'giu')
    verbPatterns.set(lang, pattern)
  }
  return pattern
}

const occasionPatterns = new Map<string, RegExp>()

/** "at the celebration of …", "lors de la cérémonie …": the words after an occasion preposition, to the next stop. */
function occasionIn(text: string, lang: string): string | undefined {
  let pattern = occasionPatterns.get(lang)
  if (!pattern) {
    const words = lexiconFor(lang).occasionWords.map(escapeRegExp).join('|')
    pattern = new RegExp(`(?<![\\p{L}])(?:${words})\\s+((?:the|a|an|la|le|les|l’|l'|un|une|der|die|dem|den|des|el|los|las)?\\s*[^,:;.]+)`, 'iu')
    occasionPatterns.set(lang, pattern)
  }
  const found = pattern.exec(text)?.[1]?.trim()
  return found && found.split(/\s+/).length >= 2 ? found : undefined
}

const isPronoun = (phrase: string, lang: string) => lexiconFor(lang).pronouns.includes(phrase.toLowerCase())

/** The name that ends a phrase; in Russian a name is two words (or three with a patronymic), so "Думы" stays in the role. */
function nameAtEnd(phrase: string, lang: string): string | undefined {
  const name = NAME_AT_END.exec(phrase)?.[1]
  if (name && /^de\b/.test(lang)) {
    // German writes every noun with a capital: "Heimkehr" is no name, "Der Schriftsteller Johann Weber" is two words of one.
    const words = name.split(/\s+/)
    return words.length >= 2 ? words.slice(-2).join(' ') : undefined
  }
  if (!name || !/^(?:ru|uk|be)\b/.test(lang))
    return name
  const words = name.split(/\s+/)
  const keep = words.length >= 3 && /(?:вич|вна|ична|ьич)$/u.test(words.at(-1)!) ? 3 : 2
  return words.slice(-keep).join(' ')
}

/** A role before a name: a few words, the first maybe capitalised, the rest in small letters, not ending on a preposition. */
function isRole(role: string, lang: string): boolean {
  const words = role.split(/\s+/)
  if (words.length > 6 || /[.!?\d]/.test(role) || /(?<!\p{L})(?:who|which|that|qui|que|который|которая|которые|der|die|welche|que|quien)(?!\p{L})/u.test(role))
    return false
  if (/^(?:of|the|at|in|from|for|with|on|to|a|an|de|du|des|la|le|les|à|au|en|из|с|в|во|на|от|для|von|der|des|aus|am|im|zu|del|el|los|las)$/iu.test(words.at(-1)!))
    return false
  // German capitalises its nouns: "Der Schriftsteller" is a role in capitals.
  return words.some(w => /^\p{Ll}/u.test(w)) || (/^de\b/.test(lang) && words.length <= 4)
}

/** A subject that names someone: a name, or a role and a name. */
const isNamed = (subject: Subject | undefined) => Boolean(subject?.speaker && (subject.role || WHOLE_NAME.test(subject.speaker)))

/** A speaker the article names ("Anna Belova"), not only describes ("a former blockade survivor"). */
export const isProperName = (speaker: string | undefined) => Boolean(speaker && NAME_AT_END.test(speaker))

/** The subject's own words: without a leading "and", "then", "later" or a trailing adverb. */
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/^(?:and|then|later|also|so|et|puis|aussi|и|а|также|und|auch|y|también)\s+/iu, '')
    .replace(/\s+(?:later|also|then|again|once|too|aussi|также|auch|también)$/iu, '')
    .replace(/[\s,–—-]+$/u, '')
    .trim()
}

interface Subject {
  speaker?: string
  role?: string
  /** The words the subject took, so that the occasion and date are not read from them. */
  words: string
}

/** A phrase as a speaker: a name with the role before it ("the union secretary Thomas Reed"), or the phrase whole. */
function asSpeaker(phrase: string, lang: string): Subject | undefined {
  const words = cleanPhrase(phrase)
  if (!words || isPronoun(words, lang) || words.split(/\s+/).length > 16)
    return undefined
  if (WHOLE_NAME.test(words) && !(/^de\b/.test(lang) && /^(?:Der|Die|Das|Ein|Eine|Unser|Unsere)\s/.test(words))) {
    const first = words.split(/\s+/)[0]
    if (lexiconFor(lang).notNames.includes(first) && words.split(/\s+/).length === 1)
      return undefined
    return { speaker: words, words }
  }
  const named = nameAtEnd(words, lang)
  if (named) {
    const role = words.slice(0, words.length - named.length).trim()
    // "the union secretary Thomas Reed": a role (its words after the first in small letters), then the name.
    if (role && isRole(role, lang))
      return { speaker: named, role, words }
  }
  // An unnamed speaker, kept whole: "a veteran of the 1st Ukrainian Front", "A nurse who served at Caen".
  // Languages with articles start one with a determiner; Russian has none, so a noun will do.
  const determiner = /^(?:the|a|an|one|some|our|his|her|their|my|le|la|les|l’|l'|un|une|notre|son|sa|ses|der|die|das|ein|eine|unser|unsere|el|la|los|las|un|una|nuestro|nuestra)\s/iu
  if (determiner.test(words))
    return { speaker: words, words }
  // Russian has no articles, and puts the object first as often as the subject: "эти строки написала …".
  if (/^(?:ru|uk|be)\b/.test(lang) && !/^(?:эт(?:и|о|от|а|у)|так(?:ие|ое)|следующ\p{L}+|такими)(?!\p{L})/iu.test(words) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(words))
    return { speaker: words, words }
  return undefined
}

/** "read a poem that a soldier from our county" wrote: the subject of the relative clause. */
function afterRelative(phrase: string): string | undefined {
  return /(?<![\p{L}])(?:that|which|que|qu’|qu'|den|die|das|который|которое|которую)\s+(.+)$/iu.exec(phrase)?.[1]
}

/**
 * The subject before the verb: the last comma-part that names someone ("Speaking in 1943 at …,
 * Joseph Stalin"; "Le poète Louis Verdier, revenu blessé de Verdun,"), a name with its apposition,
 * or else the last part whole, as an unnamed speaker.
 */
function subjectBefore(before: string, lang: string): Subject | undefined {
  const parts = before.split(/,\s+/).map(p => p.replace(/[\s,]+$/u, '').trim()).filter(Boolean)
  while (parts.length > 1 && /^(?:later|also|then|again|aussi|также|auch)$/iu.test(parts.at(-1)!))
    parts.pop()
  const last = parts.at(-1)
  if (!last)
    return undefined
  const relative = afterRelative(last)
  if (relative)
    return asSpeaker(relative, lang)
  const apposition = (p: string) => /^(?:the|a|an|le|la|les|l’|un|une|der|die|das|el|los|las)\s/u.test(p)
  // "Thomas Reid, the harbour master, said": the name, then its apposition.
  if (parts.length >= 2 && apposition(last) && WHOLE_NAME.test(cleanPhrase(parts.at(-2)!)))
    return { speaker: cleanPhrase(parts.at(-2)!), role: last, words: `${parts.at(-2)}, ${last}` }
  const subject = asSpeaker(last, lang)
  // "Le poète Louis Verdier, revenu blessé de Verdun,", "Johann Weber, der als Soldat in Russland war, hat …":
  // the last part names nobody and starts in small letters; the one before it names the speaker.
  if (parts.length >= 2 && !isNamed(subject) && /^\p{Ll}/u.test(last)) {
    for (let n = parts.length - 2; n >= Math.max(0, parts.length - 3); n--) {
      const named = asSpeaker(parts[n], lang)
      if (isNamed(named))
        return { ...named!, words: parts.slice(n).join(', ') }
      if (!/^\p{Ll}/u.test(parts[n]))
        break
    }
  }
  // "The harbour master, Thomas Reid, later described": a role, then the name.
  if (subject?.speaker && parts.length >= 2 && WHOLE_NAME.test(subject.speaker) && /^(?:the|a|an|le|la|der|die|el)\s/iu.test(parts.at(-2)!))
    return { ...subject, role: subject.role ?? parts.at(-2)!, words: `${parts.at(-2)}, ${subject.words}` }
  return subject
}

/**
 * The subject after the verb, as in "said the mayor Elena Marsh", "поздравил депутат Владимир Жук",
 * or, after a quotation that opens the sentence, "…,” said the mayor" (unnamed, kept whole).
 */
function subjectAfter(after: string, lang: string, quotationFirst: boolean): Subject | undefined {
  const [phrase, next] = after.split(/[,:;.!?()]/).map(p => p.trim())
  const subject = asSpeaker(phrase, lang)
  if (!subject || !(isNamed(subject) || quotationFirst))
    return undefined
  // "said Elena Marsh, the mayor of the town": the apposition after the name is the role.
  if (!subject.role && next && /^(?:the|a|an|le|la|l’|un|une|der|die|el|la)\s/u.test(next) && WHOLE_NAME.test(subject.speaker!))
    return { ...subject, role: next }
  return subject
}

/** Reads who said it, when and where from the sentence that introduces a quotation. */
export function readAttribution(sentence: string, lang = 'en'): Attribution {
  const outside = outsideQuotes(sentence)
  const attribution: Attribution = { sentence }
  for (const verb of outside.matchAll(verbPattern(lang))) {
    const before = outside.slice(0, verb.index).trim()
    const after = outside.slice(verb.index + verb[0].length)
    const fromBefore = subjectBefore(before, lang)
    const quotationFirst = !/[\p{L}\p{N}]/u.test(before)
    const fromAfter = isNamed(fromBefore) ? undefined : subjectAfter(after, lang, quotationFirst)
    const subject = isNamed(fromAfter) || (quotationFirst && fromAfter) ? fromAfter : fromBefore
    if (!subject?.speaker)
      continue
    attribution.speaker = subject.speaker
    if (subject.role)
      attribution.role = subject.role
    // The occasion and date come from the words around the subject, never from inside it.
    const around = subject === fromAfter ? before : `${before.slice(0, Math.max(0, before.length - subject.words.length))} ${after}`
    const told = /^\s*(?:told|addressed)\s/i.test(verb[0] + ' ') ? /^\s*((?:a|an|the)\s+[^,:;.]+)/i.exec(after)?.[1] : undefined
    attribution.occasion = told?.trim() ?? occasionIn(around, lang)
    attribution.when = findDates(around, lang)[0]?.text
    break
  }
  if (!attribution.speaker) {
    const byWords = new RegExp(`\\b(?:in the words of|according to|as)\\s+(${NAME})(?:\\s+(?:put it|said|wrote))?`, 'u').exec(outside)
    const writtenBy = /(?<![\p{L}])(?:written by|composed by|by the poet|écrits? par|écrite?s? par|composée? par|geschrieben von|verfasst von|escritos? por|escritas? por)\s+([^,:;.]+)/iu.exec(outside)?.[1]
    if (byWords)
      attribution.speaker = byWords[1]
    else if (writtenBy)
      attribution.speaker = cleanPhrase(writtenBy)
    attribution.when = findDates(outside, lang)[0]?.text
    attribution.occasion = occasionIn(outside, lang)
  }
  if (attribution.occasion && attribution.when && attribution.occasion.includes(attribution.when)) {
    const before = attribution.occasion.slice(0, attribution.occasion.indexOf(attribution.when)).replace(/\s+(?:in|on|of|en|le|du|de|в|im|am|el|del)\s*$/iu, '').trim()
    attribution.occasion = before.split(/\s+/).length >= 2 ? before : undefined
  }
  return dropEmpty(attribution)
}

/** Drops empty parts, and cuts each part where a quotation was blanked out: what is left is the article's words. */
function dropEmpty(attribution: Attribution): Attribution {
  for (const key of Object.keys(attribution) as (keyof Attribution)[]) {
    if (key !== 'sentence' && attribution[key] !== undefined)
      attribution[key] = attribution[key]!.split(/\s{2,}/)[0].replace(/[\s,;:–—-]+$/u, '').trim() || undefined
    if (attribution[key] === undefined)
      delete attribution[key]
  }
  return attribution
}

/** "X :" or "X:" at the end of an introduction, as French writes a speaker before a quotation. */
export function labelSpeaker(sentence: string, lang = 'en'): Attribution | undefined {
  const m = /^(.{2,80}?)\s?:$/u.exec(outsideQuotes(sentence).trim())
  if (!m)
    return undefined
  const subject = asSpeaker(m[1], lang)
  // "Le maire :" names a speaker by a determiner and a noun, as French sets a colon after a space;
  // anywhere else only a name will do ("The poem reads:" is no speaker).
  if (!isNamed(subject) && !(/^fr\b/.test(lang) && /\s:$/.test(sentence.trim()) && m[1].split(/\s+/).length <= 5))
    return undefined
  return subject?.speaker && !/\s(?:as follows|the following|suivant|suivante|следующее|folgendes)$/iu.test(subject.speaker) && subject.speaker.split(/\s+/).length <= 8
    ? dropEmpty({ speaker: subject.speaker, role: subject.role, sentence })
    : undefined
}

/** The line after a quotation that names who said it: "— George Chow, 97-year-old D-Day veteran", "(Poet A. V. Molchanov)", "Вера Инбер 27 января 1944г.". */
export function readTrailingAttribution(line: string, lang = 'en'): Attribution | undefined {
  const bracketed = /^\((?:(?:poet|poème de|poème|поэт|стихи|dichter|gedicht von|poeta|poema de)\s+)?([^()]{2,80})\)$/iu.exec(line)
  const dashed = /^(?:[—–―]|--?)\s*(\S.{1,140})$/u.exec(line)
  const text = (bracketed ?? dashed)?.[1]?.trim() ?? (looksLikeSignature(line, lang) ? line : undefined)
  if (!text)
    return undefined
  // Who said it comes before the date: "Walter Brandt, June 6, 1994". What follows the date is no name.
  const date = findDates(text, lang)[0]
  const rest = date ? text.slice(0, date.index) : text
  const [name, ...roles] = rest.split(/,\s+/).map(p => p.replace(/[\s,.;–—-]+$/u, '').trim()).filter(Boolean)
  if (!name || name.split(/\s+/).length > 10)
    return undefined
  return dropEmpty({ speaker: name, role: roles.join(', ') || undefined, when: date?.text, sentence: line })
}

/** A name of two words or more and a date, nothing else: "Анна Белова 27 января 1984 г.". */
function looksLikeSignature(line: string, lang: string): boolean {
  const date = findDates(line, lang)[0]
  if (!date || line.split(/\s+/).length > 8 || !/^[\s.,]*$/.test(line.slice(date.index + date.text.length)))
    return false
  const name = line.slice(0, date.index).replace(/[\s,]+$/, '')
  return new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}$`, 'u').test(name) && !lexiconFor(lang).notNames.includes(name.split(/\s+/)[0])
}
