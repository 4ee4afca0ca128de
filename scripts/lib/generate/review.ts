// The review report: what the generator found in the article (title, date, language, each
// quotation's speaker and first words, figures, captions, credits, what it left out) and what it
// was unsure of, each doubt with the plan key that settles it. `npm run generate` prints it;
// `--json` gives the same data to tools.

import type { Article, Block } from './model'
import type { DeckPlan } from './plan'

export interface Review {
  article: string
  title: string
  subtitle?: string
  byline?: string
  dateLine?: string
  date?: string
  issue?: string
  lang: string
  langFrom: Article['langFrom']
  given: string[]
  speechBy?: string
  quotations: { id: string, speaker?: string, role?: string, when?: string, occasion?: string, firstWords: string, kind: 'quotation' | 'speech' | 'verse' | 'inline' | 'epigraph', paragraphs: number }[]
  figures: { figure: string, onSlide: boolean }[]
  captions: string[]
  credits: string[]
  sources: string[]
  leftOut: string[]
  slides: { id: string, kind: string, title: string }[]
  duration: number
  doubts: { message: string, key: string }[]
}

const firstWords = (text: string, n = 8) => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  return words.length > n ? `${words.slice(0, n).join(' ')} …` : words.join(' ')
}

function kindOf(q: Article['quotations'][number]): Review['quotations'][number]['kind'] {
  if (q.epigraph)
    return 'epigraph'
  if (q.inline)
    return 'inline'
  return q.verse ? 'verse' : q.speech ? 'speech' : 'quotation'
}

export function reviewOf(article: Article, deck: DeckPlan, articleName: string): Review {
  const shownFigures = new Set(deck.slides.flatMap(s => (s.kind === 'figures' ? s.figures.filter(f => !f.derived).map(f => f.figure) : [])))
  const significant = article.figures.filter(f => f.mention.kind !== 'year' && f.mention.kind !== 'ordinal' && (f.mention.kind !== 'count' || f.mention.value >= 100))
  return {
    article: articleName,
    title: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    dateLine: article.dateLine,
    date: article.date?.iso ?? (article.date ? String(article.date.year) : undefined),
    issue: article.issue,
    lang: article.lang,
    langFrom: article.langFrom,
    given: article.given,
    speechBy: article.speechBy,
    quotations: article.quotations.map(q => ({
      id: q.id,
      speaker: q.attribution.speaker,
      role: q.attribution.role,
      when: q.attribution.when,
      occasion: q.attribution.occasion,
      firstWords: firstWords(q.paragraphs[0]),
      kind: kindOf(q),
      paragraphs: q.paragraphs.length,
    })),
    figures: [...new Map(significant.map(f => [f.mention.text, { figure: f.mention.text, onSlide: shownFigures.has(f.mention.text) }])).values()],
    captions: article.blocks.filter((b): b is Extract<Block, { kind: 'caption' }> => b.kind === 'caption').map(b => b.text),
    credits: deck.credits,
    sources: deck.sources,
    leftOut: article.leftOut.map(l => l.text),
    slides: deck.slides.map(s => ({ id: s.id, kind: s.kind, title: s.title })),
    duration: deck.duration,
    doubts: [...article.doubts, ...deck.doubts],
  }
}

/** Counts repeated entries: "Return to top ×2". */
function counted(items: string[]): string[] {
  const counts = new Map<string, number>()
  for (const item of items)
    counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].map(([item, n]) => (n > 1 ? `${item} ×${n}` : item))
}

export function formatReview(review: Review): string {
  const lines: string[] = [`Review of ${review.article}`]
  const row = (label: string, value: string | undefined) => {
    if (value)
      lines.push(`  ${label.padEnd(11)}${value}`)
  }
  const given = (part: string) => (review.given.includes(part) ? '  (given)' : '')
  row('Title', `${review.title}${given('title')}`)
  row('Subtitle', review.subtitle && `${review.subtitle}${given('subtitle')}`)
  row('Author', review.byline)
  row('Date', review.dateLine ? `${review.dateLine}${review.date ? `  → ${review.date}` : ''}${review.issue ? `, issue ${review.issue}` : ''}${given('date')}` : 'none')
  row('Language', `${review.lang} (${review.langFrom})`)
  if (review.speechBy !== undefined)
    row('Speech', review.speechBy ? `the article is a speech by ${review.speechBy}` : 'the article is a speech')
  if (review.quotations.length > 0) {
    lines.push('  Quotations')
    for (const q of review.quotations) {
      const who = [q.speaker ?? 'no speaker', q.role, q.when].filter(Boolean).join(', ')
      lines.push(`    ${q.id.padEnd(4)} ${who}${q.kind === 'quotation' ? '' : ` [${q.kind}${q.paragraphs > 1 ? `, ${q.paragraphs} ${q.kind === 'verse' ? 'stanzas' : 'paragraphs'}` : ''}]`}: ${q.firstWords}`)
    }
  }
  row('Figures', review.figures.map(f => (f.onSlide ? `${f.figure} (on a slide)` : f.figure)).join(' · ') || 'none')
  row('Captions', review.captions.join(' | ') || 'none')
  row('Credits', review.credits.join(' | ') || 'none')
  row('Sources', review.sources.join(' | '))
  row('Left out', counted(review.leftOut).join(' · ') || 'nothing')
  row('Slides', `${review.slides.length}, ${review.duration} min: ${review.slides.map(s => s.id).join(' ')}`)
  if (review.doubts.length === 0) {
    lines.push('  Doubts     none')
  }
  else {
    lines.push('  Doubts (each settled by the plan key after →)')
    for (const doubt of review.doubts)
      lines.push(`    - ${doubt.message} → ${doubt.key}`)
  }
  return lines.join('\n')
}
