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
  archivePhotograph: string
  quotedInTheArticle: string
  theArticle: string
  computedFromTheDates: string
  // The exports' metadata: the PDFs' and the PowerPoint file's author and subjects
  organisers: string
  slides: string
  handout: string
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
  quotedInTheArticle: 'Quoted in the article',
  theArticle: 'The article',
  computedFromTheDates: 'Computed from the dates in the article',
  organisers: 'Organisers of the commemorative meeting',
  slides: 'Slides',
  handout: 'Handout',
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

export const LABELS: Readonly<Record<string, Labels>> = { en }

/** The labels for a BCP 47 language tag ("fr", "fr-CA"), English when the kit has none for it. */
export function labelsFor(lang: string | undefined): Labels {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0]
  return LABELS[primary] ?? en
}
