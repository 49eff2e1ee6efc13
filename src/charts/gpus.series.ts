/**
 * GPUs per system: dataset + view options → sorted, sourced points and the bar rows drawn from
 * them. Pure: no React, no URL.
 */
import type { Dataset, OwnerType, Region, SystemKind } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { formatCompact, formatNumber, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { systemMetric, type SystemMetric } from '../metrics/systemMetrics.ts';
import type { DetailedBarRow } from './BarChart.tsx';
import { figureNotes, figureSources, pointDetails, type DataPoint } from './chartData.ts';

export interface GpuOptions {
  metric: SystemMetric;
  regions: readonly Region[];
  owners: readonly OwnerType[];
  kinds: readonly SystemKind[];
  /** Explicit selection; empty means every system with a value. */
  ids: readonly string[];
  highlight: string | null;
}

export function gpuPoints(d: Dataset, o: GpuOptions, m: Messages): DataPoint[] {
  const { hardwareById } = indexDataset(d);
  const selected = new Set(o.ids);
  const points: DataPoint[] = [];
  for (const s of d.systems) {
    if (selected.size && !selected.has(s.id)) continue;
    if (o.regions.length && !o.regions.includes(s.region)) continue;
    if (o.owners.length && !o.owners.includes(s.ownerType)) continue;
    if (o.kinds.length && !o.kinds.includes(s.kind)) continue;
    const v = systemMetric(s, hardwareById, o.metric);
    if (!v) continue;
    const hw = s.accelerator ? hardwareById.get(s.accelerator) : undefined;
    const count = s.acceleratorCount!;
    points.push({
      id: s.id,
      name: s.shortName,
      value: v.value,
      // A reported range (e.g. 1,024–2,048 GPUs) scales like the count.
      high: count.high === undefined ? undefined : (v.value * count.high) / count.value,
      unit: v.unit,
      asOf: v.asOf,
      confidence: v.confidence,
      sources: figureSources(d, v.inputs),
      notes: figureNotes(v.inputs),
      extra: [
        { key: 'accelerator', label: m.detail.accelerator, value: hw?.shortName ?? '—', raw: s.accelerator ?? '' },
        { key: 'kind', label: m.kind, value: m.kinds[s.kind], raw: s.kind },
      ],
    });
  }
  return points.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

export function formatMetric(value: number, metric: SystemMetric, lang: Lang): string {
  if (metric === 'accelerators') return formatNumber(Math.round(value), lang);
  if (metric === 'bf16') return formatNumber(value, lang, { maxFractionDigits: value < 100 ? 1 : 0 });
  return formatNumber(Math.round(value), lang);
}

export function gpuRows(points: readonly DataPoint[], o: GpuOptions, lang: Lang, m: Messages): DetailedBarRow[] {
  return points.map((p) => {
    const valueLabel =
      (p.high !== undefined ? `${formatMetric(p.value, o.metric, lang)}–${formatMetric(p.high, o.metric, lang)}` : formatMetric(p.value, o.metric, lang)) +
      (p.confidence === 'estimate' ? ' ~' : '');
    const valueText = `${valueLabel.replace(' ~', '')} ${m.metricUnits[o.metric]}`;
    const accelerator = p.extra.find((e) => e.key === 'accelerator')?.value;
    return {
      id: p.id,
      label: p.name,
      value: p.value,
      high: p.high,
      confidence: p.confidence,
      valueLabel,
      sublabel: undefined,
      isHighlighted: p.id === o.highlight,
      details: pointDetails(p, valueText, lang, m),
      ariaLabel: `${p.name}: ${valueText}${accelerator && accelerator !== '—' ? ` (${accelerator})` : ''}, ${m.confidences[p.confidence].toLowerCase()}, ${p.sources.map((s) => s.publisher).join('; ')}`,
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
  const top = `${m.largest(first.name, `${formatMetric(first.value, o.metric, lang)} ${unit}`)} ${
    points.length > 1 ? m.smallest(last.name, `${formatMetric(last.value, o.metric, lang)} ${unit}`) : ''
  }`.trim();
  return m.chartAlt.gpus(top, points.length, m.metrics[o.metric].toLowerCase());
}
