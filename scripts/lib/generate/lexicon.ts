// The words the parser looks for, one table per language: speech verbs, pronouns, the words
// that open a salutation or a credit line, web chrome, scale words of numbers, abbreviations.
// A language without a table is read with the English one (and the review report says so).

export interface Lexicon {
  /** Verbs that introduce what someone said or wrote ("said", "a déclaré", "заявил"). */
  speechVerbs: string[]
  /** Nouns for a speech, in "gave a short address", "a prononcé un discours". */
  speechNouns: string[]
  /** Words that head a label naming a speech: "Speech by", "Discours de", "Rede des". */
  speechLabels: string[]
  /** Subjects that name nobody: the speaker is then read from the sentences before. */
  pronouns: string[]
  /** Words that open the address of a speech: "Dear friends,", "Mesdames, Messieurs,". */
  salutations: string[]
  /** Prepositions that start the occasion of a speech: "at the ceremony", "lors de la cérémonie". */
  occasionWords: string[]
  /** Leading words of a sentence that are not a speaker's name ("Speaking", "Today"). */
  notNames: string[]
  /** Scale words after a number, with their value: "million", "millions", "млн". */
  scales: Record<string, number>
  /** Abbreviations that end in a full stop inside a sentence ("Mr.", "M.", "г."). */
  abbreviations: string[]
  /** Credit and source line openings, before a colon: "Photo", "Source", "Traduction". */
  photoCredit: string[]
  source: string[]
  translation: string[]
}

