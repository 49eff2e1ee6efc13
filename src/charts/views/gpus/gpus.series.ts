/**
 * GPUs per system: dataset + view options → sorted, sourced points and the bar rows drawn from
 * them. Pure: no React, no URL.
 */
import { isolate } from '../../../data/text.ts';
import type { Dataset, OwnerType, Region, SystemKind } from '../../../data/schema.ts';
import { indexDataset } from '../../../data/indexes.ts';
import { formatCompact, formatNumber, qualifierMark, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { systemMetric, type SystemMetric } from '../../../metrics/systemMetrics.ts';
import type { DetailedBarRow } from '../../kinds/BarChart.tsx';
import { figureNotes, figureSources, pointDetails, type DataPoint } from '../../frame/dataPoint.ts';

export interface GpuOptions {
  metric: SystemMetric;
  regions: readonly Region[];
  owners: readonly OwnerType[];
  kinds: readonly SystemKind[];
  /** Explicit selection; empty means every system with a value. */
  ids: readonly string[];
  highlight: string | null;
  /** Set in the what-if view: its target is marked, and a custom count adds a hypothetical bar. */
  whatif?: GpuWhatIf;
}

export interface GpuWhatIf {
  systemId: string;
  /** Shown under the target's label (or the hypothetical bar's): the what-if result in short. */
  note: string;
  customCount?: number;
  customName?: string;
}

/** The hypothetical bar's id: never a dataset id, so it can be told apart (and never put in the URL). */
export const whatifPointId = (systemId: string) => `${systemId}--whatif`;

/** A system's value with the accelerator's name kept typed (for the mark's accessible name). */
export interface GpuPoint extends DataPoint {
  acceleratorName?: string | undefined;
}

export function gpuPoints(d: Dataset, o: GpuOptions, m: Messages): GpuPoint[] {
  const { hardwareById } = indexDataset(d);
  const selected = new Set(o.ids);
  const points: GpuPoint[] = [];
  for (const s of d.systems) {
    if (selected.size && !selected.has(s.id)) continue;
    if (o.regions.length && !o.regions.includes(s.region)) continue;
    if (o.owners.length && !o.owners.includes(s.ownerType)) continue;
    if (o.kinds.length && !o.kinds.includes(s.kind)) continue;
    const v = systemMetric(s, hardwareById, o.metric);
    if (!v) continue;
    const hw = s.accelerator ? hardwareById.get(s.accelerator) : undefined;
    const count = s.acceleratorCount!;
    const point: GpuPoint = {
      acceleratorName: hw?.shortName,
      id: s.id,
      name: s.shortName,
      value: v.value,
      // A reported range (e.g. 1,024–2,048 GPUs) scales like the count.
      high: count.high === undefined ? undefined : (v.value * count.high) / count.value,
      unit: v.unit,
      qualifier: v.qualifier,
      asOf: v.asOf,
      confidence: v.confidence,
      sources: figureSources(d, v.inputs),
      notes: figureNotes(v.inputs),
      columns: [
        { key: 'accelerator', label: m.detail.accelerator, value: hw?.shortName ?? '—', raw: s.accelerator ?? '' },
        { key: 'kind', label: m.kind, value: m.kinds[s.kind], raw: s.kind },
      ],
    };
    points.push(point);
    const w = o.whatif;
    if (w?.systemId === s.id && w.customCount !== undefined) {
      // The same system with the what-if's own count: hypothetical, so an estimate, and the count's note no longer applies.
      const custom = { ...count, value: w.customCount, high: undefined, qualifier: undefined };
      const hv = systemMetric({ ...s, acceleratorCount: custom }, hardwareById, o.metric);
      if (hv) points.push({ ...point, id: whatifPointId(s.id), name: w.customName ?? s.shortName, value: hv.value, high: undefined, confidence: 'estimate', notes: [] });
    }
  }
  return points.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

export function formatMetric(value: number, metric: SystemMetric, lang: Lang): string {
  if (metric === 'accelerators') return formatNumber(Math.round(value), lang);
  if (metric === 'bf16') return formatNumber(value, lang, { maxFractionDigits: value < 100 ? 1 : 0 });
  return formatNumber(Math.round(value), lang);
}

export function gpuRows(points: readonly GpuPoint[], o: GpuOptions, lang: Lang, m: Messages): DetailedBarRow[] {
  return points.map((p) => {
    const number = p.high !== undefined ? `${formatMetric(p.value, o.metric, lang)}–${formatMetric(p.high, o.metric, lang)}` : formatMetric(p.value, o.metric, lang);
    // An upper bound or approximate input says so; an estimate without a qualifier still reads "~".
    const mark = qualifierMark(p.qualifier) || (p.confidence === 'estimate' ? '~' : '');
    const valueLabel = mark + number;
    const valueText = `${valueLabel} ${m.metricUnits[o.metric]}`;
    const accelerator = p.acceleratorName;
    const w = o.whatif;
    const whatifNote = w && (p.id === whatifPointId(w.systemId) || (p.id === w.systemId && w.customCount === undefined)) ? w.note : undefined;
    return {
      id: p.id,
      label: p.name,
      value: p.value,
      high: p.high,
      confidence: p.confidence,
      valueLabel,
      sublabel: whatifNote,
      isHighlighted: p.id === o.highlight || p.id === w?.systemId,
      isHypothetical: w !== undefined && p.id === whatifPointId(w.systemId),
      details: [...pointDetails(p, valueText, lang, m), ...(whatifNote ? [{ label: m.views.whatif, value: whatifNote }] : [])],
      ariaLabel: `${p.name}: ${valueText}${accelerator ? ` (${accelerator})` : ''}, ${m.confidences[p.confidence].toLowerCase()}, ${p.sources.map((s) => s.publisher).join('; ')}${whatifNote ? `. ${whatifNote}` : ''}`,
    };
  });
}

export const gpuTick = (lang: Lang) => (v: number) => formatCompact(v, lang);

/** The generated text alternative: what is compared, the largest and the smallest. */
export function gpuDescription(points: readonly DataPoint[], o: GpuOptions, lang: Lang, m: Messages): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return m.emptyGpus;
  const unit = m.metricUnits[o.metric];
  const top = `${m.largest(isolate(first.name), `${formatMetric(first.value, o.metric, lang)} ${unit}`)} ${
    points.length > 1 ? m.smallest(isolate(last.name), `${formatMetric(last.value, o.metric, lang)} ${unit}`) : ''
  }`.trim();
  return m.chartAlt.gpus(top, points.length, m.metrics[o.metric].toLowerCase());
}
