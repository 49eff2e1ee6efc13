/**
 * The languages of the atlas: one entry each. Adding a language is this entry plus its messages
 * file in `locales/` (typed `Messages`, so a missing key fails the type check); the switcher,
 * the URL's `lang` codec, number and date formats, the prerendered paths and the page's
 * `<html lang>` all read this table. The first entry is the default language (no path prefix).
 *
 * Messages load on demand (one chunk per language), so a reader downloads only their own;
 * `messages.ts` keeps the loaded ones. This module imports no messages, so it stays tiny.
 */
import type { Messages } from './locales/es.ts';

export interface LocaleEntry {
  /** What the language switcher shows, in the language itself ("Español", "English"). */
  nativeName: string;
  /** Short label for the switcher's button ("ES"); `nativeName` is its accessible name. */
  label: string;
  /**
   * The Intl locale for numbers, dates, lists and plurals. The region is pinned so output never
   * depends on the runtime's default locale: es-ES gives "4.480" and "9 dic 2024".
   */
  intl: string;
  /** `<html lang>`: screen readers' voice and hyphenation. */
  htmlLang: string;
  /** Open Graph's `og:locale` for link previews (language_TERRITORY). */
  ogLocale: string;
  /** Where this language's prerendered pages live under the base path: '' or 'en/'. */
  pathPrefix: string;
  /** The language's messages, as a separate chunk. */
  load: () => Promise<{ default: Messages }>;
}

export const LOCALES = {
  es: { nativeName: 'Español', label: 'ES', intl: 'es-ES', htmlLang: 'es', ogLocale: 'es_ES', pathPrefix: '', load: () => import('./locales/es.ts') },
  en: { nativeName: 'English', label: 'EN', intl: 'en-US', htmlLang: 'en', ogLocale: 'en_GB', pathPrefix: 'en/', load: () => import('./locales/en.ts') },
} as const satisfies Record<string, LocaleEntry>;

export type Lang = keyof typeof LOCALES;
