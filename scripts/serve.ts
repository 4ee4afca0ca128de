// npm run serve -- [--port 3030] [--dir dist] [--host 127.0.0.1]
// Serves the built deck (npm run build) from this laptop, with no network: audience and presenter views.

import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { runCli, UsageError } from './lib/cli'
import { KIT_ROOT } from './lib/paths'
import { serveStatic } from './lib/serve'

await runCli('serve', async () => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3030' },
      dir: { type: 'string', default: resolve(KIT_ROOT, 'dist') },
      host: { type: 'string', default: '127.0.0.1' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port is a port number, not "${values.port}".`)
  if (!existsSync(resolve(values.dir, 'index.html')))
    throw new UsageError(`${values.dir} has no built deck: run npm run build first.`)
  let server
  try {
    server = await serveStatic(values.dir, { port, host: values.host })
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UsageError(`port ${port} is in use: pass another with --port, or --port 0 for any free one.`)
    throw error
  }
  console.log(`The deck is served from ${values.dir}, with no network needed:`)
  console.log(`  audience:  ${server.url}/`)
  console.log(`  presenter: ${server.url}/presenter/`)
  console.log('Press Ctrl+C to stop.')
  process.once('SIGINT', () => void server.close().then(() => process.exit(0)))
})
