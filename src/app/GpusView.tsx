import { useMemo, type ReactNode } from 'react';
import type { Dataset } from '../data/schema.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { ChartFrame } from '../charts/ChartFrame.tsx';
import { pointSources } from '../charts/chartData.ts';
import { formatMetric, gpuDescription, gpuPoints, gpuRows, gpuTick, type GpuOptions } from '../charts/gpus.series.ts';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { CheckGroup, Segmented } from '../ui/controls.tsx';
import { KINDS, METRICS, OWNERS, REGIONS, SCALES, type ViewState } from '../view/viewState.ts';
import type { UpdateView } from '../view/useViewState.ts';

export function GpusView({ dataset, state, update, lang, m, actions }: { dataset: Dataset; state: ViewState; update: UpdateView; lang: Lang; m: Messages; actions?: ReactNode }) {
  const options: GpuOptions = {
    metric: state.metric,
    regions: state.regions,
    owners: state.owners,
    kinds: state.kinds,
    ids: state.ids,
    highlight: state.highlight,
  };
  const points = useMemo(() => gpuPoints(dataset, options, m), [dataset, state, lang, m]);
  const rows = useMemo(() => gpuRows(points, options, lang, m), [points, state, lang, m]);
  const title = m.gpusTitle(m.metrics[state.metric]);
  const hasFilters = state.regions.length + state.owners.length + state.kinds.length > 0;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views.gpus}>
        <Segmented legend={m.metric} options={METRICS.map((v) => ({ value: v, label: m.metrics[v] }))} value={state.metric} onChange={(metric) => update({ metric }, 'push')} />
        <Segmented legend={m.scale} options={SCALES.map((v) => ({ value: v, label: m.scales[v] }))} value={state.scale} onChange={(scale) => update({ scale }, 'push')} />
        <CheckGroup legend={m.region} options={REGIONS.map((v) => ({ value: v, label: m.regions[v] }))} value={state.regions} onChange={(regions) => update({ regions }, 'push')} />
        <CheckGroup legend={m.owner} options={OWNERS.map((v) => ({ value: v, label: m.owners[v] }))} value={state.owners} onChange={(owners) => update({ owners }, 'push')} />
        <CheckGroup legend={m.kind} options={KINDS.map((v) => ({ value: v, label: m.kinds[v] }))} value={state.kinds} onChange={(kinds) => update({ kinds }, 'push')} />
      </div>
      <ChartFrame
        title={title}
        subtitle={m.gpusSubtitle(m.metricUnits[state.metric], points.length)}
        points={points}
        sources={pointSources(points)}
        formatValue={(p) => `${formatMetric(p.value, state.metric, lang)} ${m.metricUnits[state.metric]}`}
        csvName={`compute-atlas-gpus-${state.metric}`}
        lang={lang}
        m={m}
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
              onSelect={(id) => update({ highlight: id === state.highlight ? null : id }, 'replace')}
            />
          ) : (
            <div className="flex flex-col items-start gap-2 py-6 text-sm">
              <p>{m.emptyGpus}</p>
              {hasFilters && (
                <button type="button" className="btn" onClick={() => update({ regions: [], owners: [], kinds: [], ids: [] }, 'push')}>
                  {m.clearFilters}
                </button>
              )}
            </div>
          )
        }
      </ChartFrame>
    </div>
  );
}
