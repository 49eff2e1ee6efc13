import fc from 'fast-check';
import { isolate } from '../../../data/text.ts';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../../scripts/datasetFiles.ts';
import { formatInteger, formatPercent, formatSignificant } from '../../../i18n/format.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { compareEntities, type ComputedComparison } from '../../../metrics/comparisons.ts';
import { compareDescription, comparePoints, ratioFigure, ratioSentences, resolvePair, sideValueText, waffleUnit, warningTexts } from './compare.series.ts';
import { MAX_SQUARES, squareCount } from '../../kinds/waffle.layout.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const [gpus, money] = d.comparisons as [(typeof d.comparisons)[number], (typeof d.comparisons)[number]];
const es = MESSAGES.es;
const en = MESSAGES.en;
const compared = (a: string, b: string): ComputedComparison => {
  const r = compareEntities(d, a, b, 'en');
  if (!r.ok) throw new Error(r.reason);
  return r.comparison;
};
const ids = [...d.systems, ...d.models, ...d.money].map((e) => e.id);

test('the pair defaults to the first preset, and a lone side gets a partner from it', () => {
  expect(resolvePair(d, null, null)).toEqual({ a: gpus.a, b: gpus.b });
  expect(resolvePair(d, 'lumi', null)).toEqual({ a: 'lumi', b: gpus.b });
  expect(resolvePair(d, gpus.b, null)).toEqual({ a: gpus.b, b: gpus.a });
  expect(resolvePair(d, null, 'lumi')).toEqual({ a: gpus.a, b: 'lumi' });
  expect(resolvePair(d, 'x', 'y')).toEqual({ a: 'x', b: 'y' });
});

test('A ≥ B reads "A (x) = N × B (y)"; A < B reads "A (x) is N % of B (y)" and gives the inverse too', () => {
  const c = compared(gpus.a, gpus.b);
  const [sentence] = ratioSentences(c, 'es', es);
  const times = formatSignificant(c.a.value / c.b.value, 'es');
  expect(sentence).toBe(es.compare.times(isolate(c.a.name), sideValueText(c.a, c, 'es', es, true), times, isolate(c.b.name), sideValueText(c.b, c, 'es', es, true)));
  expect(sentence).toContain(`(${formatInteger(c.a.value, 'es')}\u00a0GPU) = ${times} × ${isolate(c.b.name)} (${formatInteger(c.b.value, 'es')}\u00a0GPU)`);
  expect(ratioFigure(c, 'es')).toBe(`×${times}`);
  const r = compared(gpus.b, gpus.a);
  const [pct, inverse] = ratioSentences(r, 'en', en);
  expect(pct).toContain(`is ${formatPercent(r.a.value / r.b.value, 'en')} of ${isolate(r.b.name)}`);
  expect(inverse).toContain(`${isolate(r.b.name)} = ${formatSignificant(r.b.value / r.a.value, 'en')} × ${isolate(r.a.name)}`);
  expect(ratioFigure(r, 'es')).toBe(formatPercent(r.a.value / r.b.value, 'es'));
});

test('money: B is shown in A’s currency and the conversion is explained', () => {
  const eur = d.money.find((x) => x.id === money.a)!;
  const usd = d.money.find((x) => x.amount.unit === 'M USD')!;
  const c = compared(eur.id, usd.id);
  const texts = warningTexts(c, 'es', es);
  expect(texts.some((t) => t.includes('BCE') && t.includes(c.b.name))).toBe(true);
  const [, pb] = comparePoints(d, c, 'es', es);
  expect(pb!.unit).toBe('M EUR');
  expect(pb!.columns.find((e) => e.key === 'converted_from')?.raw).toContain(`${usd.amount.value} M USD`);
});

test("a money side's table row and CSV name carry its label in the page's language", () => {
  const c = compared(money.a, money.b);
  const [a, b] = [money.a, money.b].map((id) => d.money.find((x) => x.id === id)!);
  expect(comparePoints(d, c, 'es', es).map((p) => p.name)).toEqual([`${a!.subject}: ${a!.labels.es}`, `${b!.subject}: ${b!.labels.es}`]);
  expect(comparePoints(d, c, 'en', en).map((p) => p.name)).toEqual([`${a!.subject}: ${a!.label}`, `${b!.subject}: ${b!.label}`]);
});

test('the presets’ warnings name the two GPUs, and the two scopes plus the claim', () => {
  const g = compared(gpus.a, gpus.b);
  const gw = warningTexts(g, 'es', es).join(' ');
  expect(gw).toContain(g.a.hardware!.shortName);
  expect(gw).toContain(g.b.hardware!.shortName);
  const mo = compared(money.a, money.b);
  const mw = warningTexts(mo, 'en', en);
  expect(mw).toContain(en.compareWarnings.scopes(en.scopes[mo.a.money!.scope], en.scopes[mo.b.money!.scope]));
  expect(mw.some((t) => t.startsWith('A claim'))).toBe(true);
});

test('the alt text gives each side its value and square count, and the unit', () => {
  const c = compared(gpus.a, gpus.b);
  const unit = waffleUnit(c);
  const text = compareDescription(c, unit, 'es', es);
  for (const s of [c.a, c.b]) expect(text).toContain(`${s.name}: ${formatInteger(s.value, 'es')}\u00a0GPU = ${squareCount(s.value, unit)} cuadrados`);
  expect(text).toContain(`${unit}\u00a0GPU`);
});

test('a range prints once with its unit, and widens the ratio', () => {
  const range = d.systems.find((s) => s.acceleratorCount?.qualifier === 'range')!;
  const c = compared(range.id, gpus.a);
  const { value, high } = range.acceleratorCount!;
  expect(sideValueText(c.a, c, 'es', es)).toBe(`${formatInteger(value, 'es')}–${formatInteger(high!, 'es')}\u00a0GPU`);
  const f = (x: number) => `×${formatSignificant(x, 'es')}`;
  expect(ratioSentences(c, 'es', es).at(-1)).toContain(`de ${f(value / c.b.value)} a ${f(high! / c.b.value)}`);
});

test('for every comparable pair, in both languages: no NaN, no Infinity, and the waffle fits', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom('es' as const, 'en' as const), (a, b, lang) => {
      const r = compareEntities(d, a, b, 'en');
      if (!r.ok) return;
      const c = r.comparison;
      const m = MESSAGES[lang];
      const unit = waffleUnit(c);
      expect(Math.max(squareCount(c.a.high ?? c.a.value, unit), squareCount(c.b.high ?? c.b.value, unit))).toBeLessThanOrEqual(MAX_SQUARES);
      const text = [...ratioSentences(c, lang, m), ...warningTexts(c, lang, m), compareDescription(c, unit, lang, m), ratioFigure(c, lang)].join(' ');
      expect(text).not.toMatch(/NaN|Infinity|undefined|∞/);
      const points = comparePoints(d, c, lang, m);
      expect(points.every((p) => Number.isFinite(p.value) && p.sources.length > 0)).toBe(true);
    }),
    { numRuns: 400 },
  );
});
