/**
 * The head script (public/atlas-head.js) as pages carry it, and its CSP hash. Its own module,
 * free of Vite, so tests can run the exact text the build inlines.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGS } from '../src/i18n/lang.ts';

const HEAD_SCRIPT = 'public/atlas-head.js';

/** The line of the head script that lists the languages (written in from src/i18n/locales.ts). */
const LANGS_LINE = /^(\s*var langs = )\[[^\]\n]*\];$/m;

/**
 * The head script as pages carry it: the file's code without its comment lines (they would weigh
 * on every page), with the languages of the locale table, the first the default.
 */
export function headScriptSource(root: string): string {
  const file = readFileSync(resolve(root, HEAD_SCRIPT), 'utf8');
  if (!LANGS_LINE.test(file)) throw new Error(`${HEAD_SCRIPT}: no "var langs = [...];" line to write the languages into`);
  return file
    .replace(LANGS_LINE, (_, head: string) => `${head}${JSON.stringify(LANGS)};`)
    .replace(/^\/\*[\s\S]*?\*\/\s*/, '')
    .replace(/^\s*\/\/.*\n/gm, '')
    .trim();
}

/** The CSP source that allows the inline head script: `'sha256-…'` of its exact text. */
export function headScriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}
