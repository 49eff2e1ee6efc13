/** What the rest of the code needs from the language table (locales.ts), derived from it. */
import { LOCALES, type Lang } from './locales.ts';

/** Every language, in the table's order (the switcher's order; the first is the default). */
export const LANGS = Object.keys(LOCALES) as [Lang, ...Lang[]];

export const DEFAULT_LANG: Lang = LANGS[0];

/** The language switcher's options: the short label, the native name on hover, in its own language. */
export const LANGUAGE_OPTIONS = LANGS.map((value) => ({ value, label: LOCALES[value].label, title: LOCALES[value].nativeName, lang: LOCALES[value].htmlLang }));

export function isLang(value: string): value is Lang {
  return Object.hasOwn(LOCALES, value);
}

/**
 * The language a page shows: the URL's `lang`, else the browser's first preference that the
 * atlas speaks (by base language: "en-GB" is English), else the default. Used by the dashboard
 * and the embeds; public/atlas-head.js applies the same rule before the body is parsed (a test
 * keeps them in step).
 */
export function pageLang(urlLang: Lang | null, languages: readonly string[]): Lang {
  if (urlLang) return urlLang;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
