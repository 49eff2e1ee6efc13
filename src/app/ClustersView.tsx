import { useMemo } from 'react';
import type { PanelProps } from '../charts/panelProps.ts';
import { shownStatuses } from '../charts/views/clusters/clusters.series.ts';
import { ClustersWorldPanel } from '../charts/views/clusters/WorldGate.tsx';
import { CheckGroup, chosenLabels, Segmented } from '../ui/controls.tsx';
import { Fold } from '../ui/Fold.tsx';
import type { UpdateView } from '../view/useViewState.ts';
import { CERTAINTIES, SECTORS, STATUSES, TREND_SELECTIONS, VENDORS, WORLD_REGIONS, type ViewState } from '../view/viewState.ts';

/** What has run is the default, so ticking exactly that (or nothing) keeps the URL bare. */
const isDefaultStatuses = (s: readonly string[]) => s.length === 0 || (s.length === 2 && s.includes('existing') && s.includes('decommissioned'));

const opts = <V extends string>(values: readonly V[], names: Record<V, string>) => values.map((value) => ({ value, label: names[value] }));

/**
 * Clusters over time: its filters (each in the URL, each change a history entry) above the chart.
 * Options and handlers are kept (they depend on the language and the store alone), so a click in
 * one group renders that group, not all six (controls.tsx memoises them).
 */
export function ClustersView(props: PanelProps & { update: UpdateView; base?: string }) {
  const { state, update, m } = props;
  const c = m.clusters;
  const options = useMemo(
    () => ({
      regions: opts(WORLD_REGIONS, c.regions),
      sectors: opts(SECTORS, c.sectors),
      statuses: opts(STATUSES, c.statuses),
      certainties: opts(CERTAINTIES, c.certainties),
      vendors: opts(VENDORS, c.vendors),
      trends: opts(TREND_SELECTIONS, c.trendSelections),
    }),
    [c],
  );
  const on = useMemo(
    () => ({
      regions: (worldRegions: ViewState['worldRegions']) => update({ worldRegions }, 'push'),
      sectors: (sectors: ViewState['sectors']) => update({ sectors }, 'push'),
      statuses: (next: ViewState['statuses']) => update({ statuses: isDefaultStatuses(next) ? [] : next }, 'push'),
      certainties: (certainties: ViewState['certainties']) => update({ certainties }, 'push'),
      vendors: (vendors: ViewState['vendors']) => update({ vendors }, 'push'),
      trends: (trendSelection: ViewState['trendSelection']) => update({ trendSelection }, 'push'),
    }),
    [update],
  );
  const regions = { legend: c.region, options: options.regions, value: state.worldRegions };
  const sectors = { legend: c.sector, options: options.sectors, value: state.sectors };
  const statuses = { legend: c.status, options: options.statuses, value: shownStatuses(state) };
  const certainties = { legend: c.certainty, options: options.certainties, value: state.certainties };
  const vendors = { legend: c.vendor, options: options.vendors, value: state.vendors };
  const trends = { legend: c.trendSelection, options: options.trends, value: state.trendSelection };
  return (
    <div className="flex flex-col gap-3">
      <Fold summary={m.folded(c.filters, chosenLabels([regions, sectors, statuses, certainties, vendors, trends]))}>
        <div className="flex flex-wrap gap-x-4 gap-y-2" role="group" aria-label={c.filters}>
          <CheckGroup {...regions} onChange={on.regions} />
          <CheckGroup {...sectors} onChange={on.sectors} />
          <CheckGroup {...statuses} onChange={on.statuses} />
          <CheckGroup {...certainties} onChange={on.certainties} />
          <CheckGroup {...vendors} onChange={on.vendors} />
          <Segmented {...trends} onChange={on.trends} />
        </div>
      </Fold>
      <ClustersWorldPanel {...props} />
    </div>
  );
}
