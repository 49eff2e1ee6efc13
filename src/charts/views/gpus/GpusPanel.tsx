import { useMemo } from 'react';
import { BarChart } from '../../kinds/BarChart.tsx';
import { COMPACT_BELOW } from '../../kinds/barChart.layout.ts';
import { ChartFrame } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { formatMetric, gpuDescription, gpuPoints, gpuRows, gpuTick, whatifPointId, type GpuOptions } from './gpus.series.ts';
import type { PanelProps } from '../../panelProps.ts';
import { gpuWhatIfMark } from '../whatif/whatif.series.ts';

export function gpuOptions(state: PanelProps['state']): GpuOptions {
  return { metric: state.metric, regions: state.regions, owners: state.owners, kinds: state.kinds, ids: state.ids, highlight: state.highlight };
}

export function GpusPanel({ dataset, state, lang, m, actions, update }: PanelProps) {
  // In the what-if view the chart marks the calculator's target (and its custom count, if any).
  const whatif = useMemo(() => (state.view === 'whatif' ? gpuWhatIfMark(dataset, state, lang, m) : undefined), [dataset, state, lang, m]);
  const options: GpuOptions = { ...gpuOptions(state), whatif };
  const points = useMemo(() => gpuPoints(dataset, options, m), [dataset, state, whatif, m]); // options derive from state
  const rows = useMemo(() => gpuRows(points, options, lang, m), [points, state, whatif, lang, m]);
  const title = m.gpusTitle(m.metrics[state.metric]);
  const description = gpuDescription(points, options, lang, m);
  const hasFilters = state.regions.length + state.owners.length + state.kinds.length + state.ids.length > 0;

  return (
    <ChartFrame
      title={title}
      subtitle={m.gpusSubtitle(m.metricUnits[state.metric], points.length)}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => `${formatMetric(p.value, state.metric, lang)} ${m.metricUnits[state.metric]}`}
      csvName={`compute-atlas-gpus-${state.metric}`}
      chart="gpus"
      altText={description}
      lang={lang}
      m={m}
      hideTitle={state.hideTitle}
      actions={actions}
    >
      {(width) =>
        rows.length ? (
          <BarChart
            // On phones a label and its sublabel share one line: the hypothetical bar's long name leaves no room for the
            // what-if note, which stays in its tooltip and accessible name.
            rows={width < COMPACT_BELOW ? rows.map((r) => (r.isHypothetical ? { ...r, sublabel: undefined } : r)) : rows}
            width={width}
            scale={state.scale}
            formatTick={gpuTick(lang)}
            title={title}
            description={description}
            axisLabel={m.metricUnits[state.metric]}
            onSelect={
              update
                ? (id) => {
                    if (whatif && id === whatifPointId(whatif.systemId)) return; // hypothetical: not an id the URL knows
                    update({ highlight: id === state.highlight ? null : id }, 'replace');
                  }
                : undefined
            }
          />
        ) : (
          <div className="flex flex-col items-start gap-2 py-6 text-sm">
            <p>{m.emptyGpus}</p>
            {hasFilters && update && (
              <button type="button" className="btn" onClick={() => update({ regions: [], owners: [], kinds: [], ids: [] }, 'push')}>
                {m.clearFilters}
              </button>
            )}
          </div>
        )
      }
    </ChartFrame>
  );
}
