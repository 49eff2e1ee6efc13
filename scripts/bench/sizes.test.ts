import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entrySize, firstLoadScripts, gzipSize, fetchedGzip } from './sizes.ts';

const HTML = `<!doctype html><html><head>
<script src="/atlas-head.js"></script>
<link rel="preload" href="/data/atlas.json" as="fetch" crossorigin />
<script type="module" crossorigin src="/assets/main.js"></script>
<link rel="modulepreload" crossorigin href="/assets/a.js">
<link rel='modulepreload' href='/assets/b.js'>
<link rel="modulepreload" href="/assets/a.js">
<link rel="stylesheet" href="/assets/x.css">
</head><body><script type="application/json" id="d">{}</script></body></html>`;

describe('first-load scripts', () => {
  it('lists scripts and modulepreloads once each, in order; not preloaded data, styles or inline scripts', () => {
    expect(firstLoadScripts(HTML)).toEqual(['/atlas-head.js', '/assets/main.js', '/assets/a.js', '/assets/b.js']);
  });

  it('sums the files’ raw and gzipped sizes under the base path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    mkdirSync(join(dir, 'assets'));
    const files = { 'atlas-head.js': 'var a=1;', 'assets/main.js': 'x'.repeat(5000), 'assets/a.js': 'export{}', 'assets/b.js': 'export const b=2' };
    for (const [f, body] of Object.entries(files)) writeFileSync(join(dir, f), body);
    writeFileSync(join(dir, 'index.html'), HTML);
    const size = entrySize(dir, 'index.html');
    expect(size.files).toHaveLength(4);
    expect(size.raw).toBe(Object.values(files).reduce((s, b) => s + b.length, 0));
    expect(size.gzip).toBe(Object.values(files).reduce((s, b) => s + gzipSize(b), 0));
    expect(size.gzip).toBeLessThan(size.raw); // the repetitive file compresses
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('fetched bytes by kind', () => {
  const files = [
    { url: 'http://h/assets/a.js', type: 'script', raw: 10, gzip: 4 },
    { url: 'http://h/assets/b.js', type: 'script', raw: 10, gzip: 5 },
    { url: 'http://h/data/atlas.abc.json', type: 'other', raw: 10, gzip: 7 },
    { url: 'http://h/assets/c.css', type: 'stylesheet', raw: 10, gzip: 2 },
  ];
  it('sums every script, and counts a preloaded .json as data whatever its request type', () => {
    expect(fetchedGzip(files, 'script')).toBe(9);
    expect(fetchedGzip(files, 'data')).toBe(7);
    expect(fetchedGzip(files, 'stylesheet')).toBe(2);
  });
});
