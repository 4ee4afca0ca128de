// What every CLI shares: a one-line error and an exit code instead of a stack trace for expected failures.

import { relative } from 'node:path'

/** A path as the user would type it: relative below the current folder, absolute elsewhere. */
export function shownPath(path: string): string {
  const below = relative(process.cwd(), path)
  return below.startsWith('..') || below === '' ? path : below
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/** Errors whose message is meant for the user: printed alone on one line. */
const EXPECTED = new Set(['UsageError', 'ArticleError', 'PlanError', 'BrowserNotFoundError', 'ExportError', 'MupdfError', 'ChromiumError', 'BuildError'])

export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  // Output piped into `head` and the like: stop quietly when the reader has had enough.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE')
      process.exit(0)
    throw error
  })
  try {
    await main()
  }
  catch (error) {
    const err = error as Error
    // node:util parseArgs: an unknown option, a missing value, a stray argument.
    if ((err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's message for a value that starts with a dash ("--timeout -1") says how to write it: keep that.
      const hint = /use '(--[\w-]+=-XYZ)'/.exec(err.message)?.[1]
      console.error(`${name}: ${err.message.split('\n')[0]}${hint ? ` Write it as ${hint.replace('-XYZ', '<value>')}.` : ''} (--help lists the options)`)
      process.exitCode = 2
    }
    else if (EXPECTED.has(err.name) || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`${name}: ${err.message}`)
      process.exitCode = err.name === 'UsageError' ? 2 : 1
    }
    else {
      console.error(`${name}: unexpected error`)
      console.error(err)
      process.exitCode = 1
    }
  }
}
