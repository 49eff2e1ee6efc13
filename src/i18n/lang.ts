/**
 * The language a page shows: the URL's `lang`, else the browser's first preference that the
 * atlas speaks (by base language: "en-GB" is English), else the default. Used by the dashboard
 * and the embeds; public/atlas-head.js applies the same rule before the body is parsed (a test
 * keeps them in step).
 */
import { DEFAULT_LANG, isLang, type Lang } from './locales.ts';

export function pageLang(urlLang: Lang | null, languages: readonly string[]): Lang {
  if (urlLang) return urlLang;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
