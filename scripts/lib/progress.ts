// Progress for long jobs: a bar on a terminal, one plain line per step elsewhere (CI, pipes).

import process from 'node:process'
import cliProgress from 'cli-progress'

export interface Progress {
  step: (label: string) => void
  done: () => void
}

export function createProgress(name: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0
  if (stream.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar({
      format: `${name} [{bar}] {value}/{total} {label}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      stream,
    })
    bar.start(total, 0, { label: '' })
    return {
      step: label => bar.update(++count, { label }),
      done: () => bar.stop(),
    }
  }
  return {
    step: label => stream.write(`${name}: [${++count}/${total}] ${label}\n`),
    done: () => {},
  }
}
