// Every label the kit draws, one table per language: on the slides (written by the generator),
// in the handout and in the speaker script. The deck's `lang` picks the table; a language
// without one falls back to English.

export interface Labels {
  // Slides
  timeline: string
  keyFigures: string
  thenAndNow: string
  quotation: string
  homage: string
  inClosing: string
  theCall: string
  sourcesAndCredits: string
  sources: string
  photographs: string
  /** On the stand-in card of a photo that is not in public/ yet. */
  archivePhotograph: string
  /** A photo slide's title when its caption is too long to be one. */
  photograph: string
  /** A statement slide's title when the article gives none (the review report asks for one). */
  fromTheArticle: string
  quotedInTheArticle: string
  theArticle: string
  computedFromTheDates: string
  // The exports' metadata: the PDFs' and the PowerPoint file's author and subjects
  organisers: string
  slides: string
  handout: string
  /** The language's colon, with its spaces: ": " in English, " : " in French. */
  colon: string
  /** The first of the deck's keywords (the PDFs' metadata). */
  commemoration: string
  /** The derived figures: "years since February 2, 1943", "days from … to …". */
  yearsSince: (date: string) => string
  daysFromTo: (from: string, to: string) => string
  /** For screen readers: "part 2 of 4" of a quotation over several slides. */
  partOf: (part: number, parts: number) => string
  /** The title of an elision mark "[…]". */
  wordsLeftOut: string
  /** The presenter's pacing indicator. */
  onPace: string
  ahead: string
  behind: string
  pacingHint: (slide: number, from: string, to: string, timer: string) => string
  // The handout
  handoutFor: string
  theSlides: string
  theArticleInFull: string
  slide: string
  // The speaker script
  speakerScript: string
  inAll: string
  budgetsAt: (wpm: number) => string
  forThisSlide: string
  by: string
  of: string
  noTimeBudget: string
  click: string
  noNotes: string
}

const en: Labels = {
  timeline: 'Timeline',
  keyFigures: 'Key figures',
  thenAndNow: 'Then and now',
  quotation: 'Quotation',
  homage: 'Homage',
  inClosing: 'In closing',
  theCall: 'The call',
  sourcesAndCredits: 'Sources and credits',
  sources: 'Sources',
  photographs: 'Photographs',
  archivePhotograph: 'Archive photograph',
  photograph: 'Photograph',
  fromTheArticle: 'From the article',
  quotedInTheArticle: 'Quoted in the article',
  theArticle: 'The article',
  computedFromTheDates: 'Computed from the dates in the article',
  organisers: 'Organisers of the commemorative meeting',
  slides: 'Slides',
  handout: 'Handout',
  colon: ': ',
  commemoration: 'commemoration',
  yearsSince: date => `years since ${date}`,
  daysFromTo: (from, to) => `days from ${from} to ${to}`,
  partOf: (part, parts) => `part ${part} of ${parts}`,
  wordsLeftOut: 'words left out',
  onPace: 'On pace',
  ahead: 'ahead',
  behind: 'behind',
  pacingHint: (slide, from, to, timer) => `Slide ${slide} is planned from ${from} to ${to}; the timer is at ${timer}.`,
  handoutFor: 'Handout for the commemorative meeting',
  theSlides: 'The slides',
  theArticleInFull: 'The article in full',
  slide: 'Slide',
  speakerScript: 'Speaker script',
  inAll: 'in all',
  budgetsAt: wpm => `budgets at ${wpm} words a minute`,
  forThisSlide: 'for this slide',
  by: 'by',
  of: 'of',
  noTimeBudget: 'no time budget',
  click: 'click',
  noNotes: 'No notes for this slide.',
}

