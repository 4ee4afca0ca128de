// The cover: the date line, the headline, the subtitle and the author line; the speech's opening
// address ("Mesdames, Messieurs,") is spoken on it.

import type { BuildContext } from './context'
import { base, text } from './context'

export function buildCover(ctx: BuildContext): void {
  const { article } = ctx
  const own = (part: 'date' | 'title' | 'subtitle', value: string | undefined) => article.given.includes(part) ? undefined : value
  const header = [own('date', article.dateLine), own('title', article.title), own('subtitle', article.subtitle), article.byline]
  // The address that opens a speech belongs with the cover: the speaker greets the hall first.
  const address: string[] = []
  for (const [i, block] of article.blocks.entries()) {
    if (block.kind !== 'paragraph' || !block.salutation)
      break
    address.push(block.text)
    ctx.used.add(i)
  }
  ctx.slides.push({
    ...base(ctx, 'cover', article.title, [...header, ...address].filter((t): t is string => Boolean(t)).map(text)),
    kind: 'cover',
    dateLine: article.dateLine,
    heading: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    given: article.given,
  })
}
