// Where each figure and date is: the sentence it belongs to, its block, and its quotation.

import type { Article } from '../model'
import { findDates } from '../dates'
import { findFigures } from '../numbers'
import { splitSentences } from '../sentences'

export function locateMentions(article: Article): void {
  article.blocks.forEach((block, blockIndex) => {
    const paragraphs = block.kind === 'quotation' ? block.quotation.paragraphs : block.kind === 'paragraph' ? [block.text] : []
    for (const paragraph of paragraphs) {
      for (const sentence of splitSentences(paragraph.replace(/\n/g, ' '), article.lang)) {
        const quotationId = block.kind === 'quotation'
          ? block.quotation.id
          : article.quotations.find(q => q.inline && q.blockIndex === blockIndex && q.paragraphs[0].includes(sentence.slice(0, 30)))?.id
        const dates = findDates(sentence, article.lang)
        for (const mention of findFigures(sentence, article.lang, dates))
          article.figures.push({ mention, sentence, blockIndex, quotationId })
        for (const mention of dates)
          article.dates.push({ mention, sentence, blockIndex, quotationId })
      }
    }
  })
}
