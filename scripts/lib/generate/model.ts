// The article model: what the parser reads from an article and the planner builds slides from.

import type { ImageMarker } from '../article-text'
import type { DateMention } from './dates'
import type { FigureMention } from './numbers'

export type { DateMention, FigureMention, ImageMarker }

export interface QuoteSegment {
  kind: 'text' | 'elision' | 'stage'
  text: string
}

export interface QuoteMarks {
  open: string
  close: string
}

export interface Attribution {
  /** As the article names them: "Joseph Stalin", "a veteran of the 1st Ukrainian Front". */
  speaker?: string
  /** What the article says they are: "the union secretary", "97-year-old D-Day veteran". */
  role?: string
  /** When it was said, as written: "November 1943". */
  when?: string
  /** Where or at what it was said: "the celebration of the 26th anniversary of the Great October Revolution". */
  occasion?: string
  /** The sentence or line the attribution was read from. */
  sentence?: string
}

export interface Quotation {
  id: string
  /** The quotation's paragraphs exactly as in the article, quotation marks included; a verse paragraph keeps its line breaks. */
  paragraphs: string[]
  /** Each paragraph without its opening and closing quotation marks, split into text, elisions and stage directions. */
  segments: QuoteSegment[][]
  /** Each paragraph's own opening and closing marks, as the article writes them ("" where it has none). */
  marks: QuoteMarks[]
  attribution: Attribution
  /** Index in Article.blocks of the block that holds it. */
  blockIndex: number
  /** A quotation inside a paragraph ("“We will win,” she said.") rather than one set apart. */
  inline: boolean
  words: number
  /** Lines of verse: shown whole, with their line breaks. */
  verse?: boolean
  /** A speech set out without quotation marks, introduced by a label or a sentence; `label` is the "NAME :" before it. */
  speech?: boolean
  label?: string
  /** A quotation of the day or an epigraph with nothing in common with the article: in the notes only. */
  epigraph?: boolean
}

export type Block =
  | { kind: 'heading', level: number, text: string }
  | { kind: 'paragraph', text: string, sentences: string[], introducesQuotation?: boolean, salutation?: boolean }
  | { kind: 'quotation', quotation: Quotation }
  /** The line after a quotation that says who said it: "— George Chow, D-Day veteran". */
  | { kind: 'attribution', text: string, quotationId: string }
  | { kind: 'caption', text: string, image?: ImageMarker, credit?: string }
  | { kind: 'credit', text: string }
  /** "Source : …", "Traduction : …": where the article comes from. */
  | { kind: 'source', text: string }
  | { kind: 'image', image: ImageMarker }

export interface Located<T> {
  mention: T
  /** The sentence the mention belongs to, exactly as in the article. */
  sentence: string
  blockIndex: number
  /** Set when the mention is inside a quotation. */
  quotationId?: string
}

/** Something the parser was unsure of, and the plan key (or flag) that settles it. */
export interface Doubt {
  message: string
  key: string
}

/** Text of the page that is not the article's ("click to enlarge", "Return to top"): left out of the deck. */
export interface LeftOut {
  text: string
  why: string
}

/** What the article's header says: its date line, headline, subtitle and author line. */
export interface ArticleHeader {
  dateLine?: string
  /** The issue number on the date line: "No. 21". */
  issue?: string
  date?: DateMention
  title: string
  subtitle?: string
  /** The author line under the title ("– Pauline Easton –") or the signature at the end. */
  byline?: string
  /** Header parts given by the plan or a flag rather than read from the article. */
  given: ('title' | 'subtitle' | 'date')[]
}

export interface Article extends ArticleHeader {
  format: 'text' | 'markdown'
  /** BCP 47 tag; `langFrom` says whether it was detected or given (plan or --lang). */
  lang: string
  langFrom: 'detected' | 'given' | 'default'
  /** When the whole article is a speech ("Discours de Monsieur le Maire"): who gives it. */
  speechBy?: string
  blocks: Block[]
  quotations: Quotation[]
  figures: Located<FigureMention>[]
  dates: Located<DateMention>[]
  /** Every piece of the article's own text, in order: the header lines and each block's text. */
  texts: string[]
  leftOut: LeftOut[]
  doubts: Doubt[]
}
