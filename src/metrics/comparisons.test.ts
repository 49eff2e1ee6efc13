import fc from 'fast-check';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import type { Dataset } from '../data/schema.ts';
import { comparableMetrics, compareEntities, computeComparison, type ComputedComparison } from './comparisons.ts';
import { rateFor } from './currency.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d: Dataset = loaded.dataset;

const preset = (id: string) => d.comparisons.find((c) => c.id === id)!;
const compared = (a: string, b: string, metric?: Parameters<typeof compareEntities>[4]): ComputedComparison => {
  const r = compareEntities(d, a, b, 'en', metric);
  if (!r.ok) throw new Error(`${a} vs ${b}: ${r.reason}`);
  return r.comparison;
};
const ids = [...d.systems, ...d.models, ...d.money].map((e) => e.id);

test('the headline presets still compute through computeComparison, unchanged for their callers', () => {
  for (const p of d.comparisons) {
    const c = computeComparison(d, p, 'en')!;
    expect(c.a.id).toBe(p.a);
    expect(c.b.id).toBe(p.b);
    expect(c.ratio.value * c.b.value).toBeCloseTo(c.a.value, 9);
  }
});

test('ratio × smaller = larger, for every comparable pair in the data', () => {
  // Exhaustive over the data rather than sampled, so the test is the same on every run.
  for (const a of ids)
    for (const b of ids) {
      const r = compareEntities(d, a, b, 'en');
      if (!r.ok) continue;
      const { a: sa, b: sb, ratio } = r.comparison;
      const [small, large] = sa.value < sb.value ? [sa.value, sb.value] : [sb.value, sa.value];
      const factor = sa.value < sb.value ? ratio.inverse : ratio.value;
      expect(Number.isFinite(ratio.value)).toBe(true);
      // Relative: FLOP values are ~1e25, where an absolute tolerance means nothing.
      expect((factor * small) / large).toBeCloseTo(1, 9);
    }
});

test('swapping A and B inverts the ratio (and B alone is converted, so money swaps invert too)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
      const ab = compareEntities(d, a, b, 'en');
      const ba = compareEntities(d, b, a, 'en');
      expect(ab.ok).toBe(ba.ok);
      if (!ab.ok || !ba.ok) return;
      expect(ab.comparison.metric).toBe(ba.comparison.metric);
      // Without a conversion the product is 1. With one, each direction converts its own B at
      // the rate of B's date, so the product is exactly the ratio of the two rates used.
      const rateOf = (c: ComputedComparison) => c.warnings.flatMap((w) => (w.kind === 'converted' ? [w.usdPerEur!] : []))[0];
      const [rab, rba] = [rateOf(ab.comparison), rateOf(ba.comparison)];
      const isEurA = ab.comparison.a.unit === 'M EUR';
      const expected = rab === undefined || rba === undefined ? 1 : isEurA ? rab / rba : rba / rab;
      expect(ab.comparison.ratio.value * ba.comparison.ratio.value).toBeCloseTo(expected, 9);
    }),
    { numRuns: 300 },
  );
  const systems = preset('mn5-vs-deepseek-gpus');
  expect(compared(systems.a, systems.b).ratio.value).toBeCloseTo(1 / compared(systems.b, systems.a).ratio.value, 12);
});

test('a currency conversion applies to B only, at the ECB rate of B’s own date', () => {
  const eur = d.money.find((x) => x.amount.unit === 'M EUR')!;
  const usd = d.money.find((x) => x.amount.unit === 'M USD')!;
  const c = compared(eur.id, usd.id);
  const rate = rateFor(d.rates, usd.amount.asOf)!;
  expect(c.a.value).toBe(eur.amount.value);
  expect(c.b.value).toBeCloseTo(usd.amount.value / rate.usdPerEur.value, 9);
  expect(c.b.unit).toBe('M EUR');
  expect(c.warnings).toContainEqual(expect.objectContaining({ kind: 'converted', rateDate: rate.date, from: 'USD', to: 'EUR' }));
  expect(c.b.inputs).toContain(rate.usdPerEur);
  // The other way round, the dollar figure stays as published and the euro one moves.
  const back = compared(usd.id, eur.id);
  expect(back.a.value).toBe(usd.amount.value);
  expect(back.b.value).toBeCloseTo(eur.amount.value * rateFor(d.rates, eur.amount.asOf)!.usdPerEur.value, 9);
  // Same currency: no conversion, no warning.
  const eur2 = d.money.filter((x) => x.amount.unit === 'M EUR')[1]!;
  expect(compared(eur.id, eur2.id).warnings.some((w) => w.kind === 'converted')).toBe(false);
});

