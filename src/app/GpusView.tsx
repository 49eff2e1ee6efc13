import { GpusPanel } from '../charts/views/gpus/GpusPanel.tsx';
import type { PanelProps } from '../charts/panelProps.ts';
import { CheckGroup, Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { BAR_SETS, KINDS, METRICS, OWNERS, REGIONS, SCALES } from '../view/viewState.ts';
import { TOP_N } from '../charts/views/gpus/worldBars.ts';

export function GpusView(props: PanelProps & { update: UpdateView }) {
  const { state, update, m } = props;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2" role="group" aria-label={m.views.gpus}>
        <Segmented legend={m.metric} options={METRICS.map((v) => ({ value: v, label: m.metrics[v] }))} value={state.metric} onChange={(metric) => update({ metric }, 'push')} />
        <Segmented legend={m.scale} options={SCALES.map((v) => ({ value: v, label: m.scales[v] }))} value={state.scale} onChange={(scale) => update({ scale }, 'push')} />
        <CheckGroup legend={m.region} options={REGIONS.map((v) => ({ value: v, label: m.regions[v] }))} value={state.regions} onChange={(regions) => update({ regions }, 'push')} />
        <CheckGroup legend={m.owner} options={OWNERS.map((v) => ({ value: v, label: m.owners[v] }))} value={state.owners} onChange={(owners) => update({ owners }, 'push')} />
        <CheckGroup legend={m.kind} options={KINDS.map((v) => ({ value: v, label: m.kinds[v] }))} value={state.kinds} onChange={(kinds) => update({ kinds }, 'push')} />
        <Segmented
          legend={m.search.bars}
          options={BAR_SETS.map((v) => ({ value: v, label: v === 'top' ? m.search.barSets.top(TOP_N) : m.search.barSets[v] }))}
          value={state.bars}
          onChange={(bars) => update({ bars }, 'push')}
        />
      </div>
      <GpusPanel {...props} />
    </div>
  );
}
