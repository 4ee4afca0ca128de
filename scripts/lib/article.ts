// The article parser lives in scripts/lib/generate/parse/; this path stays for the tests and
// scripts that import it.
export { ArticleError } from './article-text'
export { articleSentences, blockText, parseArticle } from './generate/parse'
export type { Article, Attribution, Block, Quotation, QuoteSegment } from './generate/model'
