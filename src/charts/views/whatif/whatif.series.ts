/**
 * What-if: dataset + view state → the calculator's answer as text (sentence, formulas with the
 * actual numbers, notes), sourced items (table + CSV), bars and the conversion table.
 * Pure: no React, no URL. The math itself lives in metrics/trainingTime.ts.
 */
import { isolate } from '../../../data/text.ts';
import type { Confidence, Dataset, Figure, Hardware, Rate, Source } from '../../../data/schema.ts';
import { indexDataset } from '../../../data/indexes.ts';
import { labelIn } from '../../../data/labels.ts';
import { formatDate, formatFlop, formatList, formatMoneyLong, formatMoneyShort, formatNumber, formatPercent, formatSignificant, formatUnitValue, NBSP, qualifierMark, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { weakestConfidence } from '../../../metrics/confidence.ts';
import { latestFixing } from '../../../metrics/currency.ts';
import { resolveWhatIf, whatifTargets, type WhatIfInput, type WhatIfResult } from '../../../metrics/trainingTime.ts';
import type { ViewState } from '../../../view/viewState.ts';
import type { DetailedBarRow } from '../../kinds/BarChart.tsx';
import { figureSources, pointDetails, type DataPoint } from '../../frame/dataPoint.ts';
import { formatDays } from './whatif.mark.ts';

export { formatDays, gpuWhatIfMark, whatifInput } from './whatif.mark.ts';



/** Drawn beside the target for scale: the seed post's two systems, Llama 3.1's run and the largest AI cluster in the data. */
export const REFERENCE_SYSTEMS = ['marenostrum-5-acc', 'deepseek-v3-cluster', 'llama-3-1-405b-run', 'xai-colossus'];

const energyText = (mwh: number, lang: Lang) =>
  `${mwh >= 10 ? formatNumber(mwh, lang, { maxFractionDigits: 0 }) : formatSignificant(mwh, lang, 2)}${NBSP}MWh`;
const hoursText = (h: number, lang: Lang) => formatUnitValue(h / 1e6, 'M GPU-hours', lang);
const pct = (f: number, lang: Lang) => formatPercent(f, lang, 1);
export const figureText = (f: Figure, lang: Lang) => `${qualifierMark(f.qualifier)}${formatUnitValue(f.value, f.unit, lang)}`;

export interface Cost {
  value: number;
  currency: 'EUR' | 'USD';
  rate?: Rate;
}
/** Prices are in USD; euros use the last ECB fixing in the data, a run priced today (stays in USD if there is none). */
export function whatifCost(r: WhatIfResult, currency: ViewState['currency'], rates: readonly Rate[]): Cost | null {
  if (r.costUsd === null) return null;
  const rate = currency === 'eur' ? latestFixing(rates) : undefined;
  return rate ? { value: r.costUsd / rate.usdPerEur.value, currency: 'EUR', rate } : { value: r.costUsd, currency: 'USD' };
}

export function whatifSentence(r: WhatIfResult, cost: Cost | null, lang: Lang, m: Messages): string {
  const w = m.whatif;
  const head = w.sentence(isolate(r.system.shortName), formatDays(r.days, lang, m), isolate(r.model.name), formatNumber(r.gpus, lang), isolate(r.hardware.shortName), pct(r.mfu, lang));
  const parts = [cost && w.sentenceCost(formatMoneyLong(cost.value / 1e6, cost.currency, lang)), r.energyMwh !== null && w.sentenceEnergy(energyText(r.energyMwh, lang))];
  const tail = formatList(parts.filter((p): p is string => typeof p === 'string' && p !== ''), lang);
  return tail ? `${head} ${tail}.` : head;
}

/** Each formula with the actual numbers, so a reader can redo it by hand. */
export function whatifFormulas(r: WhatIfResult, cost: Cost | null, lang: Lang, m: Messages) {
  const f = m.whatif.formulas;
  const flop = formatFlop(r.flop, lang);
  const hours = hoursText(r.gpuHours, lang);
  const work =
    r.compute.kind === 'gpu-hours'
      ? `${f.work}: ${hoursText(r.compute.figure.value * 1e6, lang)} (${r.compute.hardware.shortName}) × ${formatUnitValue(r.compute.peak.value, 'TFLOP/s', lang)} × ${pct(r.sourceMfu, lang)} = ${flop}`
      : `${f.work}: ${flop} (${f.modelFlop})`;
  const usd = cost && formatMoneyShort(r.costUsd! / 1e6, 'USD', lang);
  return {
    days: [
      work,
      `${f.gpuHours(r.hardware.shortName)}: ${flop} ÷ (${formatUnitValue(r.peak.value, 'TFLOP/s', lang)} × ${pct(r.mfu, lang)} × 3600${NBSP}s/h) = ${hours}`,
      `${f.days}: ${hours} ÷ ${formatNumber(r.gpus, lang)}${NBSP}GPU ÷ 24${NBSP}h = ${formatNumber(r.days, lang, { maxFractionDigits: 1 })}${NBSP}${m.whatif.days}`,
    ],
    cost:
      cost && r.price
        ? `${f.cost}: ${hours} × ${formatUnitValue(r.price.usdPerGpuHour, 'USD/GPU-hour', lang)} = ${usd}` +
          (cost.rate ? ` ÷ ${formatUnitValue(cost.rate.usdPerEur.value, 'USD/EUR', lang)} = ${formatMoneyShort(cost.value / 1e6, 'EUR', lang)}` : '')
        : null,
    energy: r.tdp && r.energyMwh !== null ? `${f.energy}: ${hours} × ${formatUnitValue(r.tdp.figure.value, 'W', lang)} × PUE ${formatNumber(r.pue, lang)} = ${energyText(r.energyMwh, lang)}` : null,
  };
}

/** What is assumed and why, shown right by the result. */
export function whatifNotes(d: Dataset, r: WhatIfResult, cost: Cost | null, lang: Lang, m: Messages): string[] {
  const w = m.whatif;
  const { sourceById } = indexDataset(d);
  const peaks = new Map<string, [Hardware, Figure]>([[r.hardware.id, [r.hardware, r.peak]]]);
  if (r.compute.kind === 'gpu-hours') peaks.set(r.compute.hardware.id, [r.compute.hardware, r.compute.peak]);
  const notes = [...peaks.values()]
    .filter(([, f]) => f.qualifier === 'at-most' || f.confidence === 'estimate')
    .map(([h, f]) => `${w.peakAssumed(h.shortName, `${figureText(f, lang)} (${w.bases[r.basis]})`, sourceById.get(f.source)?.title ?? f.source)}${f.note ? ` ${w.dataNote(f.note)}` : ''}`);
  if (r.fp8MissingOn.length) notes.push(w.fp8Fallback(r.fp8MissingOn.map((h) => h.shortName).join(', ')));
  const count = r.countFigure;
  if (count?.high !== undefined) notes.push(w.countRange(formatNumber(count.value, lang), formatNumber(count.high, lang)));
  if (r.tdp?.isAssumed) notes.push(w.tdpAssumed(r.hardware.shortName, formatUnitValue(r.tdp.figure.value, 'W', lang), r.tdp.from.shortName));
  if (!r.tdp) notes.push(w.noTdp);
  if (r.price?.row) notes.push(w.priceDefault(formatUnitValue(r.price.usdPerGpuHour, 'USD/GPU-hour', lang), labelIn(r.price.row, lang)));
  if (!r.price) notes.push(w.noPrice);
  if (cost?.rate) notes.push(w.rateUsed(formatUnitValue(cost.rate.usdPerEur.value, 'USD/EUR', lang), formatDate(cost.rate.date, lang)));
  return notes;
}

export type Origin = 'data' | 'assumption' | 'chosen';
export interface WhatIfItem {
  id: string;
  label: string;
  value: number;
  unit: string;
  text: string;
  origin: Origin;
  figure?: Figure;
  note?: string;
}

/** Every input with its origin, then the outputs: the "how this is computed" list, table and CSV. */
export function whatifItems(r: WhatIfResult, cost: Cost | null, lang: Lang, m: Messages): { inputs: WhatIfItem[]; outputs: WhatIfItem[] } {
  const w = m.whatif;
  const i = w.items;
  const basis = w.bases[r.basis];
  const data = (id: string, label: string, figure: Figure, text = figureText(figure, lang)): WhatIfItem => ({ id, label, value: figure.value, unit: figure.unit, text, origin: 'data', figure });
  const own = (id: string, label: string, value: number, unit: string, text: string, isDefault: boolean, note: string): WhatIfItem =>
    ({ id, label, value, unit, text, origin: isDefault ? 'assumption' : 'chosen', note: isDefault ? note : w.chosenNote });
  const mfuNote = w.mfuNote(pct(r.sourceMfu, lang));
  const c = r.compute;
  const inputs: WhatIfItem[] = [
    c.kind === 'gpu-hours' ? data('compute', i.compute, c.figure, `${figureText(c.figure, lang)} (${c.hardware.shortName})`) : data('compute', i.compute, c.figure),
    ...(c.kind === 'gpu-hours'
      ? [data('source-peak', i.sourcePeak(c.hardware.shortName, basis), c.peak), own('source-mfu', i.sourceMfu, Number((r.sourceMfu * 100).toFixed(2)), '%', pct(r.sourceMfu, lang), true, mfuNote)]
      : []),
    r.countFigure ? data('gpus', i.gpus(r.hardware.shortName), r.countFigure) : own('gpus', i.gpus(r.hardware.shortName), r.gpus, 'accelerators', formatNumber(r.gpus, lang), false, ''),
    data('target-peak', i.targetPeak(r.hardware.shortName, basis), r.peak),
    own('target-mfu', i.targetMfu, Number((r.mfu * 100).toFixed(2)), '%', pct(r.mfu, lang), r.isMfuDefault, w.mfuSame),
    ...(r.price ? [r.price.row ? data('price', i.price, r.price.row.usdPerGpuHour) : own('price', i.price, r.price.usdPerGpuHour, 'USD/GPU-hour', formatUnitValue(r.price.usdPerGpuHour, 'USD/GPU-hour', lang), false, '')] : []),
    ...(cost?.rate ? [data('rate', i.rate, cost.rate.usdPerEur)] : []),
    ...(r.tdp ? [{ ...data('tdp', i.tdp(r.hardware.shortName), r.tdp.figure), note: r.tdp.isAssumed ? w.tdpFrom(r.tdp.from.shortName) : undefined }] : []),
    own('pue', i.pue, r.pue, 'PUE', formatNumber(r.pue, lang), r.isPueDefault, w.pueNote),
  ];
  const out = (id: string, label: string, value: number, unit: string, text: string): WhatIfItem => ({ id, label, value, unit, text, origin: 'data' });
  const outputs = [
    out('days', i.days(r.system.shortName), r.days, 'days', formatDays(r.days, lang, m)),
    out('work', i.work, r.flop, 'FLOP', formatFlop(r.flop, lang)),
    out('gpu-hours', i.gpuHours(r.hardware.shortName), r.gpuHours / 1e6, 'M GPU-hours', hoursText(r.gpuHours, lang)),
    ...(cost ? [out('cost', i.cost, cost.value / 1e6, cost.currency === 'EUR' ? 'M EUR' : 'M USD', formatMoneyLong(cost.value / 1e6, cost.currency, lang))] : []),
    ...(r.energyMwh !== null ? [out('energy', i.energy, r.energyMwh, 'MWh', energyText(r.energyMwh, lang))] : []),
  ];
  return { inputs, outputs };
}

/** The target, the model's own run, then the reference systems: each computed with the same inputs. */
export function whatifBarResults(d: Dataset, input: WhatIfInput, r: WhatIfResult): WhatIfResult[] {
  const targets = new Set(whatifTargets(d).map((s) => s.id));
  const ids = [...new Set([r.model.trainedOn ?? '', ...REFERENCE_SYSTEMS])].filter((id) => id !== r.system.id && targets.has(id));
  const others = ids.flatMap((id) => {
    const o = resolveWhatIf(d, { ...input, systemId: id, gpus: null });
    return o.ok ? [o] : [];
  });
  return [r, ...others];
}

export function whatifBars(d: Dataset, bars: readonly WhatIfResult[], lang: Lang, m: Messages): { rows: DetailedBarRow[]; points: DataPoint[] } {
  const w = m.whatif;
  const rows: DetailedBarRow[] = [];
  const points: DataPoint[] = [];
  bars.forEach((b, idx) => {
    const isTarget = idx === 0;
    const label = isTarget ? `${b.system.shortName} (${w.hypothetical})` : b.system.shortName;
    const sublabel = `${formatNumber(b.gpus, lang)} × ${b.hardware.shortName}${b.system.id === b.model.trainedOn ? ` · ${w.ownRun}` : ''}`;
    const days = formatDays(b.days, lang, m);
    const confidence: Confidence = isTarget ? weakestConfidence(b.confidence, 'estimate') : b.confidence;
    const figures = [b.compute.figure, b.peak, ...(b.compute.kind === 'gpu-hours' ? [b.compute.peak] : []), ...(b.countFigure ? [b.countFigure] : [])];
    const point: DataPoint = {
      id: `days-${b.system.id}`,
      name: w.items.days(label),
      value: b.days,
      unit: 'days',
      asOf: '',
      confidence,
      sources: figureSources(d, figures),
      notes: [],
      columns: [{ key: 'origin', label: w.origin, value: isTarget ? w.hypothetical : w.roles.reference, raw: isTarget ? 'hypothetical' : 'reference' }],
    };
    points.push(point);
    rows.push({
      id: b.system.id,
      label,
      sublabel,
      value: b.days,
      confidence,
      valueLabel: days,
      isHypothetical: isTarget,
      isHighlighted: isTarget,
      details: pointDetails({ ...point, columns: [] }, `~${days} (${sublabel})`, lang, m).filter((x) => x.label !== m.detail.asOf),
      ariaLabel: `${label}: ~${days}, ${sublabel}, ${m.confidences[confidence].toLowerCase()}`,
    });
  });
  return { rows, points };
}

export function itemPoint(d: Dataset, item: WhatIfItem, sources: Source[], m: Messages): DataPoint {
  return {
    id: item.id,
    name: item.label,
    value: item.value,
    unit: item.unit,
    asOf: item.figure?.asOf ?? '',
    confidence: item.figure?.confidence ?? 'estimate',
    sources: item.figure ? figureSources(d, [item.figure]) : sources,
    notes: [item.note, item.figure?.note].filter((n): n is string => Boolean(n)),
    columns: [{ key: 'origin', label: m.whatif.origin, value: m.whatif.origins[item.origin], raw: item.origin }],
  };
}

export interface ConversionRow {
  hardware: Hardware;
  roles: ('source' | 'target' | 'reference')[];
  sources: Source[];
}
/** The accelerators in play: the source run's, the target's, then the reference bars'. */
export function conversionRows(d: Dataset, bars: readonly WhatIfResult[]): ConversionRow[] {
  const [r] = bars;
  if (!r) return [];
  const rows = new Map<string, ConversionRow>();
  const add = (hw: Hardware, role: ConversionRow['roles'][number]) => {
    const row = rows.get(hw.id) ?? { hardware: hw, roles: [], sources: figureSources(d, ([hw.bf16DenseTflops, hw.fp8DenseTflops, hw.tdpW] as (Figure | undefined)[]).filter((f): f is Figure => f !== undefined)) };
    if (!row.roles.includes(role)) row.roles.push(role);
    rows.set(hw.id, row);
  };
  if (r.compute.kind === 'gpu-hours') add(r.compute.hardware, 'source');
  add(r.hardware, 'target');
  for (const b of bars.slice(1)) add(b.hardware, 'reference');
  return [...rows.values()];
}

