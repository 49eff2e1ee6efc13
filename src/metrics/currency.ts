/**
 * Money in the other currency, at the ECB rate dated nearest to the figure's own as-of date.
 * The rate used travels with the result so the chart can say which one it was.
 */
import type { Figure, Rate } from '../data/schema.ts';

export type Currency = 'EUR' | 'USD';

export interface ConvertedMoney {
  /** Millions, in the requested currency. */
  valueM: number;
  highM?: number;
  currency: Currency;
  /** Absent when no conversion was needed. */
  rate?: Rate;
}

/** A comparable day for an as-of date: a bare year means mid-year, a month its middle. */
export function asOfToDay(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  return Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15));
}

export function nearestRate(rates: readonly Rate[], asOf: string): Rate | undefined {
  const t = asOfToDay(asOf);
  let best: Rate | undefined;
  let bestGap = Infinity;
  for (const r of rates) {
    const gap = Math.abs(asOfToDay(r.date) - t);
    // On a tie the earlier fixing wins: it was known on the date, the later one was not.
    if (gap < bestGap || (gap === bestGap && best && r.date < best.date)) {
      best = r;
      bestGap = gap;
    }
  }
  return best;
}

export function currencyOf(amount: Figure): Currency {
  return amount.unit === 'M USD' ? 'USD' : 'EUR';
}

/** null when a conversion is needed and there is no rate to do it with. */
export function convertMoney(amount: Figure, to: Currency, rates: readonly Rate[]): ConvertedMoney | null {
  const from = currencyOf(amount);
  if (from === to) return { valueM: amount.value, highM: amount.high, currency: to };
  const rate = nearestRate(rates, amount.asOf);
  if (!rate) return null;
  const usdPerEur = rate.usdPerEur.value;
  const f = (v: number) => (to === 'USD' ? v * usdPerEur : v / usdPerEur);
  return { valueM: f(amount.value), highM: amount.high === undefined ? undefined : f(amount.high), currency: to, rate };
}
