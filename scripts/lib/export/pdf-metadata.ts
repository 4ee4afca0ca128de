// What Chromium cannot set in the PDFs it prints: title, author, subject, keywords, and bookmarks
// named as the slides' titles are written. pdf-lib is loaded once, in the background, while
// Chromium works.

import type { ExportRound } from './session'
import { readFile, writeFile } from 'node:fs/promises'
import { labelsFor } from '../labels'

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: string[]
}

let pdfLib: Promise<typeof import('pdf-lib')> | undefined
export const loadPdfLib = () => (pdfLib ??= import('pdf-lib'))

/** Copies a PDF Chromium printed to its final name with its metadata; returns its page count. */
export async function setPdfMetadata(printed: string, path: string, meta: PdfMetadata, bookmarks?: string[]): Promise<number> {
  const { PDFDict, PDFDocument, PDFHexString, PDFName } = await loadPdfLib()
  const pdf = await PDFDocument.load(await readFile(printed), { updateMetadata: false })
  // Chromium names each bookmark after the heading as shown (in capitals, line breaks lost);
  // the slides' titles as written read better in a reader's outline.
  if (bookmarks) {
    const items: import('pdf-lib').PDFDict[] = []
    let item = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict)
    while (item) {
      items.push(item)
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
    if (items.length === bookmarks.length)
      items.forEach((entry, i) => entry.set(PDFName.of('Title'), PDFHexString.fromText(bookmarks[i])))
  }
  pdf.setTitle(meta.title, { showInWindowTitleBar: true })
  pdf.setAuthor(meta.author)
  pdf.setSubject(meta.subject)
  pdf.setKeywords(meta.keywords)
  pdf.setCreator('commemoration-deck (npm run export)')
  pdf.setProducer('Chromium, pdf-lib')
  pdf.setCreationDate(new Date())
  pdf.setModificationDate(new Date())
  await writeFile(path, await pdf.save())
  return pdf.getPageCount()
}

/** The metadata every exported document shares, from the deck's headmatter. */
export function deckMetadata(round: ExportRound): PdfMetadata {
  const { deck } = round
  return { title: deck.title, author: deck.author ?? labelsFor(deck.lang).organisers, subject: deck.source.subject, keywords: deck.keywords }
}

/**
 * Turns a PDF Chromium printed into the output `file`, beside Chromium's next work, with the
 * deck's metadata, its subject led by `what` ("Slides", "Handout").
 */
export function finishPdf(round: ExportRound, printed: string, file: string, what: string, bookmarks?: string[]): void {
  const meta = deckMetadata(round)
  const output = round.output(file)
  round.inBackground(setPdfMetadata(printed, round.staging(file), { ...meta, subject: `${what}: ${meta.subject}` }, bookmarks).then((pages) => {
    output.pages = pages
  }))
}
