/** Tick formats shared by the charts over time. */
import { formatFlop, formatNumber, type Lang } from '../../../i18n/format.ts';

/** A year tick reads "2024"; a tick inside a year (a short span) reads "jul 2024". */
export function dateTick(d: Date, lang: Lang): string {
  if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return String(d.getUTCFullYear());
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "1 × 10²⁴ FLOP" → "10²⁴": a decade tick needs only its exponent; the unit is on the axis. */
export const flopTick = (v: number, lang: Lang) => formatFlop(v, lang).replace(/^1\u00a0×\u00a0/, '').replace(/\u00a0FLOP$/, '');

/** FLOP/s as TFLOP/s, the unit accelerators are compared in. */
export const tflopsTick = (v: number, lang: Lang) => formatNumber(v / 1e12, lang);