// French puts a (narrow) no-break space before : ; ! ? and inside « ».
const fr: Labels = {
  timeline: 'Chronologie',
  keyFigures: 'Chiffres clés',
  thenAndNow: 'Hier et aujourd’hui',
  quotation: 'Citation',
  homage: 'Hommage',
  inClosing: 'En conclusion',
  theCall: 'L’appel',
  sourcesAndCredits: 'Sources et crédits',
  sources: 'Sources',
  photographs: 'Photographies',
  archivePhotograph: 'Photographie d’archives',
  photograph: 'Photographie',
  fromTheArticle: 'Extrait de l’article',
  quotedInTheArticle: 'Cité dans l’article',
  theArticle: 'L’article',
  computedFromTheDates: 'Calculé d’après les dates de l’article',
  colon: '\u00A0: ',
  commemoration: 'commémoration',
  yearsSince: date => `années depuis le ${date}`,
  daysFromTo: (from, to) => `jours du ${from} au ${to}`,
  partOf: (part, parts) => `partie ${part} sur ${parts}`,
  wordsLeftOut: 'passage omis',
  onPace: 'Dans les temps',
  ahead: 'd’avance',
  behind: 'de retard',
  pacingHint: (slide, from, to, timer) => `La diapositive ${slide} est prévue de ${from} à ${to}\u00A0; le chronomètre en est à ${timer}.`,
  organisers: 'Organisateurs de la cérémonie commémorative',
  slides: 'Diapositives',
  handout: 'Document remis',
  handoutFor: 'Document remis aux participants de la cérémonie commémorative',
  theSlides: 'Les diapositives',
  theArticleInFull: 'L’article intégral',
  slide: 'Diapositive',
  speakerScript: 'Texte de l’orateur',
  inAll: 'au total',
  budgetsAt: wpm => `durées calculées à ${wpm} mots par minute`,
  forThisSlide: 'pour cette diapositive',
  by: 'à',
  of: 'sur',
  noTimeBudget: 'sans durée prévue',
  click: 'clic',
  noNotes: 'Pas de notes pour cette diapositive.',
}

const ru: Labels = {
  timeline: 'Хроника',
  keyFigures: 'Ключевые цифры',
  thenAndNow: 'Тогда и сейчас',
  quotation: 'Цитата',
  homage: 'Память',
  inClosing: 'В заключение',
  theCall: 'Призыв',
  sourcesAndCredits: 'Источники и фотографии',
  sources: 'Источники',
  photographs: 'Фотографии',
  archivePhotograph: 'Архивная фотография',
  photograph: 'Фотография',
  fromTheArticle: 'Из статьи',
  quotedInTheArticle: 'Цитата из статьи',
  theArticle: 'Статья',
  computedFromTheDates: 'Вычислено по датам статьи',
  colon: ': ',
  commemoration: 'память',
  yearsSince: date => `лет со дня: ${date}`,
  daysFromTo: (from, to) => `дней: с ${from} по ${to}`,
  partOf: (part, parts) => `часть ${part} из ${parts}`,
  wordsLeftOut: 'пропуск в тексте',
  onPace: 'По графику',
  ahead: 'опережение',
  behind: 'отставание',
  pacingHint: (slide, from, to, timer) => `Слайд ${slide} запланирован с ${from} до ${to}; на таймере ${timer}.`,
  organisers: 'Организаторы памятного собрания',
  slides: 'Слайды',
  handout: 'Раздаточные материалы',
  handoutFor: 'Материалы для участников памятного собрания',
  theSlides: 'Слайды',
  theArticleInFull: 'Полный текст статьи',
  slide: 'Слайд',
  speakerScript: 'Текст выступления',
  inAll: 'всего',
  budgetsAt: wpm => `время рассчитано для ${wpm} слов в минуту`,
  forThisSlide: 'на этот слайд',
  by: 'к',
  of: 'из',
  noTimeBudget: 'время не задано',
  click: 'щелчок',
  noNotes: 'Для этого слайда нет заметок.',
}

