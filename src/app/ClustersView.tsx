import type { PanelProps } from '../charts/panelProps.ts';
import { shownStatuses } from '../charts/views/clusters/clusters.series.ts';
import { ClustersWorldPanel } from '../charts/views/clusters/WorldGate.tsx';
import { CheckGroup, Segmented } from '../ui/controls.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { CERTAINTIES, SECTORS, STATUSES, TREND_SELECTIONS, VENDORS, WORLD_REGIONS } from '../view/viewState.ts';

/** What has run is the default, so ticking exactly that (or nothing) keeps the URL bare. */
const isDefaultStatuses = (s: readonly string[]) => s.length === 0 || (s.length === 2 && s.includes('existing') && s.includes('decommissioned'));

/** Clusters over time: its filters (each in the URL, each change a history entry) above the chart. */
export function ClustersView(props: PanelProps & { update: UpdateView; base?: string }) {
  const { state, update, m } = props;
  const c = m.clusters;
  const opts = <V extends string>(values: readonly V[], names: Record<V, string>) => values.map((value) => ({ value, label: names[value] }));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label={c.filters}>
        <CheckGroup legend={c.region} options={opts(WORLD_REGIONS, c.regions)} value={state.worldRegions} onChange={(worldRegions) => update({ worldRegions }, 'push')} />
        <CheckGroup legend={c.sector} options={opts(SECTORS, c.sectors)} value={state.sectors} onChange={(sectors) => update({ sectors }, 'push')} />
        <CheckGroup legend={c.status} options={opts(STATUSES, c.statuses)} value={shownStatuses(state)} onChange={(next) => update({ statuses: isDefaultStatuses(next) ? [] : next }, 'push')} />
        <CheckGroup legend={c.certainty} options={opts(CERTAINTIES, c.certainties)} value={state.certainties} onChange={(certainties) => update({ certainties }, 'push')} />
        <CheckGroup legend={c.vendor} options={opts(VENDORS, c.vendors)} value={state.vendors} onChange={(vendors) => update({ vendors }, 'push')} />
        <Segmented legend={c.trendSelection} options={opts(TREND_SELECTIONS, c.trendSelections)} value={state.trendSelection} onChange={(trendSelection) => update({ trendSelection }, 'push')} />
      </div>
      <ClustersWorldPanel {...props} />
    </div>
  );
}