const en: Lexicon = {
  speechVerbs: ['said', 'says', 'wrote', 'writes', 'declared', 'declares', 'assessed', 'stated', 'states', 'told', 'remarked', 'noted', 'observed', 'explained', 'proclaimed', 'announced', 'added', 'recalled', 'recalls', 'affirmed', 'emphasised', 'emphasized', 'pointed out', 'summed up', 'put it', 'concluded', 'warned', 'insisted', 'reminded', 'replied', 'answered', 'addressed', 'described', 'spoke', 'testified', 'stressed', 'recounted', 'urged', 'continued', 'wrote of'],
  speechNouns: ['address', 'speech', 'remarks', 'message', 'greetings', 'statement', 'talk'],
  speechLabels: ['speech by', 'address by', 'remarks by', 'message from', 'greetings from', 'statement by'],
  pronouns: ['he', 'she', 'they', 'it', 'we', 'i', 'this', 'who'],
  salutations: ['dear', 'ladies', 'friends', 'comrades', 'fellow', 'distinguished', 'honoured', 'honored', 'good morning', 'good afternoon', 'good evening'],
  occasionWords: ['at', 'during', 'on the occasion of', 'in his speech to', 'in her speech to', 'in his address to', 'in her address to', 'in his message to', 'in her message to', 'in their message to'],
  notNames: ['Speaking', 'Writing', 'Today', 'Then', 'In', 'On', 'At', 'As', 'He', 'She', 'They', 'It', 'This', 'That', 'The', 'We', 'Later', 'And', 'But', 'When', 'After', 'Before', 'Addressing'],
  scales: { hundred: 100, thousand: 1_000, million: 1_000_000, millions: 1_000_000, billion: 1_000_000_000 },
  abbreviations: ['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Rev', 'No', 'Nos', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Maj', 'Pte', 'Cpl', 'Hon', 'Mt', 'Ft', 'Jr', 'Sr', 'Vol', 'pp', 'p'],
  photoCredit: ['photo', 'photos', 'photograph', 'photographs', 'credit', 'credits', 'image', 'images', 'picture', 'pictures', 'photo credit'],
  source: ['source', 'sources'],
  translation: ['translation', 'translated by', 'translated from'],
}

const fr: Lexicon = {
  speechVerbs: ['a déclaré', 'déclare', 'a dit', 'dit', 'a souligné', 'souligne', 'a rappelé', 'rappelle', 'a affirmé', 'affirme', 'a ajouté', 'ajoute', 'a écrit', 'écrit', 'a conclu', 'conclut', 'a lancé', 'lance', 'a expliqué', 'explique', 'a témoigné', 'témoigne', 'a raconté', 'raconte', 'a estimé', 'estime', 'a poursuivi', 'poursuit', 'a insisté', 'insiste', 's’est exclamé', 's\'est exclamé', 'a prononcé', 'prononce', 'a salué', 'salue', 'a confié', 'confie', 'écrivait', 'disait', 'déclarait', 'rappelait', 'racontait', 'a lu', 'lit'],
  speechNouns: ['discours', 'allocution', 'message', 'intervention', 'mot', 'propos'],
  speechLabels: ['discours de', 'discours du', 'allocution de', 'allocution du', 'message de', 'message du', 'intervention de', 'intervention du', 'mot du', 'mot de'],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on', 'nous', 'je', 'celui-ci', 'celle-ci', 'qui'],
  salutations: ['mesdames', 'messieurs', 'monsieur', 'madame', 'mes chers', 'mes chères', 'chers', 'chères', 'cher', 'chère', 'mesdemoiselles'],
  occasionWords: ['lors de', 'lors du', 'à l’occasion de', 'à l\'occasion de', 'à l’occasion du', 'à l\'occasion du', 'pendant', 'au cours de', 'au cours du'],
  notNames: ['Le', 'La', 'Les', 'Lors', 'En', 'Au', 'Aux', 'Il', 'Elle', 'Ce', 'Cette', 'Puis', 'Et', 'Mais', 'Aujourd’hui', 'Ensuite'],
  scales: { cent: 100, cents: 100, mille: 1_000, million: 1_000_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000 },
  abbreviations: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'St', 'Ste', 'Gén', 'Gal', 'Cdt', 'Cne', 'Lt', 'Col', 'etc', 'cf', 'env', 'p', 'n°', 'No', 'av', 'apr', 'J.-C', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  photoCredit: ['photo', 'photos', 'crédit photo', 'crédits photo', 'crédit', 'crédits', 'image', 'images', 'illustration'],
  source: ['source', 'sources'],
  translation: ['traduction', 'traduit par', 'traduit de'],
}

const ru: Lexicon = {
  speechVerbs: ['сказал', 'сказала', 'сказали', 'заявил', 'заявила', 'отметил', 'отметила', 'подчеркнул', 'подчеркнула', 'напомнил', 'напомнила', 'рассказал', 'рассказала', 'сообщил', 'сообщила', 'добавил', 'добавила', 'написал', 'написала', 'пишет', 'говорит', 'говорил', 'говорила', 'поздравил', 'поздравила', 'обратился', 'обратилась', 'вспоминает', 'вспоминал', 'вспоминала', 'признался', 'призвал', 'призвала', 'произнёс', 'произнес', 'прочитала', 'прочитал', 'прочитали', 'прочла', 'прочёл', 'читает'],
  speechNouns: ['речь', 'речью', 'словом', 'слово', 'обращение', 'обращением', 'выступление', 'выступлением', 'докладом'],
  speechLabels: ['выступление', 'речь', 'обращение', 'слово'],
  pronouns: ['он', 'она', 'они', 'мы', 'я', 'который', 'которая'],
  salutations: ['дорогие', 'уважаемые', 'уважаемый', 'дорогой', 'товарищи', 'друзья', 'земляки'],
  occasionWords: ['на', 'во время', 'в ходе', 'по случаю'],
  notNames: ['В', 'На', 'По', 'Он', 'Она', 'Они', 'Это', 'Сегодня', 'Тогда', 'После', 'И', 'Но', 'А'],
  scales: { тысяча: 1_000, тысячи: 1_000, тысяч: 1_000, 'тыс.': 1_000, тыс: 1_000, миллион: 1_000_000, миллиона: 1_000_000, миллионов: 1_000_000, млн: 1_000_000, 'млн.': 1_000_000, миллиард: 1_000_000_000, миллиарда: 1_000_000_000, миллиардов: 1_000_000_000, млрд: 1_000_000_000 },
  abbreviations: ['г', 'гг', 'т', 'е', 'им', 'ул', 'д', 'пр', 'тыс', 'млн', 'млрд', 'руб', 'см', 'ст', 'чел', 'обл', 'р-н', 'пос', 'с', 'т.е', 'т.д', 'т.п', 'др'],
  photoCredit: ['фото', 'фотографии', 'фотография', 'автор фото', 'снимок'],
  source: ['источник', 'источники'],
  translation: ['перевод', 'перевела', 'перевёл', 'перевел'],
}

const de: Lexicon = {
  speechVerbs: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'erinnerte', 'erinnert', 'schrieb', 'schreibt', 'rief', 'mahnte', 'mahnt', 'sprach', 'meinte', 'ergänzte', 'fügte hinzu', 'unterstrich', 'formulierte', 'geschrieben', 'gesagt', 'erklärt hat', 'betont hat'],
  speechNouns: ['Rede', 'Ansprache', 'Grußwort', 'Gedenkrede', 'Worte'],
  speechLabels: ['rede des', 'rede der', 'rede von', 'ansprache des', 'ansprache der', 'ansprache von', 'grußwort des', 'grußwort der', 'grußwort von', 'gedenkrede des', 'gedenkrede der', 'gedenkrede von'],
  pronouns: ['er', 'sie', 'es', 'wir', 'ich', 'der', 'die'],
  salutations: ['liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'meine sehr geehrten', 'meine damen', 'verehrte', 'verehrter'],
  occasionWords: ['bei', 'beim', 'auf der', 'auf dem', 'während', 'anlässlich'],
  notNames: ['Der', 'Die', 'Das', 'Am', 'Im', 'In', 'Bei', 'Er', 'Sie', 'Es', 'Heute', 'Dann', 'Und', 'Aber'],
  scales: { tausend: 1_000, million: 1_000_000, millionen: 1_000_000, mio: 1_000_000, 'mio.': 1_000_000, milliarde: 1_000_000_000, milliarden: 1_000_000_000, 'mrd.': 1_000_000_000 },
  abbreviations: ['Dr', 'Nr', 'St', 'z.B', 'bzw', 'ca', 'usw', 'vgl', 'Hr', 'Fr', 'Prof', 'Jh', 'u.a', 'd.h', 'Str', 'Mio', 'Mrd'],
  photoCredit: ['foto', 'fotos', 'bild', 'bilder', 'bildnachweis', 'fotonachweis'],
  source: ['quelle', 'quellen'],
  translation: ['übersetzung', 'übersetzt von'],
}

const es: Lexicon = {
  speechVerbs: ['dijo', 'afirmó', 'declaró', 'señaló', 'subrayó', 'destacó', 'recordó', 'expresó', 'escribió', 'agregó', 'añadió', 'manifestó', 'sostuvo', 'aseguró', 'resaltó', 'evocó', 'decía', 'escribía', 'leyó'],
  speechNouns: ['discurso', 'palabras', 'mensaje', 'alocución'],
  speechLabels: ['discurso de', 'discurso del', 'palabras de', 'palabras del', 'mensaje de', 'mensaje del'],
  pronouns: ['él', 'ella', 'ellos', 'ellas', 'nosotros', 'yo', 'quien'],
  salutations: ['queridos', 'queridas', 'estimados', 'estimadas', 'señoras', 'señores', 'compañeros', 'amigos'],
  occasionWords: ['durante', 'en el acto', 'en la ceremonia', 'con motivo de'],
  notNames: ['El', 'La', 'Los', 'Las', 'En', 'Durante', 'Hoy', 'Luego', 'Y', 'Pero'],
  scales: { mil: 1_000, millón: 1_000_000, millones: 1_000_000, millon: 1_000_000 },
  abbreviations: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Gral', 'Cnel', 'Tte', 'etc', 'pág', 'núm', 'Ud', 'Uds'],
  photoCredit: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'crédito'],
  source: ['fuente', 'fuentes'],
  translation: ['traducción', 'traducido por'],
}

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr, ru, de, es }

