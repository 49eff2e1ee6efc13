/**
 * Cached Intl objects for `format.ts`. Constructing an `Intl.NumberFormat` costs far more than
 * calling `.format()`, and charts format once per mark, so each (language, options) pair is
 * built once and reused. The keys are bounded: callers build options from a few fixed shapes.
 */
import { LOCALES, type Lang } from './locales.ts';

/**
 * Applied to every number:
 * - `useGrouping: 'always'`: Spanish CLDR leaves 4-digit numbers ungrouped
 *   (minimumGroupingDigits 2, so `4480`), the product writes `4.480`. English groups anyway.
 * - `signDisplay: 'negative'`: -0.0001 rounded to one decimal prints `0`, not `-0`.
 */
const NUMBER_BASE: Intl.NumberFormatOptions = { useGrouping: 'always', signDisplay: 'negative' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRuleSets = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const regionNames = new Map<string, Intl.DisplayNames>();

function cached<T>(cache: Map<string, T>, lang: Lang, options: object, make: () => T): T {
  // Options are built by format.ts in a fixed key order, so JSON.stringify is a stable key.
  const key = `${lang}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, lang, options, () => new Intl.NumberFormat(LOCALES[lang].intl, { ...NUMBER_BASE, ...options }));
}

/** Always in UTC: an as-of date is a calendar date, never a moment in the reader's time zone. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, lang, options, () => new Intl.DateTimeFormat(LOCALES[lang].intl, { ...options, timeZone: 'UTC' }));
}

export function pluralRules(lang: Lang, type: Intl.PluralRuleType): Intl.PluralRules {
  return cached(pluralRuleSets, lang, { type }, () => new Intl.PluralRules(LOCALES[lang].intl, { type }));
}

/** "a, b y c": a conjunction list, in full words. */
export function listFormat(lang: Lang): Intl.ListFormat {
  return cached(listFormats, lang, {}, () => new Intl.ListFormat(LOCALES[lang].intl, { type: 'conjunction', style: 'long' }));
}

/** Country and region names ("ES" → "España" / "Spain"), from CLDR. */
export function regionNameFormat(lang: Lang): Intl.DisplayNames {
  return cached(regionNames, lang, {}, () => new Intl.DisplayNames(LOCALES[lang].intl, { type: 'region', fallback: 'code' }));
}
