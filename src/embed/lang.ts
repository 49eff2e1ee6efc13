/**
 * The language a page shows: the URL's `lang`, else the browser's first Spanish or English
 * preference, else Spanish. Same rule as the dashboard's resolveLang (src/app/useLangTheme.ts),
 * repeated here because the embed imports nothing from src/app; public/atlas-head.js applies it
 * too, before the body is parsed.
 */
import type { Lang } from '../i18n/format.ts';

export function pageLang(urlLang: Lang | null, languages: readonly string[]): Lang {
  if (urlLang) return urlLang;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'es';
}