const de: Labels = {
  timeline: 'Zeitleiste',
  keyFigures: 'Zahlen',
  thenAndNow: 'Damals und heute',
  quotation: 'Zitat',
  homage: 'Gedenken',
  inClosing: 'Zum Schluss',
  theCall: 'Der Aufruf',
  sourcesAndCredits: 'Quellen und Nachweise',
  sources: 'Quellen',
  photographs: 'Fotos',
  archivePhotograph: 'Archivfoto',
  photograph: 'Foto',
  fromTheArticle: 'Aus dem Artikel',
  quotedInTheArticle: 'Im Artikel zitiert',
  theArticle: 'Der Artikel',
  computedFromTheDates: 'Berechnet aus den Daten des Artikels',
  colon: ': ',
  commemoration: 'Gedenken',
  yearsSince: date => `Jahre seit dem ${date}`,
  daysFromTo: (from, to) => `Tage vom ${from} bis zum ${to}`,
  partOf: (part, parts) => `Teil ${part} von ${parts}`,
  wordsLeftOut: 'Auslassung',
  onPace: 'Im Plan',
  ahead: 'voraus',
  behind: 'im Verzug',
  pacingHint: (slide, from, to, timer) => `Folie ${slide} ist von ${from} bis ${to} geplant; der Timer steht bei ${timer}.`,
  organisers: 'Veranstalter der Gedenkveranstaltung',
  slides: 'Folien',
  handout: 'Handreichung',
  handoutFor: 'Handreichung zur Gedenkveranstaltung',
  theSlides: 'Die Folien',
  theArticleInFull: 'Der Artikel im Wortlaut',
  slide: 'Folie',
  speakerScript: 'Redemanuskript',
  inAll: 'insgesamt',
  budgetsAt: wpm => `Zeiten bei ${wpm} Wörtern pro Minute`,
  forThisSlide: 'für diese Folie',
  by: 'bis',
  of: 'von',
  noTimeBudget: 'keine Zeitvorgabe',
  click: 'Klick',
  noNotes: 'Keine Notizen zu dieser Folie.',
}

const es: Labels = {
  timeline: 'Cronología',
  keyFigures: 'Cifras clave',
  thenAndNow: 'Ayer y hoy',
  quotation: 'Cita',
  homage: 'Homenaje',
  inClosing: 'Para terminar',
  theCall: 'El llamado',
  sourcesAndCredits: 'Fuentes y créditos',
  sources: 'Fuentes',
  photographs: 'Fotografías',
  archivePhotograph: 'Fotografía de archivo',
  photograph: 'Fotografía',
  fromTheArticle: 'Del artículo',
  quotedInTheArticle: 'Citado en el artículo',
  theArticle: 'El artículo',
  computedFromTheDates: 'Calculado a partir de las fechas del artículo',
  colon: ': ',
  commemoration: 'conmemoración',
  yearsSince: date => `años desde el ${date}`,
  daysFromTo: (from, to) => `días del ${from} al ${to}`,
  partOf: (part, parts) => `parte ${part} de ${parts}`,
  wordsLeftOut: 'palabras omitidas',
  onPace: 'A tiempo',
  ahead: 'de adelanto',
  behind: 'de retraso',
  pacingHint: (slide, from, to, timer) => `La diapositiva ${slide} está prevista de ${from} a ${to}; el cronómetro marca ${timer}.`,
  organisers: 'Organizadores del acto conmemorativo',
  slides: 'Diapositivas',
  handout: 'Material para los asistentes',
  handoutFor: 'Material para los asistentes al acto conmemorativo',
  theSlides: 'Las diapositivas',
  theArticleInFull: 'El artículo completo',
  slide: 'Diapositiva',
  speakerScript: 'Guion del orador',
  inAll: 'en total',
  budgetsAt: wpm => `tiempos calculados a ${wpm} palabras por minuto`,
  forThisSlide: 'para esta diapositiva',
  by: 'a los',
  of: 'de',
  noTimeBudget: 'sin tiempo asignado',
  click: 'clic',
  noNotes: 'Sin notas para esta diapositiva.',
}

export const LABELS: Readonly<Record<string, Labels>> = { en, fr, ru, de, es }

/** The labels for a BCP 47 language tag ("fr", "fr-CA"), English when the kit has none for it. */
export function labelsFor(lang: string | undefined): Labels {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]
  return LABELS[primary] ?? en
}