test('preset "MareNostrum 5 vs DeepSeek-V3": warns that the GPU types differ', () => {
  const p = preset('mn5-vs-deepseek-gpus');
  const c = compared(p.a, p.b);
  const sa = d.systems.find((s) => s.id === p.a)!;
  const sb = d.systems.find((s) => s.id === p.b)!;
  expect(c.metric).toBe('accelerators');
  expect(c.ratio.value).toBeCloseTo(sa.acceleratorCount!.value / sb.acceleratorCount!.value, 12);
  expect(c.warnings).toContainEqual(expect.objectContaining({ kind: 'different-accelerators' }));
  const w = c.warnings.find((x) => x.kind === 'different-accelerators')!;
  expect(w.kind === 'different-accelerators' && [w.a.id, w.b.id]).toEqual([sa.accelerator, sb.accelerator]);
  expect(c.warnings.some((x) => x.kind === 'claim')).toBe(false);
});

test('preset "ChatGPT claim vs ALIA": warns about scope and the claim', () => {
  const p = preset('chatgpt-claim-vs-alia');
  const c = compared(p.a, p.b);
  const ma = d.money.find((x) => x.id === p.a)!;
  const mb = d.money.find((x) => x.id === p.b)!;
  expect(c.metric).toBe('money');
  expect(c.warnings).toContainEqual({ kind: 'different-scopes', a: ma.scope, b: mb.scope });
  expect(c.warnings).toContainEqual(expect.objectContaining({ kind: 'claim', names: [ma.subject] }));
});

test('systems can be compared by H100-equivalents when asked; the preferred measure is ignored when unavailable', () => {
  const p = preset('mn5-vs-deepseek-gpus');
  expect(comparableMetrics(d, p.a, p.b)).toEqual(expect.arrayContaining(['accelerators', 'h100e']));
  expect(compared(p.a, p.b, 'h100e').metric).toBe('h100e');
  const money = preset('chatgpt-claim-vs-alia');
  expect(compared(money.a, money.b, 'h100e').metric).toBe('money');
});

test('models compare by training FLOP first, else by GPU-hours', () => {
  const both = d.models.filter((x) => x.trainingFlop && x.gpuHoursM);
  expect(compared(both[0]!.id, both[1]!.id).metric).toBe('training-flop');
  const onlyHours = d.models.filter((x) => x.gpuHoursM && !x.trainingFlop);
  if (onlyHours[0]) expect(compared(onlyHours[0].id, both[0]!.id).metric).toBe('gpu-hours');
});

test('no comparable measure: a system against money, or a model without any compute figure', () => {
  const p = preset('mn5-vs-deepseek-gpus');
  const money = d.money[0]!;
  expect(compareEntities(d, p.a, money.id, 'en')).toEqual({ ok: false, reason: 'different-kinds', a: 'system', b: 'money' });
  const bare = d.models.find((x) => !x.trainingFlop && !x.gpuHoursM)!;
  const withFlop = d.models.find((x) => x.trainingFlop)!;
  expect(compareEntities(d, bare.id, withFlop.id, 'en')).toMatchObject({ ok: false, reason: 'no-value' });
  const noCount = d.systems.find((s) => !s.acceleratorCount)!;
  expect(compareEntities(d, noCount.id, p.a, 'en')).toMatchObject({ ok: false, reason: 'no-value' });
  expect(compareEntities(d, 'no-such-thing', p.a, 'en')).toMatchObject({ ok: false, reason: 'unknown-entity' });
  expect(comparableMetrics(d, p.a, money.id)).toEqual([]);
});

test('ranges, bounds, dates and part-versus-whole are flagged as cautions', () => {
  const range = d.systems.find((s) => s.acceleratorCount?.qualifier === 'range')!;
  const bound = d.systems.find((s) => s.acceleratorCount?.qualifier === 'at-most')!;
  const whole = d.systems.find((s) => s.kind === 'supercomputer' && s.acceleratorCount)!;
  const c = compared(range.id, whole.id);
  expect(c.a.high).toBe(range.acceleratorCount!.high);
  expect(c.cautions).toContainEqual({ kind: 'bound', name: range.shortName, qualifier: 'range' });
  expect(c.cautions).toContainEqual(expect.objectContaining({ kind: 'different-system-kinds' }));
  expect(compared(bound.id, whole.id).cautions).toContainEqual({ kind: 'bound', name: bound.shortName, qualifier: 'at-most' });
  const old = d.money.find((x) => x.amount.asOf.startsWith('2015'))!;
  const recent = d.money.find((x) => x.amount.asOf.startsWith('2025'))!;
  expect(compared(old.id, recent.id).cautions).toContainEqual({ kind: 'different-dates', a: old.amount.asOf, b: recent.amount.asOf });
});
