import type { PanelProps } from '../charts/panelProps.ts';
import { shownStatuses } from '../charts/views/clusters/clusters.series.ts';
import { ClustersWorldPanel } from '../charts/views/clusters/WorldGate.tsx';
import { CheckGroup, chosenLabels, Segmented } from '../ui/controls.tsx';
import { Fold } from '../ui/Fold.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { CERTAINTIES, SECTORS, STATUSES, TREND_SELECTIONS, VENDORS, WORLD_REGIONS } from '../view/viewState.ts';

/** What has run is the default, so ticking exactly that (or nothing) keeps the URL bare. */
const isDefaultStatuses = (s: readonly string[]) => s.length === 0 || (s.length === 2 && s.includes('existing') && s.includes('decommissioned'));

/** Clusters over time: its filters (each in the URL, each change a history entry) above the chart. */
export function ClustersView(props: PanelProps & { update: UpdateView; base?: string }) {
  const { state, update, m } = props;
  const c = m.clusters;
  const opts = <V extends string>(values: readonly V[], names: Record<V, string>) => values.map((value) => ({ value, label: names[value] }));
  const regions = { legend: c.region, options: opts(WORLD_REGIONS, c.regions), value: state.worldRegions };
  const sectors = { legend: c.sector, options: opts(SECTORS, c.sectors), value: state.sectors };
  const statuses = { legend: c.status, options: opts(STATUSES, c.statuses), value: shownStatuses(state) };
  const certainties = { legend: c.certainty, options: opts(CERTAINTIES, c.certainties), value: state.certainties };
  const vendors = { legend: c.vendor, options: opts(VENDORS, c.vendors), value: state.vendors };
  const trends = { legend: c.trendSelection, options: opts(TREND_SELECTIONS, c.trendSelections), value: state.trendSelection };
  return (
    <div className="flex flex-col gap-3">
      <Fold summary={m.folded(c.filters, chosenLabels([regions, sectors, statuses, certainties, vendors, trends]))}>
        <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label={c.filters}>
          <CheckGroup {...regions} onChange={(worldRegions) => update({ worldRegions }, 'push')} />
          <CheckGroup {...sectors} onChange={(v) => update({ sectors: v }, 'push')} />
          <CheckGroup {...statuses} onChange={(next) => update({ statuses: isDefaultStatuses(next) ? [] : next }, 'push')} />
          <CheckGroup {...certainties} onChange={(v) => update({ certainties: v }, 'push')} />
          <CheckGroup {...vendors} onChange={(v) => update({ vendors: v }, 'push')} />
          <Segmented {...trends} onChange={(trendSelection) => update({ trendSelection }, 'push')} />
        </div>
      </Fold>
      <ClustersWorldPanel {...props} />
    </div>
  );
}
