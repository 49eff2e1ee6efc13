/**
 * Money in the other currency, at the ECB rate of the figure's own date.
 *
 * The rule (data/README.md, "Exchange rates"): a figure dated to the day converts at that day's
 * fixing, or the nearest earlier business day's (the later one was not known on the date); a
 * figure dated only by month or year at the mean of that period's fixings; a figure dated after
 * the last fixing at the last one, and says so. The build resolves one rate per money as-of date
 * (`resolveRates`), so the browser never needs the ~6,800 daily fixings.
 */
import type { Fixing } from '../data/ecbCsv.ts';
import type { Figure, Rate, RateRule } from '../data/schema.ts';

export type Currency = 'EUR' | 'USD';

export interface ConvertedMoney {
  /** Millions, in the requested currency. */
  valueM: number;
  highM?: number;
  currency: Currency;
  /** Absent when no conversion was needed. */
  rate?: Rate;
}

const isDay = (asOf: string) => asOf.length === 10;
/** ECB rates have four decimals; a mean is published the same way. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** Index of the last fixing on or before `day` (fixings sorted by date), or -1. */
function lastOnOrBefore(fixings: readonly Fixing[], day: string): number {
  let lo = 0;
  let hi = fixings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fixings[mid]!.date <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function rate(forAsOf: string, rule: RateRule, date: string, value: number, sourceId: string, note: string, extra: Partial<Rate> = {}): Rate {
  return {
    forAsOf,
    rule,
    date,
    ...extra,
    usdPerEur: { value, unit: 'USD/EUR', asOf: date, source: sourceId, confidence: 'official', note },
  };
}

/**
 * The rate for one as-of date (YYYY, YYYY-MM or YYYY-MM-DD), or null when it precedes every
 * fixing. `fixings` must be sorted by date, without duplicates (the CSV parser checks both).
 */
export function resolveRate(fixings: readonly Fixing[], asOf: string, sourceId: string): Rate | null {
  const last = fixings[fixings.length - 1];
  if (!last) return null;
  const afterLast = () =>
    rate(asOf, 'after-last', last.date, last.usdPerEur, sourceId, `The figure (${asOf}) is dated after the last fixing in the data; the last one is used.`);
  if (isDay(asOf)) {
    if (asOf > last.date) return afterLast();
    const i = lastOnOrBefore(fixings, asOf);
    if (i < 0) return null;
    const f = fixings[i]!;
    return f.date === asOf
      ? rate(asOf, 'day', f.date, f.usdPerEur, sourceId, 'ECB daily reference rate.')
      : rate(asOf, 'earlier-day', f.date, f.usdPerEur, sourceId, `No fixing on ${asOf} (weekend or holiday); the nearest earlier business day's.`);
  }
  const inPeriod = fixings.filter((f) => f.date.startsWith(asOf));
  if (!inPeriod.length) return asOf > last.date.slice(0, asOf.length) ? afterLast() : null;
  const mean = round4(inPeriod.reduce((s, f) => s + f.usdPerEur, 0) / inPeriod.length);
  const isCut = inPeriod[inPeriod.length - 1] === last && last.date.slice(0, asOf.length) === asOf;
  const rule: RateRule = asOf.length === 4 ? 'year-mean' : 'month-mean';
  const note = isCut
    ? `Mean of the ${inPeriod.length} ECB fixings of ${asOf} up to ${last.date}, the last in the data: the period is not complete.`
    : `Mean of the ${inPeriod.length} ECB daily fixings of ${asOf}, computed here.`;
  return rate(asOf, rule, asOf, mean, sourceId, note, { fixings: inPeriod.length, ...(isCut ? { lastFixing: last.date } : {}) });
}

/**
 * One rate per distinct as-of date, plus the last fixing itself (the what-if prices a run at
 * today's rate). As-of dates before the first fixing get none; validation reports them.
 */
export function resolveRates(fixings: readonly Fixing[], asOfs: Iterable<string>, sourceId: string): Rate[] {
  const last = fixings[fixings.length - 1];
  const dates = [...new Set([...asOfs, ...(last ? [last.date] : [])])].sort();
  return dates.map((a) => resolveRate(fixings, a, sourceId)).filter((r): r is Rate => r !== null);
}

const byAsOf = new WeakMap<readonly Rate[], Map<string, Rate>>();
export function rateFor(rates: readonly Rate[], asOf: string): Rate | undefined {
  let m = byAsOf.get(rates);
  if (!m) byAsOf.set(rates, (m = new Map(rates.map((r) => [r.forAsOf, r]))));
  return m.get(asOf);
}

/** The newest daily fixing among the resolved rates (`resolveRates` always includes it). */
export function latestFixing(rates: readonly Rate[]): Rate | undefined {
  return rates.reduce<Rate | undefined>((best, r) => (r.rule === 'day' && (!best || r.date > best.date) ? r : best), undefined);
}

export function currencyOf(amount: Figure): Currency {
  return amount.unit === 'M USD' ? 'USD' : 'EUR';
}

/** null when a conversion is needed and there is no rate for the figure's date. */
export function convertMoney(amount: Figure, to: Currency, rates: readonly Rate[]): ConvertedMoney | null {
  const from = currencyOf(amount);
  if (from === to) return { valueM: amount.value, highM: amount.high, currency: to };
  const r = rateFor(rates, amount.asOf);
  if (!r) return null;
  const usdPerEur = r.usdPerEur.value;
  const f = (v: number) => (to === 'USD' ? v * usdPerEur : v / usdPerEur);
  return { valueM: f(amount.value), highM: amount.high === undefined ? undefined : f(amount.high), currency: to, rate: r };
}

/** Comparable day for an as-of date: a bare year means mid-year, a month its middle. */
export function asOfToDay(asOf: string): number {
  const [y, m, d] = asOf.split('-').map(Number);
  return Date.UTC(y!, m === undefined ? 6 : m - 1, d ?? (m === undefined ? 1 : 15));
}
