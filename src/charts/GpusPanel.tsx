import { useMemo } from 'react';
import { BarChart } from './BarChart.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { pointSources } from './chartData.ts';
import { formatMetric, gpuDescription, gpuPoints, gpuRows, gpuTick, type GpuOptions } from './gpus.series.ts';
import type { PanelProps } from './panelProps.ts';

export function gpuOptions(state: PanelProps['state']): GpuOptions {
  return { metric: state.metric, regions: state.regions, owners: state.owners, kinds: state.kinds, ids: state.ids, highlight: state.highlight };
}

export function GpusPanel({ dataset, state, lang, m, actions, update }: PanelProps) {
  const options = gpuOptions(state);
  const points = useMemo(() => gpuPoints(dataset, options, m), [dataset, state, m]); // options derive from state
  const rows = useMemo(() => gpuRows(points, options, lang, m), [points, state, lang, m]);
  const title = m.gpusTitle(m.metrics[state.metric]);
  const hasFilters = state.regions.length + state.owners.length + state.kinds.length + state.ids.length > 0;

  return (
    <ChartFrame
      title={title}
      subtitle={m.gpusSubtitle(m.metricUnits[state.metric], points.length)}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => `${formatMetric(p.value, state.metric, lang)} ${m.metricUnits[state.metric]}`}
      csvName={`compute-atlas-gpus-${state.metric}`}
      lang={lang}
      m={m}
      hideTitle={state.hideTitle}
      actions={actions}
    >
      {(width) =>
        rows.length ? (
          <BarChart
            rows={rows}
            width={width}
            scale={state.scale}
            formatTick={gpuTick(lang)}
            title={title}
            description={gpuDescription(points, options, lang, m)}
            axisLabel={m.metricUnits[state.metric]}
            onSelect={update ? (id) => update({ highlight: id === state.highlight ? null : id }, 'replace') : undefined}
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
