import fc from 'fast-check';
import { isolate } from '../../../data/text.ts';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { latestFixing } from '../../../metrics/currency.ts';
import { resolveWhatIf, type WhatIfResult } from '../../../metrics/trainingTime.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../view/viewState.ts';
import { gpuPoints, gpuRows, whatifPointId, type GpuOptions } from '../gpus/gpus.series.ts';
import {
  conversionRows,
  gpuWhatIfMark,
  whatifBarResults,
  whatifBars,
  whatifCost,
  whatifFormulas,
  whatifInput,
  whatifItems,
  whatifNotes,
  whatifSentence,
} from './whatif.series.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const es = MESSAGES.es;
const en = MESSAGES.en;
const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, view: 'whatif', ...patch });
function result(s: ViewState): WhatIfResult {
  const r = resolveWhatIf(d, whatifInput(s));
  if (!r.ok) throw new Error(r.problem);
  return r;
}
const hw = (id: string) => d.hardware.find((h) => h.id === id)!;
const sys = (id: string) => d.systems.find((s) => s.id === id)!;

test('the seed question as a sentence: MareNostrum 5 ACC, DeepSeek-V3, days by peak ratio, cost and energy', () => {
  const r = result(state());
  const ds = d.models.find((m) => m.id === 'deepseek-v3')!;
  // Expected from the data: the paper's GPU-hours × peak(H800) / peak(H100 64GB), on 4,480 GPUs.
  const days = (ds.gpuHoursM!.value * 1e6 * hw('h800').bf16DenseTflops!.value) / hw('h100-64gb').bf16DenseTflops!.value / sys('marenostrum-5-acc').acceleratorCount!.value / 24;
  const sentence = whatifSentence(r, whatifCost(r, 'eur', d.rates), 'es', es);
  expect(sentence).toContain(`${isolate('MareNostrum 5 ACC')} tardaría ~${Math.round(days)}\u00a0días en entrenar ${isolate('DeepSeek-V3')} con 4.480 ${isolate('H100 64GB')} al 40\u00a0% de MFU.`);
  expect(sentence).toMatch(/Costaría ~[\d,]+\u00a0millones\u00a0de\u00a0€ y consumiría ~[\d.]+\u00a0MWh\.$/);
  expect(whatifSentence(r, whatifCost(r, 'usd', d.rates), 'en', en)).toMatch(/^\u2068MareNostrum 5 ACC\u2069 would take ~\d+\u00a0days to train \u2068DeepSeek-V3\u2069 with 4,480 \u2068H100 64GB\u2069 at 40% MFU\. It would cost ~\$[\d.]+\u00a0million and use/);
});

test('the formulas carry the actual numbers and end at the shown results', () => {
  const r = result(state());
  const cost = whatifCost(r, 'eur', d.rates)!;
  const f = whatifFormulas(r, cost, 'es', es);
  expect(f.days).toHaveLength(3);
  expect(f.days[0]).toMatch(/^Trabajo: 2,788\u00a0M\u00a0GPU-horas \(H800\) × 989,4\u00a0TFLOP\/s × 40\u00a0% = /);
  expect(f.days[2]).toContain('÷ 4.480\u00a0GPU ÷ 24\u00a0h = ');
  expect(f.days[2]).toContain(`${r.days.toFixed(1).replace('.', ',')}\u00a0días`);
  const rate = latestFixing(d.rates)!;
  expect(cost.value).toBeCloseTo(r.costUsd! / rate.usdPerEur.value, 6);
  // The last fixing in data/ecb/ (9 May 2025), not an older rate picked for some event.
  expect(f.cost).toContain('÷ 1,1252\u00a0USD/EUR');
  expect(f.energy).toMatch(/× 700\u00a0W × PUE 1,2 = [\d.]+\u00a0MWh$/);
});

test("the default what-if in euros: DeepSeek-V3's 2.788 M GPU-hours at 2 $/h on MareNostrum 5, at the last fixing (1.1252) = ~4.96 M€", () => {
  const r = result(state());
  // Same peak on both GPUs (H800 = H100 SXM, the H100 64GB bounded by it): the paper's hours, priced at its 2 $/h.
  expect(r.costUsd! / 1e6).toBeCloseTo(5.576, 9);
  const cost = whatifCost(r, 'eur', d.rates)!;
  expect(cost.rate).toMatchObject({ date: '2025-05-09', rule: 'day' });
  expect(cost.value / 1e6).toBeCloseTo(4.956, 3);
  expect(whatifSentence(r, cost, 'es', es)).toContain('Costaría ~4,96\u00a0millones\u00a0de\u00a0€');
});

