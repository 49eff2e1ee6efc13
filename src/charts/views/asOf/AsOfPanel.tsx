/**
 * "As of a date" in its frame: the largest known clusters running at a month's end, by sector
 * (colour and pattern), the post's systems always shown and marked, and sentences on where they
 * ranked when they opened and then. Every figure comes from Epoch's data (WorldGate loads it).
 */
import { useMemo } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { isolate } from '../../../data/text.ts';
import { countryName, formatDate, formatInteger, formatOrdinal, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import type { DataPoint } from '../../frame/dataPoint.ts';
import { BarChart, type DetailedBarRow } from '../../kinds/BarChart.tsx';
import type { PanelProps } from '../../panelProps.ts';
import { epochSource } from '../world/epochSource.ts';
import { SectorKey, type SectorKeyEntry } from '../world/SectorKey.tsx';
import { SectorPatterns, SECTOR_ORDER, sectorStyle } from '../world/sectorMarks.tsx';
import { WorldGate } from '../world/useWorld.tsx';
import { coverageCaveat } from '../world/coverage.ts';
import { alwaysShownIds, asOfMonths, asOfView, resolveMonth, TOP_N, type AsOfBar, type AsOfView } from './asOf.series.ts';
import { formatH100e, h100eFrameProps } from '../world/h100e.ts';

export function AsOfPanel(props: PanelProps) {
  return (
    <WorldGate m={props.m} loading={props.m.asOf.loading}>
      {(world) => <AsOfFrame {...props} world={world} />}
    </WorldGate>
  );
}

type SectorRow = DetailedBarRow & { bar: AsOfBar };

// Module-level, so the bar chart's memoised bars keep their props between renders.
const sectorFill = (uid: string, row: DetailedBarRow) => sectorStyle(uid, (row as SectorRow).bar.sector, row.isHighlighted);
const sectorDefs = (uid: string) => <SectorPatterns uid={uid} />;

/** "a final de nov 2023" / "on 17 Dec 2025": the data's last month stands for the snapshot's day. */
export function whenText(v: Pick<AsOfView, 'month' | 'day' | 'isSnapshotDay'>, lang: Lang, a: Messages['asOf']) {
  return v.isSnapshotDay ? a.onDay(formatDate(v.day, lang)) : a.atEndOf(formatDate(v.month, lang));
}

export function rankSentences(v: AsOfView, lang: Lang, a: Messages['asOf']): string[] {
  const when = whenText(v, lang, a);
  return v.sentences.map((s) => {
    const name = isolate(s.name);
    if (!s.opened || !s.atOpening) return a.noRank(name);
    const opened = formatDate(s.opened.slice(0, 7), lang);
    if (!s.now) return a.notYet(name, opened, when);
    return a.openedRank(name, opened, formatOrdinal(s.atOpening.rank, lang), formatInteger(s.atOpening.of, lang), when, formatOrdinal(s.now.rank, lang), formatInteger(s.now.of, lang));
  });
}

function sectorName(bar: AsOfBar, m: Messages) {
  return bar.sector ? m.clusters.sectors[bar.sector] : m.clusters.noSector;
}

export function asOfDescription(v: AsOfView, lang: Lang, a: Messages['asOf']): string {
  const when = whenText(v, lang, a);
  const top = v.bars[0];
  if (!top) return a.empty;
  return a.alt(formatInteger(v.ranked, lang), when, a.largest(isolate(top.name), Math.round(top.h100e), formatInteger(top.h100e, lang)), rankSentences(v, lang, a).join(' ')).trim();
}

export function AsOfFrame(props: PanelProps & { world: WorldData }) {
  const { dataset, state, lang, m, world } = props;
  const a = m.asOf;
  const months = useMemo(() => asOfMonths(world), [world]);
  const month = resolveMonth(state.asOf, months);
  const always = useMemo(() => alwaysShownIds(world, dataset, state.highlight), [world, dataset, state.highlight]);
  const view = useMemo(() => asOfView(world, dataset, month, always), [world, dataset, month, always]);
  const source = useMemo(() => epochSource('gpu-clusters', lang), [lang]);
  const when = whenText(view, lang, a);

  const points = useMemo(
    () =>
      view.bars.map((b): DataPoint => ({
        id: b.id,
        name: b.name,
        value: b.h100e,
        unit: 'H100-equivalents',
        asOf: view.day,
        confidence: b.cluster.h100e!.confidence,
        sources: [source],
        notes: [],
        columns: [
          { key: 'rank', label: a.rank, value: formatOrdinal(b.rank, lang), raw: String(b.rank) },
          { key: 'ranked_of', label: a.rankedOf, value: formatInteger(view.ranked, lang), raw: String(view.ranked) },
          { key: 'sector', label: m.clusters.sector, value: sectorName(b, m), raw: b.sector ?? '' },
          { key: 'first_operational', label: a.opened, value: formatDate(b.opened, lang), raw: b.opened },
          { key: 'country', label: m.clusters.detail.country, value: countryName(b.cluster.countryCode, lang), raw: b.cluster.country ?? '' },
          { key: 'epoch_name', label: m.clusters.detail.epochRow, value: b.cluster.name, raw: b.cluster.name },
          { key: 'epoch_sources', label: m.detail.source, value: b.cluster.source.sourceUrls.join(' '), raw: b.cluster.source.sourceUrls.join(' ') },
        ],
      })),
    [view, source, lang, m, a],
  );

  const rows = useMemo(
    () =>
      view.bars.map((b): SectorRow => {
        const value = formatInteger(b.h100e, lang);
        return {
          bar: b,
          id: b.id,
          label: a.rankLabel(formatInteger(b.rank, lang), b.name),
          value: b.h100e,
          confidence: b.cluster.h100e!.confidence,
          valueLabel: value,
          isHighlighted: b.isAtlasSystem,
          details: [
            { label: m.detail.value, value: formatH100e(b.h100e, lang) },
            { label: a.rank, value: `${formatOrdinal(b.rank, lang)} / ${formatInteger(view.ranked, lang)}` },
            { label: m.clusters.sector, value: sectorName(b, m) },
            { label: a.opened, value: formatDate(b.opened, lang) },
            { label: m.clusters.detail.country, value: countryName(b.cluster.countryCode, lang) },
            ...(b.isAtlasSystem ? [{ label: m.clusters.detail.epochRow, value: b.cluster.name }] : []),
            { label: m.detail.source, value: source.title },
          ],
          ariaLabel: a.bar(formatInteger(b.rank, lang), b.name, value, sectorName(b, m), formatDate(b.opened, lang)) + (b.isAtlasSystem ? ` (${a.postMark})` : ''),
        };
      }),
    [view, lang, m, a, source],
  );

  const keyEntries = useMemo<SectorKeyEntry[]>(() => {
    const present = new Set(view.bars.map((b) => b.sector ?? 'none'));
    return [
      ...SECTOR_ORDER.filter((s) => present.has(s)).map((s) => ({ sector: s, label: m.clusters.sectors[s] })),
      ...(present.has('none') ? [{ sector: undefined, label: m.clusters.noSector }] : []),
    ];
  }, [view, m]);

  const title = a.title(when);
  const description = asOfDescription(view, lang, a);
  const notices = [
    ...rankSentences(view, lang, a),
    ...(view.withoutFigure ? [a.withoutFigure(view.withoutFigure, formatInteger(view.withoutFigure, lang))] : []),
    coverageCaveat(lang),
  ].filter((n): n is string => !!n);

  return (
    <ChartFrame
      title={title}
      subtitle={a.subtitle(view.ranked, formatInteger(view.ranked, lang), when, formatInteger(TOP_N, lang))}
      notices={notices}
      points={points}
      {...h100eFrameProps(source, lang)}
      csvName={`compute-atlas-as-of-${month}`}
      chart="as-of"
      altText={description}
      {...frameProps(props)}
      empty={rows.length ? undefined : a.empty}
    >
      {(width) => (
        <>
          <BarChart
            rows={rows}
            width={width}
            scale="log"
            formatTick={(v) => formatInteger(v, lang)}
            title={title}
            description={description}
            axisLabel={a.axis}
            fillOf={sectorFill}
            defs={sectorDefs}
          />
          {/* After the chart: the chart is the frame's first drawing (its title is the page's, tests/prerenderBuild.test.ts). */}
          <SectorKey entries={keyEntries} width={width} title={a.keyTitle} description={a.keyDescription(keyEntries.map((k) => k.label).join(', '))} />
        </>
      )}
    </ChartFrame>
  );
}
