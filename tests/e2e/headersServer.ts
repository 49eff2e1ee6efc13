/**
 * A static host for the browser tests that sends exactly the headers of `dist/_headers` (the
 * Netlify / Cloudflare Pages file, public/_headers), read the way those hosts read it
 * (scripts/hostHeaders.ts), and nothing else but Content-Type. Directory URLs serve their
 * `index.html`; the site may live under a sub-path (BASE_PATH), which `_headers` paths omit, as
 * on a host where the build is the site's root. Also serves one extra page on its own origin
 * (another port), standing in for a blog that embeds the atlas.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '../../scripts/hostHeaders.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

export interface Hosted {
  /** The site's root URL, base path included (ends in "/"). */
  site: string;
  close(): Promise<void>;
}

export async function serveDist(distDir: string, basePath = '/'): Promise<Hosted> {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(basePath)) return void res.writeHead(404).end();
    const sitePath = '/' + pathname.slice(basePath.length);
    let file = normalize(join(distDir, sitePath));
    if (!file.startsWith(distDir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { ...headersFor(rules, sitePath), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  const origin = await listen(server);
  return { site: `${origin}${basePath}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** One HTML page on an origin of its own: `html` at `/`. */
export async function servePage(html: string): Promise<Hosted> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  const origin = await listen(server);
  return { site: `${origin}/`, close: () => new Promise((r) => server.close(() => r())) };
}
