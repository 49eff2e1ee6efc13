import { GpusPanel } from '../charts/views/gpus/GpusPanel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { CheckGroup, chosenLabels, Segmented } from '../ui/controls.tsx';
import { Fold } from '../ui/Fold.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { BAR_SETS, KINDS, METRICS, OWNERS, REGIONS, SCALES } from '../view/viewState.ts';
import { TOP_N } from '../charts/views/gpus/worldBars.ts';

export function GpusView(props: PanelProps & { update: UpdateView }) {
  const { state, update, m } = props;
  const metric = { legend: m.metric, options: METRICS.map((v) => ({ value: v, label: m.metrics[v] })), value: state.metric };
  const scale = { legend: m.scale, options: SCALES.map((v) => ({ value: v, label: m.scales[v] })), value: state.scale };
  const regions = { legend: m.region, options: REGIONS.map((v) => ({ value: v, label: m.regions[v] })), value: state.regions };
  const owners = { legend: m.owner, options: OWNERS.map((v) => ({ value: v, label: m.owners[v] })), value: state.owners };
  const kinds = { legend: m.kind, options: KINDS.map((v) => ({ value: v, label: m.kinds[v] })), value: state.kinds };
  const bars = { legend: m.search.bars, options: BAR_SETS.map((v) => ({ value: v, label: v === 'top' ? m.search.barSets.top(TOP_N) : m.search.barSets[v] })), value: state.bars };
  return (
    <div className="flex flex-col gap-3">
      <Fold summary={m.folded(m.chartOptions, chosenLabels([metric, scale, regions, owners, kinds, bars]))}>
        <div className="flex flex-col gap-2" role="group" aria-label={m.views.gpus}>
          <Segmented {...metric} onChange={(v) => update({ metric: v }, 'push')} />
          <Segmented {...scale} onChange={(v) => update({ scale: v }, 'push')} />
          <CheckGroup {...regions} onChange={(v) => update({ regions: v }, 'push')} />
          <CheckGroup {...owners} onChange={(v) => update({ owners: v }, 'push')} />
          <CheckGroup {...kinds} onChange={(v) => update({ kinds: v }, 'push')} />
          <Segmented {...bars} onChange={(v) => update({ bars: v }, 'push')} />
        </div>
      </Fold>
      <GpusPanel {...props} />
    </div>
  );
}
