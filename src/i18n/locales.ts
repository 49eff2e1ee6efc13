/**
 * The languages of the atlas: one entry each. Adding a language is this entry plus its messages
 * in `locales/` (its core file and a folder of parts, typed from Spanish's, so a missing key fails
 * the type check); the switcher,
 * the URL's `lang` codec, number and date formats, the prerendered paths and the page's
 * `<html lang>` all read this table. The first entry is the default language (no path prefix).
 *
 * Messages load on demand, so a reader downloads only their own language, and of it only what the
 * page shows: the core chunk first, each view's parts with the view (`messages.ts` keeps the
 * loaded ones). This module imports no messages, so it stays tiny.
 */
import type { CoreMessages, MessageParts } from './locales/es.ts';

/** A part's loader: one chunk, its default export the part's section. */
type PartLoaders = { readonly [P in keyof MessageParts]: () => Promise<{ default: MessageParts[P] }> };

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
  /** The language's core messages, as a separate chunk. */
  load: () => Promise<{ default: CoreMessages }>;
  /** Its parts, a chunk each (the views table says which view needs which). */
  parts: PartLoaders;
}

// Each import is written out: a bundler makes a chunk only of an import it can read.
export const LOCALES = {
  es: {
    nativeName: 'Español',
    label: 'ES',
    intl: 'es-ES',
    htmlLang: 'es',
    ogLocale: 'es_ES',
    pathPrefix: '',
    load: () => import('./locales/es.ts'),
    parts: {
      asOf: () => import('./locales/es/asOf.ts'),
      clusters: () => import('./locales/es/clusters.ts'),
      compare: () => import('./locales/es/compare.ts'),
      modelCharts: () => import('./locales/es/modelCharts.ts'),
      timeline: () => import('./locales/es/timeline.ts'),
      top500: () => import('./locales/es/top500.ts'),
      whatif: () => import('./locales/es/whatif.ts'),
      where: () => import('./locales/es/where.ts'),
      world: () => import('./locales/es/world.ts'),
      worldCharts: () => import('./locales/es/worldCharts.ts'),
    },
  },
  en: {
    nativeName: 'English',
    label: 'EN',
    intl: 'en-US',
    htmlLang: 'en',
    ogLocale: 'en_GB',
    pathPrefix: 'en/',
    load: () => import('./locales/en.ts'),
    parts: {
      asOf: () => import('./locales/en/asOf.ts'),
      clusters: () => import('./locales/en/clusters.ts'),
      compare: () => import('./locales/en/compare.ts'),
      modelCharts: () => import('./locales/en/modelCharts.ts'),
      timeline: () => import('./locales/en/timeline.ts'),
      top500: () => import('./locales/en/top500.ts'),
      whatif: () => import('./locales/en/whatif.ts'),
      where: () => import('./locales/en/where.ts'),
      world: () => import('./locales/en/world.ts'),
      worldCharts: () => import('./locales/en/worldCharts.ts'),
    },
  },
} as const satisfies Record<string, LocaleEntry>;

export type Lang = keyof typeof LOCALES;
