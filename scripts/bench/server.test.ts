import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentType, resolvePath, serve } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
mkdirSync(join(dir, 'embed/gpus'), { recursive: true });
writeFileSync(join(dir, 'index.html'), '<p>home</p>');
writeFileSync(join(dir, 'embed/gpus/index.html'), '<p>gpus</p>');
writeFileSync(join(dir, 'app.js'), 'export {}');
const other = mkdtempSync(join(tmpdir(), 'bench-server-other-'));
writeFileSync(join(other, 'static.html'), '<p>static</p>');
const mounts = [{ prefix: '/', dir }, { prefix: '/bench/', dir: other }];
afterAll(() => {
  for (const d of [dir, other]) rmSync(d, { recursive: true, force: true });
});

describe('the benchmark’s static server', () => {
  it('maps paths to files, directories to their index.html, the longest prefix first', () => {
    expect(resolvePath(mounts, '/')).toBe(join(dir, 'index.html'));
    expect(resolvePath(mounts, '/embed/gpus/')).toBe(join(dir, 'embed/gpus/index.html'));
    expect(resolvePath(mounts, '/bench/static.html')).toBe(join(other, 'static.html'));
  });

  it('refuses paths that leave their directory, and missing files', () => {
    expect(resolvePath(mounts, '/../etc/passwd')).toBeNull();
    expect(resolvePath(mounts, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolvePath(mounts, '/%E0%A4%A')).toBeNull();
    expect(resolvePath(mounts, '/nope.js')).toBeNull();
  });

  it('names content types browsers need for modules and pages', () => {
    expect(contentType('a.js')).toMatch(/^text\/javascript/);
    expect(contentType('a.HTML')).toMatch(/^text\/html/);
    expect(contentType('a.json')).toMatch(/^application\/json/);
    expect(contentType('a.bin')).toBe('application/octet-stream');
  });

  it('serves with CORS open and no caching, and 404s the rest', async () => {
    const server = await serve(mounts);
    try {
      const ok = await fetch(`${server.origin}/app.js?x=1`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBe('*');
      expect(ok.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await ok.text()).toBe('export {}');
      expect((await fetch(`${server.origin}/missing`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('gzips text only when asked to (the throttled run)', async () => {
    for (const gzip of [false, true]) {
      const server = await serve(mounts, { gzip });
      try {
        const res = await fetch(`${server.origin}/app.js`, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.headers.get('content-encoding')).toBe(gzip ? 'gzip' : null);
        expect(await res.text()).toBe('export {}'); // fetch decodes it
      } finally {
        await server.close();
      }
    }
  });
});
