/**
 * What else backs side B of a headline comparison: other reports of the same quantity
 * (`corroboratedBy` in data/comparisons.json), the span of all reported values, and whether
 * any of them comes from a primary (official) document. Pure.
 */
import type { Comparison, Dataset, Figure } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { labelIn, subjectIn } from '../data/labels.ts';
import type { Lang } from '../i18n/locales.ts';

export interface Corroboration {
  /** The other reports, as records of the same file as B, named in the page's language. */
  others: { id: string; name: string; figure: Figure }[];
  /** Lowest and highest value among B and the others (same unit only). */
  low: number;
  high: number;
  /** True when none of the figures (B's or the others') is 'official': no primary document states it. */
  hasNoPrimary: boolean;
}

export function corroborationOf(d: Dataset, c: Pick<Comparison, 'metric' | 'b' | 'corroboratedBy'>, lang: Lang): Corroboration | null {
  if (!c.corroboratedBy?.length || c.metric !== 'money') return null;
  const { moneyById } = indexDataset(d);
  const b = moneyById.get(c.b);
  if (!b) return null;
  const others = c.corroboratedBy
    .map((id) => moneyById.get(id))
    .filter((r) => r !== undefined && r.amount.unit === b.amount.unit)
    .map((r) => ({ id: r!.id, name: `${subjectIn(r!, lang)}: ${labelIn(r!, lang)}`, figure: r!.amount }));
  if (!others.length) return null;
  const values = [b.amount, ...others.map((o) => o.figure)].map((f) => f.value);
  return {
    others,
    low: Math.min(...values),
    high: Math.max(...values),
    hasNoPrimary: [b.amount, ...others.map((o) => o.figure)].every((f) => f.confidence !== 'official'),
  };
}
