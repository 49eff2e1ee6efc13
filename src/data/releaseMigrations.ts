/**
 * Old releases are read forward, never edited: a release stores its dataset in the format of the
 * day it was cut, and this table turns format N into N+1 until it is today's (RELEASE_FORMAT).
 * The build then validates the result with today's schema, so every release still builds and
 * renders after the dataset's shape has changed. Pure: JSON in, JSON out.
 *
 * Entries are history: never edit one; when the schema changes in a way an old file would fail,
 * raise RELEASE_FORMAT and append the step from the old number.
 */
import { TRANSLATED_LANGS } from './labels.ts';
import { RELEASE_FORMAT } from './release.ts';

export interface ReleaseMigration {
  /** The format this step reads; it returns format `from + 1`. */
  readonly from: number;
  readonly description: string;
  migrate(dataset: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;

export const RELEASE_MIGRATIONS: readonly ReleaseMigration[] = [
  {
    from: 0,
    // Format 0 is the dataset's shape before issue 12 (2026-11-30): a list of ECB fixings by
    // day, each with a free-text label, and money converted at the nearest earlier fixing in
    // that list. Today each rate names the as-of date it converts and the rule that chose it;
    // the step keeps the old conversions exactly (same fixings), so an old release shows the
    // dollars it showed then.
    description: 'rates: { date, usdPerEur, label } per fixing become { forAsOf, rule, date, usdPerEur } per money as-of date',
    migrate: (dataset) => {
      const old = ((dataset.rates as Json[] | undefined) ?? []).filter((r) => typeof r.date === 'string');
      if (old.some((r) => 'forAsOf' in r)) return dataset;
      const byDate = [...old].sort((a, b) => String(a.date).localeCompare(String(b.date)));
      const asOfs = new Set(((dataset.money as Json[] | undefined) ?? []).map((m) => (m.amount as Json | undefined)?.asOf).filter((a): a is string => typeof a === 'string'));
      const rates = [...asOfs].sort().flatMap((asOf) => {
        const end = periodEnd(asOf);
        const fixing = byDate.filter((r) => String(r.date) <= end).at(-1);
        if (!fixing) return []; // validation then names the money figure without a rate
        return [{ forAsOf: asOf, rule: fixing.date === asOf ? 'day' : 'earlier-day', date: fixing.date, usdPerEur: fixing.usdPerEur }];
      });
      return { ...dataset, rates };
    },
  },
  {
    from: 1,
    // Format 1 (to 2026-12-01) had one English `label` per money, event and price row; today
    // every other language has its own in `labels` (src/data/labels.ts). A release cannot gain
    // translations it never had, so each of today's languages shows the English label the
    // release was cut with, as it did then. (A language added later needs its own step for
    // releases of format 2, which carry only the languages of their day.)
    description: 'money, events, prices: `labels` gets every translated language, each set to the row\'s English `label`',
    migrate: (dataset) => {
      const withLabels = (rows: unknown) =>
        Array.isArray(rows)
          ? rows.map((r: Json) => (typeof r.label === 'string' && !('labels' in r) ? { ...r, labels: Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, r.label])) } : r))
          : rows;
      return { ...dataset, money: withLabels(dataset.money), events: withLabels(dataset.events), prices: withLabels(dataset.prices) };
    },
  },
];

export class ReleaseFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseFormatError';
  }
}

/** The last day of an as-of date's period: `2015` → `2015-12-31`, `2022-06` → `2022-06-31` (a bound for text comparison). */
function periodEnd(asOf: string): string {
  return asOf.length === 4 ? `${asOf}-12-31` : asOf.length === 7 ? `${asOf}-31` : asOf;
}

/** The dataset of a release of `format`, in today's format. Throws when no path leads there. */
export function migrateRelease(
  format: number,
  dataset: Json,
  migrations: readonly ReleaseMigration[] = RELEASE_MIGRATIONS,
  target: number = RELEASE_FORMAT,
): Json {
  if (!Number.isInteger(format) || format > target) throw new ReleaseFormatError(`release format ${format} is newer than this code (${target})`);
  let current = dataset;
  for (let f = format; f < target; f++) {
    const step = migrations.find((m) => m.from === f);
    if (!step) throw new ReleaseFormatError(`no migration from release format ${f}`);
    current = step.migrate(structuredClone(current));
  }
  return current;
}
