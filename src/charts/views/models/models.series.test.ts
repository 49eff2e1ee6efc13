import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { convertMoney } from '../../../metrics/currency.ts';
import { costView, notShownLines, paramsView, scatterDescription, trainingCost } from './models.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const m = MESSAGES.en;

test('every plotted cost is a money row about the model or its training run, converted, never invented', () => {
  for (const currency of ['EUR', 'USD'] as const) {
    const v = costView(d, currency, null, 'en', m);
    expect(v.data.length).toBeGreaterThan(0);
    for (const p of v.data) {
      const model = d.models.find((x) => x.id === p.id)!;
      const row = trainingCost(d, model)!;
      expect([model.id, model.trainedOn]).toContain(row.about);
      expect(row.scope).toBe('training-compute');
      expect(p.y).toBeCloseTo(convertMoney(row.amount, currency, d.rates)!.valueM, 9);
      expect(p.x).toBe(model.trainingFlop!.value);
    }
  }
});

test('DeepSeek-V3 plots its own stated USD cost, unconverted', () => {
  const ds = costView(d, 'USD', null, 'en', m).data.find((p) => p.id === 'deepseek-v3')!;
  expect(ds.y).toBe(d.money.find((r) => r.about === 'deepseek-v3' && r.scope === 'training-compute')!.amount.value);
});

test('every model is accounted for: plotted, in the table without a cost, or named as lacking FLOP', () => {
  const v = costView(d, 'EUR', null, 'en', m);
  const noFlop = d.models.filter((x) => !x.trainingFlop).map((x) => x.name);
  expect(v.points.map((p) => p.id).sort()).toEqual(d.models.filter((x) => x.trainingFlop).map((x) => x.id).sort());
  expect(v.notShown.find((n) => n.why === m.modelCharts.whyNoFlop)!.names).toEqual(noFlop);
  const withoutCost = v.points.filter((p) => !v.data.some((x) => x.id === p.id));
  for (const p of withoutCost) expect(p.columns.find((e) => e.key === 'cost_m_eur')!.value).toBe(m.modelCharts.noCost);
  expect(v.notShown.find((n) => n.why === m.modelCharts.whyNoCost)!.names).toEqual(withoutCost.map((p) => p.name));
  expect(notShownLines(v, m)[0]).toMatch(/^Not on the chart: .* \(no published FLOP\)\.$/);
});

test('parameters against tokens: values from the data, models without a figure named', () => {
  const v = paramsView(d, 'alia-40b', 'es', MESSAGES.es);
  for (const p of v.data) {
    const model = d.models.find((x) => x.id === p.id)!;
    expect([p.x, p.y]).toEqual([model.paramsB!.value, model.tokensT!.value]);
  }
  expect(v.data.find((p) => p.id === 'alia-40b')!.isHighlighted).toBe(true);
  const all = new Set([...v.data.map((p) => p.label), ...v.notShown.flatMap((n) => n.names)]);
  expect(all).toEqual(new Set(d.models.map((x) => x.name)));
});

test('an estimate stays an estimate: a point is as sure as its weakest figure, and says so', () => {
  const v = costView(d, 'USD', null, 'en', m);
  for (const p of v.data) {
    const model = d.models.find((x) => x.id === p.id)!;
    if (model.trainingFlop!.confidence === 'estimate') expect(p.confidence).toBe('estimate');
    expect(p.details.map((x) => x.label)).toEqual(expect.arrayContaining([m.detail.value, m.detail.asOf, m.detail.source, m.detail.confidence]));
  }
});

test('descriptions are generated and carry no broken numbers', () => {
  for (const lang of ['es', 'en'] as const) {
    const mm = MESSAGES[lang];
    const c = scatterDescription(costView(d, 'EUR', null, lang, mm), 'cost', 'EUR', lang, mm);
    const p = scatterDescription(paramsView(d, null, lang, mm), 'params', 'EUR', lang, mm);
    for (const t of [c, p]) expect(t).not.toMatch(/NaN|undefined|Infinity|billón/);
    expect(c).toContain('GPT-4');
    expect(p).toContain('DeepSeek-V3');
  }
});
