// Serves a built deck (dist/) on localhost with the single-page fallback Slidev's router needs.
// Port 0 lets the system pick a free port, so two exports at once, or a busy port, never collide.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export const typeOf = (path: string) => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'

export interface StaticServer {
  url: string
  port: number
  /** Serves data held in memory at a path, such as images the export makes for its print pages. */
  put: (pathname: string, data: Buffer) => void
  /** Milliseconds since the last response was sent; 0 while one is being answered. */
  idleFor: () => number
  close: () => Promise<void>
}

/**
 * What the export needs of any server it loads the deck from: data held in memory at a path (the
 * slide strips, the print documents), and how long no response has been under way.
 */
export interface Traffic {
  /** Counts the response for idleFor; answers it from memory when its path is held there (then true). */
  serve: (request: IncomingMessage, response: ServerResponse) => boolean
  put: (pathname: string, data: Buffer) => void
  /** Milliseconds since the last response was sent; 0 while one is being answered. */
  idleFor: () => number
}

export function createTraffic(): Traffic {
  const inMemory = new Map<string, Buffer>()
  let answering = 0
  let lastAnswered = performance.now()
  return {
    serve: (request, response) => {
      answering++
      response.once('close', () => {
        answering--
        lastAnswered = performance.now()
      })
      const pathname = pathOf(request)
      const held = pathname === undefined ? undefined : inMemory.get(pathname)
      if (held)
        response.writeHead(200, { 'content-type': typeOf(pathname!) }).end(held)
      return Boolean(held)
    },
    put: (pathname, data) => {
      inMemory.set(pathname, data)
    },
    idleFor: () => answering > 0 ? 0 : performance.now() - lastAnswered,
  }
}

/** The request's path, decoded; undefined when it cannot be. */
function pathOf(request: IncomingMessage): string | undefined {
  try {
    return decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  }
  catch {
    return undefined
  }
}

export async function serveStatic(root: string, options: { port?: number, host?: string } = {}): Promise<StaticServer> {
  const base = resolve(root)
  const index = join(base, 'index.html')
  if (!existsSync(index))
    throw new Error(`${root} has no index.html: build the deck first (npm run build).`)
  const traffic = createTraffic()
  const server = createServer((request, response) => {
    if (traffic.serve(request, response))
      return
    const pathname = pathOf(request)
    if (pathname === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request')
      return
    }
    let file = normalize(join(base, pathname))
    if (!file.startsWith(base + sep) && file !== base) {
      response.writeHead(403).end()
      return
    }
    // Routes such as /3 or /presenter/3 are the app's, not files: answer with index.html.
    if (!existsSync(file) || statSync(file).isDirectory())
      file = extname(pathname) ? '' : index
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': typeOf(file),
      'cache-control': 'no-cache',
    })
    // A file that cannot be read ends this response (pipeline destroys it), never the server.
    pipeline(createReadStream(file), response, () => {})
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 0, host, () => done())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    put: traffic.put,
    idleFor: traffic.idleFor,
    close: () => new Promise(done => server.close(() => done())),
  }
}
