// Opens a PowerPoint file as a hall's computer would, with LibreOffice Impress (headless), and
// prints it to PDF: the slides, then a notes page per slide. scripts/ensure-tools.sh --for-tests
// installs it.
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const exec = promisify(execFile)

const WITH_NOTES = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}'

/** The PDF LibreOffice prints of a .pptx: its slides, then one notes page per slide. */
export async function pptxToPdf(pptx: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'libreoffice-'))
  // A profile of its own, so that two conversions (or a LibreOffice the user has open) never meet.
  const profile = pathToFileURL(join(out, 'profile')).href
  try {
    await exec('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', WITH_NOTES, '--outdir', out, pptx], { timeout: 120_000 })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('LibreOffice (soffice) is not installed: run `bash scripts/ensure-tools.sh --for-tests`.', { cause: error })
    throw error
  }
  return join(out, basename(pptx).replace(/\.pptx$/, '.pdf'))
}
