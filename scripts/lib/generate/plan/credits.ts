// The sources and credits: the article itself, the speeches it quotes, its "Source :" and
// "Traduction :" lines, and its photo credits.

import type { Article, Block } from '../model'
import type { BuildContext } from './context'
import { base, text } from './context'

/** What a deck credits: the article, the speeches it quotes, its source lines; and its photo credit lines. */
export function sourcesAndCredits(article: Article): { sources: string[], credits: string[] } {
  const sources = [`${article.title}${article.dateLine ? `, ${article.dateLine}` : ''}`]
  for (const q of article.quotations.filter(q => !q.inline && !q.epigraph && q.attribution.speaker))
    sources.push([q.attribution.speaker, q.attribution.occasion, q.attribution.when].filter(Boolean).join(', '))
  sources.push(...article.blocks.filter((b): b is Extract<Block, { kind: 'source' }> => b.kind === 'source').map(b => b.text))
  const credits = [
    ...article.blocks.filter((b): b is Extract<Block, { kind: 'credit' }> => b.kind === 'credit').map(b => b.text),
    ...article.blocks.flatMap(b => (b.kind === 'caption' && b.credit ? [b.credit] : [])),
  ]
  return { sources: [...new Set(sources)], credits: [...new Set(credits)] }
}

export function buildCredits(ctx: BuildContext): void {
  const { sources, credits } = sourcesAndCredits(ctx.article)
  const sourceLines = ctx.article.blocks.filter(b => b.kind === 'source').map(b => (b as { text: string }).text)
  const spoken = credits.length > 0 ? [...credits, ...sourceLines] : sources
  ctx.slides.push({ ...base(ctx, 'credits', ctx.labels.sourcesAndCredits, spoken.map(text)), kind: 'credits', sources, credits })
}
