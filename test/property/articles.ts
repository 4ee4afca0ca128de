// Articles composed at random, for the property tests (test/unit/properties.test.ts) and the
// longer fuzzing run (npm run fuzz): headings, paragraphs, quotations with and without speakers,
// verse, captions and credits, figures and dates in several languages' formats, web chrome, and
// hostile strings, in plain text or Markdown. And the checks every generated deck must pass.

import type { GenerateResult } from '../../scripts/lib/generate'
import fc from 'fast-check'
import { parseSync } from '@slidev/parser'
import { ArticleError } from '../../scripts/lib/article-text'
import { unfaithfulTexts } from '../../scripts/lib/fidelity'
import { generate } from '../../scripts/lib/generate'
import { missingSentences, PlanError } from '../../scripts/lib/generate/plan'

const WORDS = {
  en: ['the', 'veterans', 'gathered', 'at', 'memorial', 'and', 'remembered', 'their', 'comrades', 'who', 'fell', 'in', 'battle', 'town', 'wreaths', 'were', 'laid', 'silence', 'peace', 'children'],
  fr: ['les', 'anciens', 'combattants', 'se', 'sont', 'réunis', 'devant', 'le', 'monument', 'aux', 'morts', 'pour', 'honorer', 'mémoire', 'été', 'où', 'déjà', 'paix', 'enfants', 'cérémonie'],
  ru: ['ветераны', 'собрались', 'у', 'памятника', 'и', 'почтили', 'память', 'павших', 'воинов', 'в', 'городе', 'прошёл', 'митинг', 'цветы', 'мир', 'дети', 'победа', 'годы', 'войны', 'все'],
  de: ['die', 'Bürger', 'gedachten', 'der', 'Opfer', 'von', 'Krieg', 'und', 'Gewalt', 'am', 'Ehrenmal', 'Frieden', 'Kinder', 'Stille', 'für', 'über', 'heute', 'Gemeinde', 'Trauer', 'Kränze'],
  es: ['los', 'veteranos', 'se', 'reunieron', 'frente', 'al', 'monumento', 'para', 'recordar', 'a', 'caídos', 'en', 'guerra', 'paz', 'niños', 'homenaje', 'años', 'ciudad', 'acto', 'minuto'],
} as const

type Lang = keyof typeof WORDS

const NUMBERS: Record<Lang, string[]> = {
  en: ['147,200', '14,000', '1.5 million', '27 million', '40 per cent', '82nd', 'one-third', 'twenty-seven million', '300', '12'],
  fr: ['147 200', '1,1 million', '18 millions', '40 %', '106e', '600 000', '872'],
  ru: ['147 200', '27 000 000', '1,5 млн', '872 дня', '135 тысяч', '78-я', '80-летие'],
  de: ['147.200', '60 Millionen', '1,5 Millionen', '40 Prozent', '1.200'],
  es: ['147.200', '1,5 millones', '649', '23.000', '27 millones'],
}

const DATES: Record<Lang, string[]> = {
  en: ['May 9, 1945', 'June 6, 1944', 'November 1943', 'February 2, 2025', 'the 6th of June 1944'],
  fr: ['11 novembre 1918', '9 mai 1945', '1er août 1914', 'mai 1945'],
  ru: ['9 мая 1945 года', '27 января 1944 г.', '22 июня 1941 года', 'в мае 1945 года'],
  de: ['8. Mai 1945', '16. November 2025', 'Mai 1945'],
  es: ['2 de abril de 1982', '9 de mayo de 1945', 'abril de 1982'],
}

const NAMES = ['Joseph Stalin', 'Anna Volkova', 'Jean Dupont', 'Нина Соколова', 'Johann Weber', 'Ramón Ibáñez', 'a veteran of the 1st Ukrainian Front', 'A nurse who served at Caen']

const OTHER_SCRIPTS = ['纪念', 'שלום', 'مرحبا', '🕯️', 'Ελλάδα', 'Łódź', 'Ærø', 'ǅ', '\u00A0', '\u202F']

const HOSTILE = ['{{ $slidev.nav.next() }}', '<script>window.__pwned = true</script>', '<img src=x onerror=alert(1)>', '---', '<!-- x -->', '-->', '[click]', '<v-click>', '$x^2$', '`code`', '**bold**', '# not a heading', '| a | b |', 'layout: iframe', '\\', '&amp;', 'Averyveryveryveryveryveryveryveryveryveryverylongword', '{{', '}}', '<', '>', '"', '\'']

const CHROME = ['click to enlarge', 'Return to top', 'Leave a Reply', 'Share this:', 'Retour en haut de page', 'Нет комментариев', 'Смотри дальше', 'Deja una respuesta', 'Zurück nach oben']

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items)

