/**
 * First-load JavaScript of a built page: its module entry plus every <link rel="modulepreload">
 * (what the browser fetches before the page's code can run), raw and gzipped. Lazy chunks a page
 * imports later (another view, the data validator) are not first-load and are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Script and modulepreload URLs of an HTML document, in document order, without duplicates. */
export function firstLoadScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
    const isScript = /^<script/i.test(tag) && attr('src');
    const isPreload = /^<link/i.test(tag) && /^modulepreload$/i.test(attr('rel')?.[2] ?? attr('rel')?.[3] ?? '');
    const url = isScript ? attr('src') : isPreload ? attr('href') : null;
    const value = url?.[2] ?? url?.[3];
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

/** Bytes after gzip at zlib's default level (what static hosts such as GitHub Pages serve). */
export const gzipSize = (data: Buffer | string): number => gzipSync(data).length;

export interface EntrySize {
  files: { url: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

/** Sizes of `htmlFile`'s first-load scripts, read from `distDir` (URLs start with `base`). */
export function entrySize(distDir: string, htmlFile: string, base = '/'): EntrySize {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const files = firstLoadScripts(html)
    .filter((url) => url.startsWith(base) && url.endsWith('.js'))
    .map((url) => {
      const body = readFileSync(join(distDir, url.slice(base.length).split(/[?#]/)[0]!));
      return { url, raw: body.length, gzip: gzipSize(body) };
    });
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** Gzipped size of the HTML document itself (it carries the prerendered SVG). */
export const htmlGzip = (distDir: string, htmlFile: string): { raw: number; gzip: number } => {
  const body = readFileSync(join(distDir, htmlFile));
  return { raw: body.length, gzip: gzipSize(body) };
};

/** A response a page received, by Playwright's resource type (script, stylesheet, fetch, document…). */
export interface FetchedFile {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

/** Gzipped bytes of the fetched files of one resource type; `data` is any `.json` (fetched or preloaded). */
export const fetchedGzip = (files: readonly FetchedFile[], kind: 'script' | 'stylesheet' | 'data'): number =>
  files.filter((f) => (kind === 'data' ? /\.json(?:$|[?#])/.test(f.url) : f.type === kind)).reduce((sum, f) => sum + f.gzip, 0);
