/**
 * Locale-correct numbers, money, compute and dates, in every language of the table
 * (locales.ts): digits, separators and dates from Intl with the language's locale, scales and
 * unit words from the language's messages (`m.format`).
 *
 * Every function is pure, takes the language explicitly and never throws. Conventions:
 * - A non-finite input (NaN, ±Infinity) prints `NO_VALUE` ("—"), never "NaN" or "∞".
 * - Every space inside a formatted value is a no-break space (U+00A0), as Intl itself puts in
 *   Spanish "45,7 %", so a value never wraps across lines ("650 millones de €" stays whole).
 *   Tests compare with `\u00a0`; Testing Library's default text matcher treats it as a space.
 * - Spanish never says "billón" nor "B" for 10⁹ (a Spanish billón is 10¹²): large amounts stay
 *   in millions, `1.500 M€`, `1.500 millones de €`. English uses million / billion / trillion.
 * - Grouping is always on, so Spanish gives `4.480` (CLDR alone would give `4480`). Do not pass
 *   years through formatNumber (`2.024`); use formatDate.
 */
import { dateFormat, listFormat, numberFormat, pluralRules, regionNameFormat } from './intlCache.ts';
import type { Lang } from './locales.ts';
import { MESSAGES } from './messages.ts';
import { pluralWord, type PluralWords, type Scale, type Scales, type ScaledNumber } from './numberWords.ts';

export type { Lang } from './locales.ts';
export type Currency = 'EUR' | 'USD';

/** Shown instead of a number that cannot be printed (NaN, Infinity). */
export const NO_VALUE = '—';
/** No-break space: every space inside a formatted value, so a value never wraps across lines. */
export const NBSP = '\u00a0';

const QUALIFIER_MARKS: Readonly<Record<string, string>> = { about: '~', 'at-most': `≤${NBSP}`, 'less-than': `<${NBSP}`, 'at-least': `≥${NBSP}` };

/** The mark before a qualified figure (`~7.000`, `≤ 989,4`, `< 3`, `≥ 100`); '' for exact values and ranges. */
export function qualifierMark(qualifier: string | undefined): string {
  return QUALIFIER_MARKS[qualifier ?? 'exact'] ?? '';
}

export interface NumberOptions {
  maxFractionDigits?: number;
  minFractionDigits?: number;
}

const digitsOr = (d: number | undefined, fallback: number, max = 20): number =>
  d !== undefined && Number.isFinite(d) ? Math.min(max, Math.max(0, Math.trunc(d))) : fallback;

/** `4.480`, `175,3` / `4,480`, `175.3`. Defaults as Intl: 0 to 3 fraction digits. */
export function formatNumber(n: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const min = digitsOr(options.minFractionDigits, 0);
  const max = Math.max(min, digitsOr(options.maxFractionDigits, Math.max(min, 3)));
  return numberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max }).format(n);
}

/** Rounded half away from zero (Intl's rounding): 2.5 → `3`, -2.5 → `-3`. */
export function formatInteger(n: number, lang: Lang): string {
  return formatNumber(n, lang, { maxFractionDigits: 0 });
}

/**
 * Up to `digits` significant digits, but never hides integer digits: 2.1875 → `2,19`,
 * 64.356 → `64,4`, 1234.5 → `1.235` (not `1.230`, which would look like a measured zero).
 */
export function formatSignificant(n: number, lang: Lang, digits = 3): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const significant = Number.isFinite(digits) ? Math.min(21, Math.max(1, Math.trunc(digits))) : 3;
  return numberFormat(lang, {
    maximumSignificantDigits: significant,
    maximumFractionDigits: 0,
    roundingPriority: 'morePrecision',
  }).format(n);
}

/** The numeric value formatSignificant prints (3 digits), used to pick a scale before printing. */
function roundSignificant(x: number): number {
  if (x === 0 || Math.abs(x) >= 1000) return Math.round(x);
  return Number(x.toPrecision(3));
}

/** A value printed as a multiple: `×2,19`, `×64,4`, `×0,457` (U+00D7, no space). */
export function formatRatio(r: number, lang: Lang): string {
  return Number.isFinite(r) ? `×${formatSignificant(r, lang)}` : NO_VALUE;
}

