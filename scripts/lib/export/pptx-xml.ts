// What pptxgenjs 4 leaves to be done in the XML of the file it writes, each a named fix. Several
// are what makes PowerPoint (not LibreOffice) offer to "repair" a file (pptxgenjs issues #1083,
// #1443, #1444, #1449): paragraph properties after a run, content types for parts that do not
// exist, a notes page the width of a slide's height.

import type JSZip from 'jszip'

/**
 * How PowerPoint finds a stand-in for each of the deck's fonts: the PANOSE class and pitch family
 * written beside the name. EB Garamond and Oswald carry no PANOSE of their own, so they get those
 * of Garamond and Arial Narrow; Source Sans 3 has its own.
 */
const FONT_CLASSES: Record<string, { panose: string, pitchFamily: number }> = {
  'EB Garamond': { panose: '02020404030301010803', pitchFamily: 18 },
  'Oswald': { panose: '020B0606020202030204', pitchFamily: 34 },
  'Source Sans 3': { panose: '020B0303030403020204', pitchFamily: 34 },
}

/** A portrait notes page, as PowerPoint makes it, which its notes master is laid out for. */
const NOTES_PAGE = '<p:notesSz cx="6858000" cy="9144000"/>'

interface Fix {
  /** The parts of the file it applies to. */
  parts: RegExp
  fix: (xml: string, zip: JSZip) => string
}

const SLIDES = /^ppt\/slides\/slide\d+\.xml$/
const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/

/** Each font named with the class PowerPoint picks a stand-in by (pptxgenjs writes a sans-serif class for all). */
const fontClasses: Fix = {
  parts: SLIDES,
  fix: (xml) => {
    for (const [font, { panose, pitchFamily }] of Object.entries(FONT_CLASSES))
      xml = xml.replaceAll(`<a:latin typeface="${font}" pitchFamily="34" charset="0"/>`, `<a:latin typeface="${font}" panose="${panose}" pitchFamily="${pitchFamily}" charset="0"/>`)
    return xml
  },
}

/** A paragraph's properties come first in it, once: pptxgenjs repeats them before every run. */
const propertiesFirst: Fix = {
  parts: new RegExp(`${SLIDES.source}|${NOTES.source}`),
  fix: xml => xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, inside: string) => {
    const properties = /^<a:pPr\b(?:[^>]*\/>|[\s\S]*?<\/a:pPr>)/.exec(inside)?.[0] ?? ''
    const rest = inside.slice(properties.length).replace(/<a:pPr\b(?:[^>]*\/>|[\s\S]*?<\/a:pPr>)/g, '')
    return `<a:p>${properties}${rest}</a:p>`
  }),
}

/** The notes' paragraphs as paragraphs: pptxgenjs keeps them as line breaks (CR LF) inside one run, which PowerPoint runs together. */
const notesParagraphs: Fix = {
  parts: NOTES,
  fix: xml => xml.replace(/<a:p><a:r>(<a:rPr [^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr [^>]*\/>)<\/a:p>/, (_, props: string, text: string, end: string) =>
    text.split(/(?:\r?\n){2,}/).map(paragraph => `<a:p><a:r>${props}<a:t>${paragraph}</a:t></a:r>${end}</a:p>`).join('')),
}

/** A text box's outline says it has none, rather than being an empty element. */
const noOutline: Fix = {
  parts: SLIDES,
  fix: xml => xml.replaceAll('<a:ln></a:ln>', '<a:ln><a:noFill/></a:ln>'),
}

/** The notes page is portrait, as the notes master is laid out (pptxgenjs writes the slide's height as its width). */
const notesPage: Fix = {
  parts: /^ppt\/presentation\.xml$/,
  fix: xml => xml.replace(/<p:notesSz [^>]*\/>/, NOTES_PAGE),
}

/** Content types only for the parts there are (pptxgenjs declares a slide master per slide). */
const declaredParts: Fix = {
  parts: /^\[Content_Types\]\.xml$/,
  fix: (xml, zip) => xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => zip.file(part) ? override : ''),
}

const FIXES = [fontClasses, propertiesFirst, notesParagraphs, noOutline, notesPage, declaredParts]

/** The file pptxgenjs wrote, with every fix applied. */
export async function finishXml(pptx: Buffer): Promise<Buffer> {
  const { default: Zip } = await import('jszip')
  const zip = await Zip.loadAsync(pptx)
  for (const { parts, fix } of FIXES) {
    for (const name of Object.keys(zip.files).filter(name => parts.test(name)))
      zip.file(name, fix(await zip.file(name)!.async('string'), zip))
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
