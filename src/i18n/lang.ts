/**
 * The language a page shows: the URL's `lang`, else the browser's first Spanish or English
 * preference, else Spanish. Used by the dashboard and the embeds; public/atlas-head.js applies
 * the same rule before the body is parsed (a test keeps them in step).
 */
import type { Lang } from './format.ts';

export function pageLang(urlLang: Lang | null, languages: readonly string[]): Lang {
  if (urlLang) return urlLang;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'es';
}