/** 0.457 → `45,7 %` (Intl puts U+00A0 before % in Spanish) / `45.7%`. */
export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  if (!Number.isFinite(fraction)) return NO_VALUE;
  const max = digitsOr(digits, 1);
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: max }).format(fraction);
}

/**
 * Picks the largest scale at which |n| still shows as at least 1 after rounding to 3
 * significant digits (so 999.6 thousand is `1M`, not `1,000k`), and prints |n| at it.
 */
function scaled(n: number, scales: Scales, lang: Lang): ScaledNumber {
  const abs = Math.abs(n);
  let chosen: Scale = scales[0];
  for (const scale of scales) if (roundSignificant(abs / scale[0]) >= 1) chosen = scale;
  const rounded = roundSignificant(abs / chosen[0]);
  return { sign: n < 0 && rounded !== 0 ? '-' : '', digits: formatSignificant(abs / chosen[0], lang), rounded, suffix: chosen[1] };
}

const SYMBOL: Record<Currency, string> = { EUR: '€', USD: '$' };

/**
 * For chart labels, from a value in millions: `650 M€`, `1.500 M€`, `5,58 M$` /
 * `€650M`, `€1.5B`, `$5.58M`. Up to 3 significant digits.
 */
export function formatMoneyShort(millions: number, currency: Currency, lang: Lang): string {
  if (!Number.isFinite(millions)) return NO_VALUE;
  const { scales, write } = MESSAGES[lang].format.moneyShort;
  return write(scaled(millions, scales, lang), SYMBOL[currency]);
}

/**
 * For sentences and alt text: `650 millones de €`, `1 millón de €`, `1.500 millones de €`
 * (10⁹ is "mil millones", never "billón") / `€650 million`, `€1.5 billion`.
 */
export function formatMoneyLong(millions: number, currency: Currency, lang: Lang): string {
  if (!Number.isFinite(millions)) return NO_VALUE;
  const { scales, write } = MESSAGES[lang].format.moneyLong;
  return write(scaled(millions, scales, lang), SYMBOL[currency]);
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};
const superscript = (k: number): string => [...String(k)].map((c) => SUPERSCRIPT[c] ?? c).join('');

/**
 * Scientific notation with up to 3 significant digits: 3.8e25 → `3,8 × 10²⁵ FLOP` /
 * `3.8 × 10²⁵ FLOP`. Values from 1 to 999 (and 0) print plainly.
 */
export function formatFlop(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  // toExponential rounds the mantissa and carries into the exponent (9.999e25 → 1.00e+26).
  const [mantissa = 0, exponent = 0] = n.toExponential(2).split('e').map(Number);
  if (n === 0 || (exponent >= 0 && exponent < 3)) return `${formatSignificant(n, lang)}${NBSP}FLOP`;
  return `${formatNumber(mantissa, lang, { maxFractionDigits: 2 })}${NBSP}×${NBSP}10${superscript(exponent)}${NBSP}FLOP`;
}

/**
 * For axis ticks, up to 3 significant digits.
 * Spanish: full digits below a million (`1.000`, `10.000`, `100.000`), then millions only
 * (`1 M`, `2,5 M`, `1.000 M` = mil millones). One suffix, as in `M€`: mixing "mil" and "M"
 * on one axis reads as two units, and Spanish has no short form for 10⁹ except "mil M".
 * English: `100`, `1k`, `10k`, `100k`, `1M`, `1B`, `1T` (lowercase k as in SI; Intl says "K").
 */
export function formatCompact(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const { sign, digits, suffix } = scaled(n, MESSAGES[lang].format.compact, lang);
  return `${sign}${digits}${suffix}`;
}

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  return date;
}

/**
 * An as-of date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), read as a UTC calendar date:
 * `2024`; `nov 2024` / `Nov 2024`; `9 dic 2024` / `Dec 9, 2024`. Spanish month abbreviations
 * are Intl's (CLDR): no period ("nov", not "nov."), and September is "sept".
 * Anything else, including impossible dates (2024-02-30), is returned unchanged.
 */
export function formatDate(asOf: string, lang: Lang): string {
  const match = AS_OF.exec(asOf);
  if (!match) return asOf;
  const [, y = '', m, d] = match;
  if (m === undefined) return y;
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return asOf;
  const day = d === undefined ? 1 : Number(d);
  if (day < 1 || day > utcDate(year, month + 1, 0).getUTCDate()) return asOf;
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'short' } : { year: 'numeric', month: 'short', day: 'numeric' };
  // Intl separates with ordinary spaces; a date is one value, so it must not wrap either.
  return dateFormat(lang, options).format(utcDate(year, month, day)).replace(/ /g, NBSP);
}

