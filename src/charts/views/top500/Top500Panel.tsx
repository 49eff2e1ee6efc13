/**
 * TOP500 panels: rank per edition (history) and one edition's systems by Rmax. Each is a
 * ChartFrame taking only PanelProps, so the dashboard and an embed render them alike;
 * `Top500Panel` stacks both.
 */
import { useMemo } from 'react';
import { formatCompact, formatEdition, formatNumber, formatOrdinal } from '../../../i18n/format.ts';
import { BarChart } from '../../kinds/BarChart.tsx';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import type { PanelProps } from '../../panelProps.ts';
import { Top500Chart } from '../../kinds/Top500Chart.tsx';
import { editionDescription, editionsOf, editionView, historyDescription, historyPoints, historySeries, resolveEdition } from './top500.series.ts';

export function Top500HistoryPanel(props: PanelProps) {
  const { dataset, state, lang, m, update } = props;
  const points = useMemo(() => historyPoints(dataset, lang, m), [dataset, lang, m]);
  const series = useMemo(() => historySeries(dataset, points, state.highlight, lang, m), [dataset, points, state.highlight, lang, m]);
  const editions = useMemo(() => editionsOf(dataset), [dataset]);
  const edition = resolveEdition(dataset, state.edition);
  const description = historyDescription(series, lang, m);

  return (
    <ChartFrame
      title={m.top500.top500Title}
      altText={description}
      subtitle={m.top500.top500Subtitle(series.length, editions.length)}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => formatOrdinal(p.value, lang)}
      csvName="compute-atlas-top500-history"
      chart="top500-history"
      {...frameProps(props)}
      empty={series.length ? undefined : m.top500.emptyHistory}
    >
      {(width) => (
        <>
          <Top500Chart
            series={series}
            editions={editions}
            width={width}
            title={m.top500.top500Title}
            description={description}
            selectedEdition={edition}
            formatEdition={(e) => formatEdition(e, lang)}
            formatRank={(r) => formatOrdinal(r, lang)}
            axisLabel={m.top500.rankAxis}
            onSelectEdition={update ? (e) => update({ edition: e }, 'push') : undefined}
          />
          {update && <p className="mt-1 text-xs text-[var(--c-muted)]">{m.top500.pickEditionHint}</p>}
        </>
      )}
    </ChartFrame>
  );
}

export function Top500EditionPanel(props: PanelProps) {
  const { dataset, state, lang, m, update } = props;
  const edition = resolveEdition(dataset, state.edition);
  const view = useMemo(() => (edition ? editionView(dataset, edition, state.highlight, lang, m) : null), [dataset, edition, state.highlight, lang, m]);
  if (!edition || !view) return null;
  const label = formatEdition(edition, lang);
  const title = m.top500.editionTitle(label);
  const description = editionDescription(view, edition, lang, m);

  return (
    <ChartFrame
      title={title}
      altText={description}
      subtitle={m.top500.editionSubtitle(view.points.length)}
      notices={view.missing.length ? [m.top500.noRmaxInEdition(view.missing.join(', '))] : []}
      points={view.points}
      sources={pointSources(view.points)}
      formatValue={(p) => `${formatNumber(p.value, lang, { maxFractionDigits: 2 })}\u00a0PFLOP/s`}
      csvName={`compute-atlas-top500-${edition}`}
      chart={`top500-${edition}`}
      {...frameProps(props)}
      empty={view.rows.length ? undefined : m.top500.emptyEdition}
    >
      {(width) => (
        <BarChart
          rows={view.rows}
          width={width}
          scale={state.scale}
          formatTick={(v) => formatCompact(v, lang)}
          title={title}
          description={description}
          axisLabel={m.top500.editionAxis}
          onSelect={update ? (id) => update({ highlight: id === state.highlight ? null : id }, 'replace') : undefined}
        />
      )}
    </ChartFrame>
  );
}

/** Both TOP500 frames, for an embed of the whole view. */
export function Top500Panel(props: PanelProps) {
  return (
    <div className="flex flex-col gap-4">
      <Top500HistoryPanel {...props} />
      <Top500EditionPanel {...props} />
    </div>
  );
}
