/**
 * "Where the compute is" in its frame: known H100-equivalents over time by region or sector,
 * absolute or as shares (`group=`, `share=1`), with Epoch's coverage caveat, Spain's and the EU's
 * part, and how many running clusters have no figure — all as frame notices, so the image and
 * the embed carry them too. Every number comes from Epoch's data (WorldGate loads it).
 */
import { useMemo } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { formatCompact, formatDate, formatInteger, formatPercent, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { quarterOf } from '../../../metrics/months.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import type { DataPoint } from '../../frame/dataPoint.ts';
import { StackedAreaChart } from '../../kinds/StackedAreaChart.tsx';
import type { StackColumn, StackedAreaFormats, StackSeries } from '../../kinds/stackedArea.layout.ts';
import type { PanelProps } from '../../panelProps.ts';
import { epochSource } from '../world/epochSource.ts';
import { coverageCaveat } from '../world/coverage.ts';
import { sectorColour } from '../world/sectorMarks.tsx';
import { dateTick } from '../world/timeFormats.ts';
import { WorldGate } from '../world/useWorld.tsx';
import { euCallout, groupKeys, whereColumns, type EuCallout, type WhereColumn, type WhereGroup } from './where.series.ts';
import { formatH100e, h100eFrameProps } from '../world/h100e.ts';

export function WherePanel(props: PanelProps) {
  return (
    <WorldGate m={props.m} loading={props.m.where.loading}>
      {(world) => <WhereFrame {...props} world={world} />}
    </WorldGate>
  );
}

/** Spain orange, the rest of the EU blue: the two the post cares about stand apart from the US, China and others. */
const REGION_COLOUR: Record<string, string> = {
  spain: 'var(--c-cat-1)',
  'rest-of-eu': 'var(--c-cat-0)',
  us: 'var(--c-cat-3)',
  china: 'var(--c-cat-4)',
  others: 'var(--c-cat-2)',
};

export function whereSeries(group: WhereGroup, m: Messages, unknownSector: string): StackSeries[] {
  return groupKeys(group).map((key) => ({
    key,
    label: group === 'region' ? m.clusters.regions[key as keyof Messages['clusters']['regions']] : key === 'unknown' ? unknownSector : m.clusters.sectors[key as keyof Messages['clusters']['sectors']],
    colour: group === 'region' ? REGION_COLOUR[key]! : key === 'unknown' ? 'var(--c-cat-2)' : sectorColour(key as 'public'),
  }));
}

const quarterLabel = (col: WhereColumn, lang: Lang, w: Messages['where']) => {
  const { year, q } = quarterOf(col.month);
  return `${w.quarter(q, year)} (${formatDate(col.date, lang)})`;
};

/** "EE. UU. 62 %, China 20 %…": each group's part of a column, largest first. */
function partsText(col: WhereColumn, series: readonly StackSeries[], lang: Lang): string {
  return series
    .filter((s) => (col.totals[s.key] ?? 0) > 0)
    .sort((a, b) => (col.totals[b.key] ?? 0) - (col.totals[a.key] ?? 0))
    .map((s) => `${s.label} ${formatPercent((col.totals[s.key] ?? 0) / col.total, lang)}`)
    .join(', ');
}

export function calloutText(c: EuCallout, lang: Lang, w: Messages['where']): string {
  const share = (v: number) => formatPercent(c.total ? v / c.total : 0, lang);
  return w.callout(formatDate(c.date, lang), share(c.spain), formatH100e(c.spain, lang), share(c.eu), formatH100e(c.eu, lang));
}

export function WhereFrame(props: PanelProps & { world: WorldData }) {
  const { state, lang, m, world } = props;
  const w = m.where;
  const group = state.whereGroup;
  const isShare = state.isShare;
  const cols = useMemo(() => whereColumns(world, group), [world, group]);
  const callout = useMemo(() => euCallout(world), [world]);
  const series = useMemo(() => whereSeries(group, m, w.unknownSector), [group, m, w]);
  const source = useMemo(() => epochSource('gpu-clusters', lang), [lang]);

  const columns = useMemo(
    () =>
      cols.map((col): StackColumn => {
        const label = quarterLabel(col, lang, w);
        const parts = [...series].reverse().map((s) => {
          const v = col.totals[s.key] ?? 0;
          return { label: s.label, value: `${formatH100e(v, lang)} · ${formatPercent(col.total ? v / col.total : 0, lang)}` };
        });
        return {
          id: col.month,
          date: col.date,
          label,
          values: col.totals,
          details: [{ label: w.total, value: formatH100e(col.total, lang) }, ...parts],
          ariaLabel: w.column(label, formatInteger(col.total, lang), partsText(col, series, lang)),
        };
      }),
    [cols, series, lang, w],
  );

  const points = useMemo(
    () =>
      cols.flatMap((col) =>
        series.map((s): DataPoint => {
          const v = col.totals[s.key] ?? 0;
          return {
            id: `${col.date}-${s.key}`,
            name: s.label,
            value: v,
            unit: 'H100-equivalents',
            asOf: col.date,
            // A sum of Epoch's H100e figures, most of them estimates.
            confidence: 'estimate',
            sources: [source],
            notes: [],
            columns: [
              { key: 'group', label: w.group, value: s.label, raw: s.key },
              { key: 'share', label: w.share, value: formatPercent(col.total ? v / col.total : 0, lang), raw: String(col.total ? v / col.total : 0) },
              { key: 'known_total', label: w.total, value: formatInteger(col.total, lang), raw: String(col.total) },
              { key: 'clusters_without_h100e', label: w.withoutFigure, value: formatInteger(col.withoutFigure, lang), raw: String(col.withoutFigure) },
            ],
          };
        }),
      ),
    [cols, series, source, lang, w, m],
  );

  const formats = useMemo<StackedAreaFormats>(
    () => ({ x: (d) => dateTick(d, lang), y: (v) => (isShare ? formatPercent(v, lang, 0) : formatCompact(v, lang)) }),
    [lang, isShare],
  );

  const last = cols.at(-1);
  const groupName = w.groups[group];
  const title = isShare ? w.titleShare(groupName) : w.title(groupName);
  const from = cols[0] ? formatDate(cols[0].month, lang) : '';
  const to = last ? formatDate(last.date, lang) : '';
  const callText = calloutText(callout, lang, w);
  const description = last ? w.alt(groupName, from, to, formatH100e(last.total, lang), partsText(last, series, lang), callText) : w.empty;
  const notices = [
    coverageCaveat(lang),
    callText,
    ...(last?.withoutFigure ? [w.leftOut(formatInteger(last.withoutFigure, lang), to)] : []),
  ].filter((n): n is string => !!n);

  return (
    <ChartFrame
      title={title}
      subtitle={w.subtitle(from, to)}
      notices={notices}
      points={points}
      {...h100eFrameProps(source, lang)}
      csvName={`compute-atlas-where-${group}`}
      chart="where"
      altText={description}
      {...frameProps(props)}
      empty={columns.length ? undefined : w.empty}
    >
      {(width) => (
        <StackedAreaChart
          series={series}
          columns={columns}
          isShare={isShare}
          width={width}
          formats={formats}
          title={title}
          description={description}
          xLabel={w.quarterAxis}
          yLabel={isShare ? w.axisShare : w.axis}
        />
      )}
    </ChartFrame>
  );
}