test('what is assumed is said by the result: the MareNostrum 5 peak, the TDP, the price, the rate', () => {
  const r = result(state());
  const notes = whatifNotes(d, r, whatifCost(r, 'eur', d.rates), 'es', es).join('\n');
  expect(notes).toContain('No se publica el pico de H100 64GB');
  expect(notes).toContain('NVIDIA H100 Tensor Core GPU datasheet');
  expect(notes).toContain('No se publica el TDP de H100 64GB: se asume 700\u00a0W, el de H100 SXM');
  // The price row is named in the page's language.
  const price = d.prices.find((p) => p.id === 'deepseek-h800-assumption')!;
  expect(notes).toContain(price.labels.es);
  expect(notes).not.toContain(price.label);
  expect(whatifNotes(d, r, whatifCost(r, 'eur', d.rates), 'en', en).join('\n')).toContain(price.label);
  expect(notes).toContain('9\u00a0may\u00a02025');
  // The paper's own run needs no peak or TDP caveat beyond the H800's missing TDP.
  const own = result(state({ whatifSystem: 'llama-3-1-405b-run', whatifModel: 'llama-3-1-405b' }));
  expect(whatifNotes(d, own, null, 'en', en).join('\n')).not.toMatch(/peak is not published|TDP is not published/);
});

test('every input is either a sourced data figure or a labelled assumption / choice', () => {
  const r = result(state({ whatifMfu: 55, whatifPrice: 3 }));
  const { inputs, outputs } = whatifItems(r, whatifCost(r, 'usd', d.rates), 'en', en);
  const sourceIds = new Set(d.sources.map((s) => s.id));
  for (const it of inputs) {
    if (it.origin === 'data') expect(sourceIds.has(it.figure!.source)).toBe(true);
    else expect(it.note).toBeTruthy();
    expect(Number.isFinite(it.value)).toBe(true);
  }
  expect(inputs.find((i) => i.id === 'target-mfu')).toMatchObject({ origin: 'chosen', value: 55 });
  expect(inputs.find((i) => i.id === 'source-mfu')).toMatchObject({ origin: 'assumption', value: 40 });
  expect(inputs.find((i) => i.id === 'pue')).toMatchObject({ origin: 'assumption' });
  expect(outputs.map((o) => o.id)).toEqual(['days', 'work', 'gpu-hours', 'cost', 'energy']);
});

test('bars: the target is the one hypothetical bar; the own run reproduces the paper; the table lists the accelerators in play', () => {
  const s = state();
  const r = result(s);
  const bars = whatifBarResults(d, whatifInput(s), r);
  const { rows } = whatifBars(d, bars, 'es', es);
  expect(rows[0]).toMatchObject({ id: 'marenostrum-5-acc', isHypothetical: true });
  expect(rows.slice(1).every((row) => !row.isHypothetical)).toBe(true);
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  const own = rows.find((row) => row.id === 'deepseek-v3-cluster')!;
  expect(own.sublabel).toContain(es.whatif.ownRun);
  expect(Math.round(own.value)).toBe(57);
  const conv = conversionRows(d, bars);
  expect(conv.find((c) => c.hardware.id === 'h800')!.roles).toContain('source');
  expect(conv.find((c) => c.hardware.id === 'h100-64gb')!.roles).toEqual(['target']);
});

test('the GPU chart marks the target, and a custom count becomes a hypothetical bar', () => {
  const plain = gpuWhatIfMark(resolveWhatIf(d, whatifInput(state())), 'es', es)!;
  expect(plain.systemId).toBe('marenostrum-5-acc');
  expect(plain.customCount).toBeUndefined();
  const mark = gpuWhatIfMark(resolveWhatIf(d, whatifInput(state({ whatifGpus: 8000 }))), 'es', es)!;
  expect(mark.customCount).toBe(8000);
  const o: GpuOptions = { metric: 'accelerators', regions: [], owners: [], kinds: [], ids: ['marenostrum-5-acc', 'deepseek-v3-cluster'], highlight: null, whatif: mark };
  const points = gpuPoints(d, o, es);
  expect(points.find((p) => p.id === whatifPointId('marenostrum-5-acc'))).toMatchObject({ value: 8000, confidence: 'estimate' });
  const rows = gpuRows(points, o, 'es', es);
  expect(rows.filter((r) => r.isHypothetical).map((r) => r.label)).toEqual([mark.customName]);
  expect(rows.find((r) => r.id === 'marenostrum-5-acc')!.isHighlighted).toBe(true);
  expect(rows.find((r) => r.isHypothetical)!.sublabel).toBe(mark.note);
  // Without the what-if, nothing is added.
  expect(gpuPoints(d, { ...o, whatif: undefined }, es)).toHaveLength(2);
});

test('hostile inputs never print NaN, Infinity or undefined', () => {
  const num = (max: number) => fc.oneof(fc.constant(null), fc.double({ min: -10, max: max * 2 }));
  fc.assert(
    fc.property(
      fc.constantFrom(...d.models.map((m) => m.id)),
      num(1e7),
      num(100),
      num(1000),
      num(3),
      fc.constantFrom('bf16' as const, 'fp8' as const),
      (model, g, mfu, price, pue, basis) => {
        const s = state({ whatifModel: model, whatifGpus: g, whatifMfu: mfu, whatifPrice: price, whatifPue: pue, basis });
        const r = resolveWhatIf(d, whatifInput(s));
        if (!r.ok) return;
        const cost = whatifCost(r, 'eur', d.rates);
        const text = [whatifSentence(r, cost, 'es', es), ...Object.values(whatifFormulas(r, cost, 'en', en)).flat(), ...whatifNotes(d, r, cost, 'es', es)].join(' ');
        expect(text).not.toMatch(/NaN|Infinity|undefined|—/);
      },
    ),
    { numRuns: 200 },
  );
});