function sentenceOf(lang: Lang): fc.Arbitrary<string> {
  const word = fc.oneof({ weight: 8, arbitrary: pick(WORDS[lang]) }, { weight: 1, arbitrary: pick(NUMBERS[lang]) }, { weight: 1, arbitrary: pick(DATES[lang]) }, { weight: 1, arbitrary: pick(HOSTILE) }, { weight: 1, arbitrary: pick(NAMES) }, { weight: 1, arbitrary: pick(OTHER_SCRIPTS) })
  return fc.tuple(fc.array(word, { minLength: 3, maxLength: 18 }), pick(['.', '.', '!', '?', ':', '…'])).map(([words, end]) => {
    const text = words.join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`
  })
}

const paragraphOf = (lang: Lang) => fc.array(sentenceOf(lang), { minLength: 1, maxLength: 5 }).map(s => s.join(' '))

const MARKS = [['“', '”'], ['« ', ' »'], ['„', '“'], ['"', '"'], ['«', '»']] as const

function blockOf(lang: Lang): fc.Arbitrary<string[]> {
  const paragraph = paragraphOf(lang).map(p => [p])
  const quotation = fc.tuple(pick(MARKS), fc.array(paragraphOf(lang), { minLength: 1, maxLength: 3 }), fc.option(pick(NAMES))).map(([[open, close], paragraphs, speaker]) => {
    const quoted = paragraphs.map((p, i) => `${open}${p}${i === paragraphs.length - 1 ? close : ''}`)
    return speaker ? [`${speaker} said:`, ...quoted] : quoted
  })
  const trailing = fc.tuple(paragraphOf(lang), pick(NAMES), fc.option(pick(DATES[lang]))).map(([p, name, date]) => [`“${p}”`, `— ${name}${date ? `, ${date}` : ''}`])
  const verse = fc.array(fc.array(pick(WORDS[lang]), { minLength: 3, maxLength: 7 }).map(w => w.join(' ')), { minLength: 2, maxLength: 8 })
    .map(lines => ['The poem reads:', ...lines.map((l, i) => `${i === 0 ? '“' : ''}${l.charAt(0).toUpperCase()}${l.slice(1)},${i === lines.length - 1 ? '”' : ''}`)])
  const caption = fc.tuple(sentenceOf(lang), pick(['(TML)', '(Photo: Archive)', '', '[CPA]'])).map(([s, credit]) => [`${s}${credit ? ` ${credit}` : ''}`])
  const credit = pick(['Photo: City Archive', 'Source : Ministère des Armées', 'Traduction : L. Martin', 'Фото: пресс-служба', 'Quelle: Stadtarchiv']).map(t => [t])
  const heading = fc.array(pick(WORDS[lang]), { minLength: 1, maxLength: 5 }).map(w => [w.join(' ').replace(/^./, c => c.toUpperCase())])
  const chrome = pick(CHROME).map(t => [t])
  const label = fc.tuple(pick(['DANIEL ORTIZ', 'VALENTINA SOKOLOVA', 'JEAN MARTIN']), paragraphOf(lang)).map(([name, p]) => [`${name}: Dear friends, ${p}`])
  const markdownHeading = heading.map(([h]) => [`## ${h}`])
  const blockquote = paragraphOf(lang).map(p => [`> “${p}”`])
  const image = fc.tuple(sentenceOf(lang), fc.boolean()).map(([caption, chrome]) => ['![photo](photos/memorial.jpg)', `${caption}${chrome ? ' click to enlarge' : ''}`])
  const salutations = pick(['Mesdames, Messieurs,', 'Дорогие друзья!', 'Liebe Mitbürgerinnen und Mitbürger,', 'Dear friends,', 'Queridos vecinos,']).map(t => [t])
  const speechLabel = fc.tuple(pick(['Discours de Monsieur le Maire', 'Rede des Bürgermeisters', 'Speech by Jane Doe']), fc.array(paragraphOf(lang), { minLength: 1, maxLength: 3 })).map(([l, ps]) => [l, ...ps.map(p => `We ${p}`)])
  const hardWrapped = paragraphOf(lang).map(p => [p.replace(/(.{30,60}?) /g, '$1\n')])
  const unquotedVerse = fc.array(fc.array(pick(WORDS[lang]), { minLength: 2, maxLength: 6 }).map(w => w.join(' ').replace(/^./, c => c.toUpperCase())), { minLength: 3, maxLength: 7 }).map(lines => ['Here is the poem:', ...lines])
  const intro = fc.tuple(pick(NAMES), pick(['said:', 'told a meeting:', 'added:', 'wrote:', ':', 'a déclaré :', 'сказала:', 'sagte:', 'subrayó:'])).map(([n, v]) => [`${n} ${v}`])
  return fc.oneof(
    { weight: 1, arbitrary: markdownHeading },
    { weight: 1, arbitrary: blockquote },
    { weight: 1, arbitrary: image },
    { weight: 1, arbitrary: salutations },
    { weight: 1, arbitrary: speechLabel },
    { weight: 1, arbitrary: hardWrapped },
    { weight: 1, arbitrary: unquotedVerse },
    { weight: 1, arbitrary: intro },
    { weight: 6, arbitrary: paragraph },
    { weight: 2, arbitrary: quotation },
    { weight: 1, arbitrary: trailing },
    { weight: 1, arbitrary: verse },
    { weight: 1, arbitrary: caption },
    { weight: 1, arbitrary: credit },
    { weight: 1, arbitrary: heading },
    { weight: 1, arbitrary: chrome },
    { weight: 1, arbitrary: label },
  )
}

export interface RandomArticle {
  text: string
  name: string
  /** --title, for articles composed without a headline. */
  title?: string
  lang?: string
}

/** An article in one language (or two mixed), plain text or Markdown, with or without a header. */
export const articles: fc.Arbitrary<RandomArticle> = fc.record({
  lang: pick(Object.keys(WORDS) as Lang[]),
  other: fc.option(pick(Object.keys(WORDS) as Lang[])),
  markdown: fc.boolean(),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  epigraph: fc.option(fc.tuple(paragraphOf('en'), pick(NAMES))),
  headline: fc.option(fc.tuple(fc.array(pick(WORDS.en), { minLength: 2, maxLength: 8 }), fc.option(pick(HOSTILE)))),
  dateLine: fc.option(fc.tuple(fc.constantFrom('May 10, 2025', '11 novembre 2024', '9 мая 2025 г.', '16. November 2025', '2 de abril de 2025'), fc.option(fc.constantFrom(' - No. 17', ' – N° 19', ', № 5')))),
  blocks: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
}).chain(shape => fc.tuple(fc.constant(shape), fc.array(blockOf(shape.lang), { minLength: shape.blocks.length, maxLength: shape.blocks.length }), shape.other ? fc.array(blockOf(shape.other), { maxLength: 3 }) : fc.constant([] as string[][])))
  .map(([shape, blocks, other]) => {
    const headline = shape.headline ? [shape.headline[0].join(' '), shape.headline[1] ?? ''].join(' ').trim().replace(/^./, c => c.toUpperCase()) : undefined
    const header = [shape.dateLine ? shape.dateLine[0] + (shape.dateLine[1] ?? '') : undefined, headline && (shape.markdown ? `# ${headline}` : headline)].filter((t): t is string => Boolean(t))
    // A body that starts with a short line would be read as the headline; give it one in that case.
    const epigraph = shape.epigraph ? [`“${shape.epigraph[0]}” — ${shape.epigraph[1]}`] : []
    const lines = [...epigraph, ...header, ...blocks.flat(), ...other.flat()]
    const text = `${lines.join(shape.blankLines ? '\n\n' : '\n')}\n`.replace(/\n/g, shape.crlf ? '\r\n' : '\n')
    return { text, name: shape.markdown ? 'article.md' : 'article.txt', title: headline ? undefined : 'A Commemoration', lang: undefined }
  })

/** Generates the deck and checks it: faithful, complete, inert. Throws with the reason when a check fails. */
export function checkArticle(article: RandomArticle): GenerateResult | undefined {
  let result: GenerateResult
  const run = (title?: string) => generate({ article: article.text, articleName: article.name, overrides: { title, lang: article.lang } })
  try {
    try {
      result = run(article.title)
    }
    catch (error) {
      // What a user does when the article has no headline: give one.
      if (!(error instanceof ArticleError && /--title/.test(error.message)))
        throw error
      result = run('A Commemoration')
    }
  }
  catch (error) {
    // An article of headings and chrome only has nothing to present: a clear refusal is right.
    if (error instanceof ArticleError && /no paragraphs|nothing to present/.test(error.message))
      return undefined
    if (error instanceof PlanError || error instanceof ArticleError)
      throw new Error(`refused a well-formed article: ${error.message}`, { cause: error })
    throw error
  }
  const { article: model, deck, markdown } = result
  const lost = missingSentences(model, deck)
  if (lost.length > 0)
    throw new Error(`lost ${lost.length} sentence(s): "${lost[0]}"`)
  const unfaithful = unfaithfulTexts(markdown, model.texts.join('\n'))
  if (unfaithful.length > 0)
    throw new Error(`shows text not in the article: ${JSON.stringify(unfaithful[0])}`)
  assertInert(markdown, deck.slides.length)
  return result
}

/** Nothing of the article's text runs: no live Vue, HTML or Slidev syntax, one comment and one front matter per slide. */
function assertInert(markdown: string, slides: number): void {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/gm, '')
  const failures = [
    [/\{\{/, 'a Vue interpolation'],
    [/<script/i, 'a script tag'],
    [/<img\b/i, 'an img tag'],
    [/<v-click>/, 'a v-click tag'],
    [/<iframe/i, 'an iframe'],
  ] as const
  for (const [pattern, what] of failures) {
    if (pattern.test(body))
      throw new Error(`slides.md has ${what} from the article`)
  }
  if ((markdown.match(/^---$/gm) ?? []).length !== slides * 2)
    throw new Error('the article\'s text started or ended a slide')
  // Front matter is YAML for the exports (keywords, sources): only the slides' bodies are Markdown.
  if ((body.match(/<!--/g) ?? []).length !== slides || (body.match(/-->/g) ?? []).length !== slides)
    throw new Error('the article\'s text opened or closed a notes comment')
  if (parseSync(markdown, 'slides.md').slides.length !== slides)
    throw new Error('Slidev reads another number of slides than the deck has')
}
