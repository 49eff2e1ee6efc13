// @vitest-environment node
/**
 * public/_headers (Netlify, Cloudflare Pages) says what the README says: the same two
 * Content-Security-Policy lines, CORS on data and assets, a year's cache for hashed assets and a
 * short one for pages and data. No path gets a header from two rules (hosts would join them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFor, parseHeadersFile, repeatedHeaders } from '../scripts/hostHeaders.ts';
import { readmeCsp } from './readmeCsp.ts';

const rules = parseHeadersFile(readFileSync(resolve(__dirname, '../public/_headers'), 'utf8'));
const csp = readmeCsp();
const IMMUTABLE = 'public, max-age=31536000, immutable';

const DASHBOARD = ['/', '/index.html', '/en/', '/en/index.html', '/clusters/', '/clusters/en/index.html', '/world-models/', '/world-chips/en/', '/as-of/', '/where/index.html', '/narrow/', '/narrow/index.html', '/en/narrow/', '/clusters/narrow/', '/where/en/narrow/index.html'];
const EMBEDS = ['/embed/gpus/', '/embed/gpus/index.html', '/embed/gpus/en/', '/embed/compare/mn5-vs-deepseek-gpus-es/', '/embed/gpus/default-es.png', '/embed/gpus/default-es.oembed.json', '/embed/gpus/narrow/', '/embed/gpus/en/narrow/index.html'];
const ASSETS = ['/assets/main-DF70gTG8.js', '/assets/index-Bz1k2x.css', '/assets/lang-2PLu1-Og.js'];
const DATA = ['/data/atlas.json', '/data/atlas.ab038c8a11f0.json', '/data/world.json', '/data/api/index.json', '/data/api/latest/systems.csv', '/data/api/latest/metadata.json', '/data/api/2026-12-01/models.json'];
const ALL = [...DASHBOARD, ...EMBEDS, ...ASSETS, ...DATA, '/embed-resize.js', '/favicon.svg', '/atlas-head.js'];

test.each(DASHBOARD)("%s gets the README's dashboard CSP and revalidates", (path) => {
  const h = headersFor(rules, path);
  expect(h['content-security-policy']).toBe(csp.dashboard);
  expect(h['cache-control']).toBe('no-cache');
});

test.each(EMBEDS)("%s gets the README's embed CSP (no frame-src) and revalidates", (path) => {
  const h = headersFor(rules, path);
  expect(h['content-security-policy']).toBe(csp.embed);
  expect(h['cache-control']).toBe('no-cache');
});

test.each(ASSETS)('%s (content-hashed) is cached for a year and readable cross-origin', (path) => {
  const h = headersFor(rules, path);
  expect(h['cache-control']).toBe(IMMUTABLE);
  expect(h['access-control-allow-origin']).toBe('*');
  expect(h['content-security-policy']).toBeUndefined();
});

test.each(DATA)('%s is readable from any origin and cached for minutes, not a year', (path) => {
  const h = headersFor(rules, path);
  expect(h['access-control-allow-origin']).toBe('*');
  expect(h['cache-control']).toMatch(/max-age=300$/);
});

test.each(ALL)('%s gets every header from one rule only', (path) => {
  expect(repeatedHeaders(rules, path)).toEqual([]);
});

describe('the parser reads the format as the hosts do', () => {
  const sample = parseHeadersFile('# c\n/*\n  X-A: 1\n/data/*\n  X-A: 2\n  Cache-Control: max-age=300\n');
  test('every matching rule adds its headers; a repeated one is joined', () => {
    expect(headersFor(sample, '/data/x.csv')).toEqual({ 'x-a': '1, 2', 'cache-control': 'max-age=300' });
    expect(headersFor(sample, '/other')).toEqual({ 'x-a': '1' });
    expect(repeatedHeaders(sample, '/data/x.csv')).toEqual(['x-a']);
  });
  test('a malformed line fails', () => {
    expect(() => parseHeadersFile('/a\nX-A: 1\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });
});
