// Who said it, when and where: the sentence before a quotation, the line after it, in five languages.
import { describe, expect, it } from 'vitest'
import { readAttribution, readTrailingAttribution } from '../../scripts/lib/generate/parse/attribution'

describe('the sentence that introduces a quotation', () => {
  it.each([
    ['en', 'Speaking in November 1943 at the celebration of the 26th anniversary of the Great October Revolution, Joseph Stalin assessed the battle as follows:', { speaker: 'Joseph Stalin', when: 'November 1943', occasion: 'the celebration of the 26th anniversary of the Great October Revolution' }],
    ['en', 'In June 2019, a veteran of the 1st Ukrainian Front told a meeting:', { speaker: 'a veteran of the 1st Ukrainian Front', occasion: 'a meeting', when: 'June 2019' }],
    ['en', 'A nurse who served at the field hospital in Bayeux added:', { speaker: 'A nurse who served at the field hospital in Bayeux' }],
    ['en', 'a partisan from the Bryansk forests recalled:', { speaker: 'a partisan from the Bryansk forests' }],
    ['en', 'Thomas Reid, the harbour master, said:', { speaker: 'Thomas Reid', role: 'the harbour master' }],
    ['en', 'At the funeral in November 1974, the union secretary Thomas Reed said:', { speaker: 'Thomas Reed', role: 'the union secretary', occasion: 'the funeral', when: 'November 1974' }],
    ['en', 'The branch padre read a poem that a soldier from our county wrote in the trenches:', { speaker: 'a soldier from our county' }],
    ['en', '“We remember them because they gave us the mornings we take for granted,” said the mayor.', { speaker: 'the mayor' }],
    ['en', '“We remember them because they gave us the mornings,” said Elena Marsh, the mayor of the town.', { speaker: 'Elena Marsh', role: 'the mayor of the town' }],
    ['fr', 'Le poète Louis Verdier, revenu blessé de Verdun, écrivait en 1919 : « Nous avons laissé là-bas nos vingt ans. »', { speaker: 'Louis Verdier', role: 'Le poète' }],
    ['fr', 'Les élèves ont appris quelques vers écrits par un instituteur de la commune, mort en Champagne :', { speaker: 'un instituteur de la commune' }],
    ['fr', '« Nous n’oublierons jamais ceux qui sont tombés pour notre liberté », a déclaré le préfet Jean Morel.', { speaker: 'Jean Morel', role: 'le préfet' }],
    ['ru', 'Открывая митинг, председатель районного совета ветеранов Нина Соколова сказала:', { speaker: 'Нина Соколова', role: 'председатель районного совета ветеранов' }],
    ['ru', 'Также участников митинга поздравил глава района Иван Петров.', { speaker: 'Иван Петров', role: 'глава района' }],
    ['de', 'Der Schriftsteller Johann Weber, der als junger Soldat in Russland war, hat nach seiner Heimkehr geschrieben:', { speaker: 'Johann Weber', role: 'Der Schriftsteller' }],
    ['es', 'El ministro de Defensa de la provincia, Ramón Ibáñez, subrayó:', { speaker: 'Ramón Ibáñez', role: 'El ministro de Defensa de la provincia' }],
  ] as const)('%s: %s', (lang, sentence, expected) => {
    expect({ ...readAttribution(sentence, lang), sentence: undefined }).toEqual({ ...expected, sentence: undefined })
  })

  it.each([
    ['en', 'He said:'],
    ['en', 'The poem reads:'],
    ['ru', 'Вот одно из них:'],
  ] as const)('names nobody in "%s %s"', (lang, sentence) => {
    expect(readAttribution(sentence, lang).speaker).toBeUndefined()
  })
})

describe('the line after a quotation', () => {
  it.each([
    ['en', '— George Chow, 97-year-old D-Day veteran', { speaker: 'George Chow', role: '97-year-old D-Day veteran' }],
    ['en', '— Prime Minister Justin Trudeau', { speaker: 'Prime Minister Justin Trudeau' }],
    ['en', '-- Marguerite Lanois', { speaker: 'Marguerite Lanois' }],
    ['en', '— Walter Brandt, June 6, 1994', { speaker: 'Walter Brandt', when: 'June 6, 1994' }],
    ['ru', '(Поэт Н. А. Гордеев)', { speaker: 'Н. А. Гордеев' }],
    ['ru', 'Анна Белова 27 января 1984 г.', { speaker: 'Анна Белова', when: '27 января 1984 г.' }],
  ] as const)('%s: %s', (lang, line, expected) => {
    expect({ ...readTrailingAttribution(line, lang), sentence: undefined }).toEqual({ ...expected, sentence: undefined })
  })

  it.each([
    'The 147,200 May 9, 1945…',
    'Veterans at the memorial, May 8, 2025.',
  ])('is not read from a line of the article: "%s"', (line) => {
    expect(readTrailingAttribution(line, 'en')).toBeUndefined()
  })
})