/** The lexicon of a BCP 47 tag's language, English when the kit has none for it. */
export function lexiconFor(lang: string): Lexicon {
  return LEXICONS[lang.toLowerCase().split('-')[0]] ?? en
}

/** Every language's words of one kind, for recognisers that must work before the language is known. */
export function allLexicons<K extends keyof Lexicon>(key: K): Lexicon[K][] {
  return Object.values(LEXICONS).map(l => l[key])
}

/** Web chrome: the page's own buttons and links, copied with the article. Matched against a whole line (or its end). */
export const WEB_CHROME = [
  /\(?\[?\s*click (?:(?:on )?(?:the )?(?:image|photo|picture|here) )?to (?:enlarge|zoom|view (?:larger|full size))\.?\s*\]?\)?/iu,
  /\(?\s*(?:cliquez (?:sur l[’']image |sur la photo |ici )?pour (?:agrandir|zoomer)|agrandir l[’']image|voir en grand(?: cette image)?)\.?\s*\)?/iu,
  /\(?\s*(?:нажмите,? чтобы увеличить|увеличить (?:фото|изображение))\.?\s*\)?/iu,
  /\(?\s*(?:zum vergrößern (?:an)?klicken|klicken zum vergrößern|bild vergrößern)\.?\s*\)?/iu,
  /\(?\s*(?:haga clic para ampliar|clic para ampliar|ampliar imagen)\.?\s*\)?/iu,
]

/** Lines that are web chrome in full. */
export const CHROME_LINES = [
  /^(?:return|back|go back) to (?:the )?(?:top|home|index|menu)\b.*$/iu,
  /^(?:top of page|to the top|home|menu|print(?: this (?:page|article))?|share(?: this(?: article)?)?:?|like this:?|loading\.{0,3}|email|facebook|twitter|whatsapp|telegram|vk|pdf|previous|next|read more|continue reading|read the full article|more\.{0,3})$/iu,
  /^(?:leave a (?:reply|comment)|\d+ comments?|no comments?(?: yet)?|comments?(?: are closed)?|post a comment|related(?: posts| articles)?:?|tags?:.*|categor(?:y|ies):.*|filed under:?.*|posted (?:in|by|on)\b.*|published by\b.*|subscribe\b.*|sign up\b.*|follow us\b.*|you are commenting using\b.*|fill in your details below\b.*|notify me of\b.*|%d bloggers like this:?|design a site like this\b.*|get started|log out\b.*|change\s*\)|previous issues?\b.*|home\s*\|.*|.*\|\s*home)$/iu,
  /^(?:retour (?:en haut|au sommaire|à l[’']accueil)(?: de (?:la )?page)?|haut de (?:la )?page|imprimer|partager(?: cet article)?:?|lire (?:la suite|aussi|plus)|voir aussi:?|laisser un commentaire|aucun commentaire|\d+ commentaires?|commentaires?|mots-clés\s*:.*|publié (?:le|par|dans)\b.*)$/iu,
  /^(?:наверх|в начало страницы|на главную|поделиться:?|распечатать|печать|читать (?:далее|дальше|также|ещё|еще)|смотри(?:те)? (?:дальше|также)|нет комментариев|комментарии:?|\d+ комментари(?:й|я|ев)|оставить комментарий|следите за .*|подписывайтесь .*|подпишитесь .*|количество просмотров:?.*|просмотров:?.*|теги:.*|рубрика:.*)$/iu,
  /^(?:nach oben|zurück(?: nach oben| zur übersicht| zur startseite)?|drucken|teilen:?|weiterlesen|mehr lesen|kommentare?:?|keine kommentare|schlagworte:.*|veröffentlicht (?:am|von)\b.*)$/iu,
  /^(?:volver (?:arriba|al inicio)|ir arriba|imprimir|compartir:?|leer más|seguir leyendo|deja una respuesta|dejar un comentario|sin comentarios|comentarios:?|etiquetas:.*|publicado (?:el|por|en)\b.*|tu dirección de correo electrónico no será publicada\b.*)$/iu,
  // Counters and stray symbols a page leaves between paragraphs: "1000 <", "0", "| June 7, 2017" is a date line, not chrome.
  /^(?=.{1,12}$)(?:\d{1,2}|[\d\s]*[<>|·•*#=_~^-][\d\s<>|·•*#=_~^-]*)$/u,
  /^\(?to access articles individually click on the (?:black )?headline\.?\)?$/iu,
  // A link to another article that the page set between paragraphs: "Te recomendamos: …", "Read also: …".
  /^(?:see also|read also|also read|related|you may also like|recommended|lire aussi|à lire aussi|voir aussi|читайте также|смотрите также|по теме|lesen sie auch|auch interessant|te recomendamos|lea también|leer también|lea en \S+|te puede interesar)\s*:.*$/iu,
  /^(?:lea en \S+|discutir|discuss|обсудить|diskutieren)$/iu,
  // Media buttons: "Listen", "Watch the video".
  /^(?:listen|watch(?: the video)?|play(?: video)?|video|audio|écouter|regarder la vidéo|слушать|смотреть видео|anhören|video ansehen|escuchar|ver video)$/iu,
]
