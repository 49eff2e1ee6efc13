/**
 * "Clusters over time" in its frame: Epoch's clusters as marks, trends and frontier, with the
 * coverage caveat and Epoch's credit on the chart, its image, embed and CSV. Takes the world data
 * already loaded (WorldGate.tsx loads it); every figure and sentence comes from the data.
 */
import { useCallback, useMemo } from 'react';
import type { Source } from '../../../data/schema.ts';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { epochCreditLine, epochSource } from '../world/epochSource.ts';
import { isolate } from '../../../data/text.ts';
import { indexDataset } from '../../../data/indexes.ts';
import { countryName, formatCompact, formatDate, formatInteger, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import type { DataPoint } from '../../frame/dataPoint.ts';
import type { DetailLine } from '../../kit/detail.ts';
import type { PanelProps } from '../../panelProps.ts';
import { coverageCaveat } from '../world/coverage.ts';
import { ClustersChart } from './ClustersChart.tsx';
import { clustersLayoutInput, clusterYear, trendSentence } from './clusters.input.ts';
import { clustersFits, clustersSeries, drawableClusters, shownStatuses, type ClusterDatum, type ClustersSeries } from './clusters.series.ts';
import { formatH100e, h100eFrameProps } from '../world/h100e.ts';

/**
 * A matched field's value for reading, in the page's language: numbers and dates formatted, a
 * country named from its ISO code (both sides carry one), a sector in words; names of things as
 * they are.
 */
function matchValue(field: string, v: string | number, lang: Lang, m: Messages): string {
  if (typeof v === 'number') return formatInteger(v, lang);
  if (field === 'country') return countryName(v, lang);
  if (field === 'sector') return (m.clusters.sectors as Record<string, string>)[v] ?? v;
  return /^\d{4}(-\d{2}){0,2}$/.test(v) ? formatDate(v, lang) : v;
}

function details(d: ClusterDatum, world: WorldData, lang: Lang, m: Messages, sourceTitle: (id: string) => string | undefined): DetailLine[] {
  const c = m.clusters;
  const k = d.cluster;
  const lines: DetailLine[] = [
    { label: m.detail.value, value: formatH100e(d.h100e, lang) },
    { label: c.detail.date, value: formatDate(d.date, lang) },
    { label: c.detail.sector, value: d.sector ? c.sectors[d.sector] : c.noSector },
    { label: c.detail.status, value: c.statuses[d.status] },
    { label: c.detail.certainty, value: `${c.certainties[d.certainty]} (Epoch: ${k.epochCertainty})` },
    { label: c.detail.country, value: placeName(k, lang, m) },
  ];
  if (k.owner) lines.push({ label: c.detail.owner, value: k.owner });
  if (k.chip) lines.push({ label: c.detail.chip, value: k.chip });
  lines.push({ label: c.detail.standard, value: k.isStandardAnalysis ? c.detail.yes : c.detail.no });
  if (d.isPostSystem) lines.push({ label: c.detail.epochRow, value: k.name });
  // Where the curated data and Epoch disagree, both values, each with its source.
  for (const f of world.matches.find((x) => x.epochId === k.id)?.fields ?? [])
    if (f.verdict === 'different' && f.curated && f.epoch) {
      const label = (c.matchField as Record<string, string>)[f.field] ?? f.field;
      const atlas = matchValue(f.field, f.curated.value, lang, m);
      const epoch = matchValue(f.field, f.epoch.value, lang, m);
      const by = sourceTitle(f.curated.source);
      lines.push({ label, value: by ? c.disagree(atlas, by, epoch) : c.disagreeUnsourced(atlas, epoch) });
    }
  lines.push({ label: m.detail.source, value: epochCreditLine(lang) });
  return lines;
}

/** The country in the page's language and the atlas's region ("Francia · Resto de la UE"); Spain once. */
function placeName(k: ClusterDatum['cluster'], lang: Lang, m: Messages): string {
  const country = countryName(k.countryCode, lang);
  const region = m.clusters.regions[k.region];
  return country === region ? country : `${country} · ${region}`;
}

/** `make` once per cluster row (the datum is rebuilt by every filter, its row is not). */
function perCluster<T>(make: (d: ClusterDatum) => T): (d: ClusterDatum) => T {
  const made = new WeakMap<ClusterDatum['cluster'], T>();
  return (d) => {
    let v = made.get(d.cluster);
    if (v === undefined) made.set(d.cluster, (v = make(d)));
    return v;
  };
}

function toPoint(d: ClusterDatum, source: Source, lang: Lang, m: Messages): DataPoint {
  const k = d.cluster;
  const c = m.clusters;
  const column = (key: string, label: string, raw: string, value = raw) => ({ key, label, value, raw });
  return {
    id: d.id,
    name: d.name,
    value: d.h100e,
    unit: 'H100-equivalents',
    asOf: d.date,
    confidence: k.h100e!.confidence,
    sources: [source],
    notes: [],
    columns: [
      column('sector', c.detail.sector, d.sector ?? '', d.sector ? c.sectors[d.sector] : c.noSector),
      column('status', c.detail.status, d.status, c.statuses[d.status]),
      column('epoch_certainty', c.detail.certainty, k.epochCertainty),
      // The page's language on screen; Epoch's own English name in the CSV.
      column('country', c.detail.country, k.country ?? '', countryName(k.countryCode, lang)),
      column('region', c.region, k.region, c.regions[k.region]),
      column('chip_vendor', c.vendor, k.chipVendor),
      column('standard_analysis', c.detail.standard, String(k.isStandardAnalysis)),
      column('epoch_name', c.detail.epochRow, k.name),
      column('epoch_sources', m.detail.source, k.source.sourceUrls.join(' ')),
    ],
  };
}

export function clustersDescription(series: ClustersSeries, lang: Lang, m: Messages): string {
  const { data } = series;
  if (!data.length) return m.clusters.empty;
  let largest = data[0]!;
  for (const d of data) if (d.h100e > largest.h100e) largest = d;
  const trends = series.trends.map((t) => trendSentence(t.sector, t.fit, lang, m)).join('. ');
  return m.clusters.alt(
    data.length,
    formatInteger(data.length, lang),
    formatDate(data[0]!.date, lang),
    formatDate(data.at(-1)!.date, lang),
    `${isolate(largest.name)} (${formatH100e(largest.h100e, lang)}, ${formatDate(largest.date, lang)})`,
    trends ? `${trends}.` : '',
  );
}

export function ClustersPanel(props: PanelProps & { world: WorldData }) {
  const { world, dataset, state, lang, m } = props;
  const c = m.clusters;
  const { worldRegions, sectors, statuses, certainties, vendors, trendSelection, pins } = state;
  // Kept across sector, status and pin changes: the fits are most of a filter's work.
  const fits = useMemo(() => clustersFits(world, { worldRegions, certainties, vendors, trendSelection }), [world, worldRegions, certainties, vendors, trendSelection]);
  // Every mark any filter may show, made once and already in date order: a filter picks from
  // them, so it sorts nothing and each mark keeps its datum (its memoised element compares less).
  const drawable = useMemo(() => drawableClusters(world, dataset, pins), [world, dataset, pins]);
  const series = useMemo(
    () => clustersSeries(world, dataset, { worldRegions, sectors, statuses, certainties, vendors, trendSelection, pins }, fits, drawable),
    [world, dataset, worldRegions, sectors, statuses, certainties, vendors, trendSelection, pins, fits, drawable],
  );
  const source = useMemo(() => epochSource('gpu-clusters', lang), [lang]);
  // A filter re-draws hundreds of marks: their table rows and spoken names, which depend only on
  // the cluster and the language, are made once per cluster and reused (held weakly by the row).
  const pointOf = useMemo(() => perCluster((d) => toPoint(d, source, lang, m)), [source, lang, m, dataset]);
  const labelOf = useMemo(
    () => perCluster((d) => c.markLabel(d.name, Math.round(d.h100e), formatInteger(d.h100e, lang), formatDate(d.date, lang), d.sector ? c.sectors[d.sector] : c.noSector, c.statuses[d.status], c.certainties[d.certainty])),
    [lang, c, dataset],
  );
  const points = useMemo(() => series.data.map(pointOf), [series, pointOf]);
  // Per mark of the chart, which holds the whole frame (filtered-out marks hidden in place).
  const labels = useMemo(() => series.frame.map(labelOf), [series.frame, labelOf]);
  // Tooltip lines only for the mark the reader points at.
  const detailsOf = useCallback((i: number) => {
    const d = series.frame[i];
    // Who says it: a publisher is a proper name, the same in every language (titles stay in English).
    return d ? details(d, world, lang, m, (id) => indexDataset(dataset).sourceById.get(id)?.publisher) : [];
  }, [series, world, lang, m, dataset]);
  const showsPlanned = shownStatuses(state).includes('planned');
  const input = useMemo(() => clustersLayoutInput(series, world.snapshot, trendSelection, lang, m), [series, world.snapshot, trendSelection, lang, m]);
  const formatY = useMemo(() => (v: number) => formatCompact(v, lang), [lang]);
  const description = clustersDescription(series, lang, m);
  const notices = [
    coverageCaveat(lang) ?? '',
    ...(showsPlanned ? [c.plannedNote] : []),
    ...(series.notDrawn.length ? [c.notShown(series.notDrawn.length, formatInteger(series.notDrawn.length, lang))] : []),
  ].filter(Boolean);

  return (
    <ChartFrame
      title={c.title}
      subtitle={c.subtitle(series.data.length, formatInteger(series.data.length, lang))}
      notices={notices}
      points={points}
      {...h100eFrameProps(source, lang)}
      csvName="compute-atlas-clusters"
      chart="clusters"
      altText={description}
      {...frameProps(props)}
      empty={series.data.length ? undefined : c.empty}
    >
      {(width) => (
        <ClustersChart
          input={input}
          width={width}
          formatX={clusterYear}
          formatY={formatY}
          labels={labels}
          detailsOf={detailsOf}
          title={c.title}
          description={description}
          xLabel={c.xAxis}
          yLabel={c.yAxis}
        />
      )}
    </ChartFrame>
  );
}
