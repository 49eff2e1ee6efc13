/**
 * A tiny static file server for the benchmark (node:http, loopback only): each mount maps a URL
 * prefix to a directory. Directories serve their index.html; `Access-Control-Allow-Origin: *`
 * like the production host, no caching. No compression on loopback (sizes are reported gzipped
 * separately); with `gzip` (the throttled run) text is gzipped, as a real host would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export const contentType = (path: string): string => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export interface Mount {
  /** URL prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
}

/** The file a URL path maps to, or null (outside every mount, or a path escaping its directory). */
export function resolvePath(mounts: readonly Mount[], urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // Longest prefix first, so /bench/ wins over /.
  for (const m of [...mounts].sort((a, b) => b.prefix.length - a.prefix.length)) {
    if (!path.startsWith(m.prefix)) continue;
    const file = normalize(join(m.dir, path.slice(m.prefix.length)));
    if (file !== m.dir && !file.startsWith(m.dir.endsWith(sep) ? m.dir : m.dir + sep)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
    return existsSync(file) ? file : null;
  }
  return null;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

export async function serve(mounts: readonly Mount[], o: { gzip?: boolean } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolvePath(mounts, url.pathname) : null;
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = contentType(file);
    if (o.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const body = gzipSync(readFileSync(file));
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // keep-alive sockets from the browser would hold close() open
      }),
  };
}