/** A TOP500 list edition, `YYYY-06` or `YYYY-11`: `jun 2024` / `Jun 2024`. */
export function formatEdition(edition: string, lang: Lang): string {
  return /^\d{4}-(?:06|11)$/.test(edition) ? formatDate(edition, lang) : edition;
}

/** `11.º` / `11th`. */
export function formatOrdinal(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const rounded = Math.round(n);
  return MESSAGES[lang].format.ordinal(formatInteger(rounded, lang), pluralRules(lang, 'ordinal').select(rounded));
}

/** The units of `Figure`s in the dataset (src/data/schema.ts); any other string also works. */
export type FigureUnit =
  | 'accelerators' | 'nodes' | 'PFLOP/s' | 'TFLOP/s' | 'kW' | 'W' | 'GB' | 'B params' | 'T tokens'
  | 'M GPU-hours' | 'M EUR' | 'M USD' | 'FLOP' | 'rank' | 'USD/EUR' | 'USD/GPU-hour';

/**
 * A dataset figure with its unit, SI symbols kept: `4.480`, `175,3 PFLOP/s`,
 * `40,4 mil millones de parámetros` / `40.4B parameters`, `9,37 T tokens` / `9.37T tokens`,
 * `2,788 M GPU-horas` / `2.788M GPU-hours`, `11.º` / `11th`, `1,0552 USD/EUR`,
 * `2 $/GPU-hora` / `$2/GPU-hour`. An unknown unit is appended after the number.
 */
export function formatUnitValue(n: number, unit: FigureUnit | (string & {}), lang: Lang): string {
  if (!Number.isFinite(n)) return NO_VALUE;
  const words = MESSAGES[lang].format;
  switch (unit) {
    case 'accelerators':
      return formatInteger(n, lang);
    case 'nodes':
      return `${formatInteger(n, lang)}${NBSP}${formatPlural(Math.abs(Math.round(n)), words.nodes, lang)}`;
    case 'B params':
      return words.params.write(scaled(n, words.params.scales, lang));
    case 'T tokens':
      return words.tokens(formatSignificant(n, lang));
    case 'M GPU-hours':
      return words.gpuHours(formatNumber(n, lang, { maxFractionDigits: 3 }));
    case 'M EUR':
    case 'M USD':
      return formatMoneyShort(n, unit === 'M EUR' ? 'EUR' : 'USD', lang);
    case 'FLOP':
      return formatFlop(n, lang);
    case 'rank':
      return formatOrdinal(n, lang);
    case 'USD/EUR':
      return `${formatNumber(n, lang, { minFractionDigits: 4, maxFractionDigits: 4 })}${NBSP}USD/EUR`;
    case 'USD/GPU-hour': {
      const price = formatNumber(Math.abs(n), lang, { maxFractionDigits: 2 });
      return words.pricePerGpuHour(n < 0 && price !== '0' ? '-' : '', price);
    }
    default:
      // PFLOP/s, TFLOP/s, kW, W, GB and anything else: SI symbols read the same in both languages.
      return `${formatNumber(n, lang, { maxFractionDigits: 2 })}${NBSP}${unit}`;
  }
}

/** The word for a count, by the language's plural rules (Intl.PluralRules): 1 nodo, 2 nodos. */
export function formatPlural(count: number, words: PluralWords, lang: Lang): string {
  return pluralWord(words, pluralRules(lang, 'cardinal').select(count));
}

/** `a, b y c` / `a, b, and c`: Intl.ListFormat's conjunction in the language. */
export function formatList(items: readonly string[], lang: Lang): string {
  return listFormat(lang).format(items);
}

/**
 * A country's name in the language, from its ISO 3166-1 alpha-2 code ("US" → "Estados Unidos");
 * the code itself if the runtime does not know it, `NO_VALUE` without a code.
 */
export function countryName(code: string | undefined, lang: Lang): string {
  if (!code) return NO_VALUE;
  try {
    return regionNameFormat(lang).of(code) ?? code;
  } catch {
    return code; // not a well-formed code
  }
}
