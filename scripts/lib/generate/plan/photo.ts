// Photo slides: the photograph (or its stand-in card) with its caption and credit, verbatim.

import type { Block } from '../model'
import type { BuildContext } from './context'
import type { SlidePlan } from './types'
import { base, requireInArticle, text } from './context'
import { photoTitle } from './words'

type Caption = Extract<Block, { kind: 'caption' }>

export function checkPhotoChoices(ctx: BuildContext): void {
  for (const p of ctx.plan.photos ?? [])
    requireInArticle(ctx, p.caption, 'photo caption')
}

export function photoSlide(ctx: BuildContext, block: Caption, number: number): SlidePlan {
  const choice = ctx.plan.photos?.find(p => p.caption === block.text)
  const credit = block.credit ?? ctx.article.blocks.find((b): b is Extract<Block, { kind: 'credit' }> => b.kind === 'credit')?.text
  return {
    ...base(ctx, `photo-${number}`, photoTitle(ctx, block.text), [text(block.credit ? `${block.text} ${block.credit}` : block.text)]),
    kind: 'photo',
    photo: {
      src: choice?.file ?? (block.image?.src || undefined),
      alt: choice?.alt ?? (block.image?.alt || block.text),
      caption: block.text,
      credit,
      focal: choice?.focal,
      fit: choice?.fit,
    },
  }
}
