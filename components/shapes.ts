// The shapes the generator hands to the components, declared once: slides.md carries them as
// JSON props, the components draw them.

export interface QuoteSegment {
  kind: 'text' | 'elision' | 'stage'
  text: string
}

/** Part of a quotation paragraph on one slide, with the article's own marks where the part starts or ends the paragraph. */
export interface QuotationParagraph {
  segments: QuoteSegment[]
  /** The opening mark as the article writes it, where this part starts a paragraph: “ « „ or "". */
  open?: string
  /** The closing mark as the article writes it, where this part ends a paragraph. */
  close?: string
}

export interface TimelineEvent {
  date?: string
  text: string
}
