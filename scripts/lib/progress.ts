// Progress for long jobs: a bar on a terminal, one plain line per step elsewhere (CI, pipes), each
// with the seconds since the job began, so a slow step shows in a log.

import process from 'node:process'
import cliProgress from 'cli-progress'

export interface Progress {
  /** How many steps the job will take; call once before the first step. */
  start: (total: number) => void
  step: (label: string) => void
  done: () => void
}

export const NO_PROGRESS: Progress = { start: () => {}, step: () => {}, done: () => {} }

export function createProgress(name: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0
  let total = 0
  if (stream.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar({
      format: `${name} [{bar}] {value}/{total} {label}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      stream,
    })
    return {
      start: steps => bar.start(steps, 0, { label: '' }),
      step: label => bar.update(++count, { label }),
      done: () => bar.stop(),
    }
  }
  const started = performance.now()
  return {
    start: (steps) => {
      total = steps
    },
    step: label => stream.write(`${name}: [${++count}/${total}] ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`),
    done: () => {},
  }
}
