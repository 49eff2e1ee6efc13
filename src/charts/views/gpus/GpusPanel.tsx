import { useEffect, useMemo } from 'react';
import { BarChart } from '../../kinds/BarChart.tsx';
import { COMPACT_BELOW } from '../../kinds/barChart.layout.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointSources } from '../../frame/dataPoint.ts';
import { formatMetric, gpuDescription, gpuPoints, gpuRows, gpuTick, whatifPointId, type GpuOptions, type GpuWhatIf } from './gpus.series.ts';
import type { PanelProps } from '../../panelProps.ts';
import { useLazyWorld } from '../world/useLazyWorld.ts';
import { unshownPins, unshownText } from './gpus.unshown.ts';

export function gpuOptions(state: PanelProps['state']): GpuOptions {
  return { metric: state.metric, regions: state.regions, owners: state.owners, kinds: state.kinds, ids: state.ids, highlight: state.highlight, pins: state.pins, bars: state.bars };
}

/**
 * Epoch's clusters are needed only when the reader asks for more than the post's systems or pins
 * a cluster the curated data lacks, so the default chart (prerendered, embedded) never fetches them.
 */
function needsWorld(dataset: PanelProps['dataset'], state: PanelProps['state']): boolean {
  if (state.bars !== 'post') return true;
  const curated = new Set([...dataset.systems, ...dataset.models, ...dataset.hardware].map((r) => r.id));
  return state.pins.some((id) => !curated.has(id));
}

/**
 * `whatif`: set by the what-if view, which marks its target (and its custom count, if any) on
 * the chart. The view computes it, so the what-if's code loads with the what-if, not with the
 * default view.
 */
export function GpusPanel(props: PanelProps & { whatif?: GpuWhatIf | undefined }) {
  const { dataset, state, lang, m, update, whatif } = props;
  const world = useLazyWorld();
  const isWorldNeeded = useMemo(() => needsWorld(dataset, state), [dataset, state]);
  const { request } = world;
  useEffect(() => {
    if (isWorldNeeded) request();
  }, [isWorldNeeded, request]);
  const worldClusters = isWorldNeeded ? world.world?.clusters : undefined;
  const options: GpuOptions = { ...gpuOptions(state), whatif, worldClusters };
  const points = useMemo(() => gpuPoints(dataset, options, m, lang), [dataset, state, whatif, worldClusters, m, lang]); // options derive from state
  const rows = useMemo(() => gpuRows(points, options, lang, m), [points, state, whatif, worldClusters, lang, m]);
  const title = m.gpusTitle(m.metrics[state.metric]);
  const description = gpuDescription(points, options, lang, m);
  const unshown = useMemo(() => unshownPins(dataset, options, new Set(points.map((p) => p.id))), [dataset, points, state, worldClusters]); // options derive from state
  const hasFilters = state.regions.length + state.owners.length + state.kinds.length + state.ids.length > 0;

  return (
    <>
      {isWorldNeeded && world.status === 'loading' && (
        <p role="status" className="text-sm text-[var(--c-muted)]">
          {m.search.worldLoading}
        </p>
      )}
      {isWorldNeeded && world.status === 'error' && (
        <p role="alert" className="flex flex-wrap items-center gap-2 text-sm">
          {m.search.worldError}
          <button type="button" className="btn" onClick={world.retry}>
            {m.search.retry}
          </button>
        </p>
      )}
      {unshown.length > 0 && (
        // Beside the chart, before it: a pinned name with no bar is explained where the bar would be looked for.
        <div className="flex flex-col gap-1 text-sm">
          <p className="font-semibold">{m.search.noBar.title}</p>
          <ul className="flex flex-col gap-1">
            {unshown.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-2">
                <span>{unshownText(u, state.metric, m)}</span>
                {update && (
                  <button type="button" className="btn" onClick={() => update({ pins: state.pins.filter((p) => p !== u.id) }, 'push')}>
                    {m.search.unpin(u.name)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ChartFrame
        title={title}
        subtitle={m.gpusSubtitle(m.metricUnits[state.metric], points.length)}
        points={points}
        sources={pointSources(points)}
        formatValue={(p) => `${formatMetric(p.value, state.metric, lang)} ${m.metricUnits[state.metric]}`}
        csvName={`compute-atlas-gpus-${state.metric}`}
        chart="gpus"
        altText={description}
        {...frameProps(props)}
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
    </>
  );
}
