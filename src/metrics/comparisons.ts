/**
 * "A = N × B" between two named things, with the reasons the two sides may not be alike:
 * different accelerators, different money scopes, a claim on either side, a currency conversion.
 */
import type { Comparison, Dataset, Figure, Hardware, MoneyRecord, SystemRecord } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { convertMoney, currencyOf, type ConvertedMoney } from './currency.ts';
import { ratio, type Ratio } from './ratio.ts';

export type ComparisonWarning =
  | { kind: 'different-accelerators'; a: Hardware; b: Hardware }
  | { kind: 'different-scopes'; a: MoneyRecord['scope']; b: MoneyRecord['scope'] }
  | { kind: 'claim' }
  | { kind: 'converted'; rateDate: string };

export interface ComparisonSide {
  id: string;
  name: string;
  figure: Figure;
  /** The value compared, after any conversion (for money, millions of the A side's currency). */
  value: number;
  system?: SystemRecord;
  hardware?: Hardware;
  money?: MoneyRecord;
}

export interface ComputedComparison {
  id: string;
  metric: Comparison['metric'];
  a: ComparisonSide;
  b: ComparisonSide;
  ratio: Ratio;
  warnings: ComparisonWarning[];
}

/** null when either side is missing or has no positive value (validation prevents this for `data/`). */
export function computeComparison(d: Dataset, c: Pick<Comparison, 'id' | 'metric' | 'a' | 'b'>): ComputedComparison | null {
  const idx = indexDataset(d);
  if (c.metric === 'accelerators') {
    const sa = idx.systemById.get(c.a);
    const sb = idx.systemById.get(c.b);
    if (!sa?.acceleratorCount || !sb?.acceleratorCount) return null;
    const r = ratio(sa.acceleratorCount.value, sb.acceleratorCount.value);
    if (!r) return null;
    const ha = sa.accelerator ? idx.hardwareById.get(sa.accelerator) : undefined;
    const hb = sb.accelerator ? idx.hardwareById.get(sb.accelerator) : undefined;
    const warnings: ComparisonWarning[] = [];
    if (ha && hb && ha.id !== hb.id) warnings.push({ kind: 'different-accelerators', a: ha, b: hb });
    if ([sa.acceleratorCount, sb.acceleratorCount].some((f) => f.confidence === 'claim')) warnings.push({ kind: 'claim' });
    const side = (s: SystemRecord, h: Hardware | undefined): ComparisonSide => ({
      id: s.id,
      name: s.shortName,
      figure: s.acceleratorCount!,
      value: s.acceleratorCount!.value,
      system: s,
      hardware: h,
    });
    return { id: c.id, metric: c.metric, a: side(sa, ha), b: side(sb, hb), ratio: r, warnings };
  }
  const ma = idx.moneyById.get(c.a);
  const mb = idx.moneyById.get(c.b);
  if (!ma || !mb) return null;
  const cur = currencyOf(ma.amount);
  const converted: ConvertedMoney | null = convertMoney(mb.amount, cur, d.rates);
  if (!converted) return null;
  const r = ratio(ma.amount.value, converted.valueM);
  if (!r) return null;
  const warnings: ComparisonWarning[] = [];
  if (ma.scope !== mb.scope) warnings.push({ kind: 'different-scopes', a: ma.scope, b: mb.scope });
  if (ma.amount.confidence === 'claim' || mb.amount.confidence === 'claim') warnings.push({ kind: 'claim' });
  if (converted.rate) warnings.push({ kind: 'converted', rateDate: converted.rate.date });
  return {
    id: c.id,
    metric: c.metric,
    a: { id: ma.id, name: ma.subject, figure: ma.amount, value: ma.amount.value, money: ma },
    b: { id: mb.id, name: mb.subject, figure: mb.amount, value: converted.valueM, money: mb },
    ratio: r,
    warnings,
  };
}
