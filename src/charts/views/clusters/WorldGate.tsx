/**
 * Loads Epoch's world data for a world view, only when that view is shown (the default view never
 * fetches it), and says so in the view's language while it loads; a failure offers Retry.
 * `ClustersEmbedPanel` brings its own query client, since the embed page has none.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { worldQuery } from '../../../data/worldQueries.ts';
import { LoadError } from '../../../ui/LoadStates.tsx';
import type { PanelProps } from '../../panelProps.ts';
import { ClustersPanel } from './ClustersPanel.tsx';

export function WorldGate({ base, m, children }: { base: string; m: PanelProps['m']; children: (world: WorldData) => ReactNode }) {
  const query = useQuery(worldQuery(base));
  if (query.data) return <>{children(query.data)}</>;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} m={m} />;
  return (
    <p role="status" data-world-loading="" className="py-10 text-center text-sm text-[var(--c-muted)]">
      {m.clusters.loading}
    </p>
  );
}

/** The dashboard's panel: the page's query client already holds the world data once loaded. */
export function ClustersWorldPanel(props: PanelProps & { base?: string }) {
  const base = props.base ?? import.meta.env.BASE_URL;
  return <WorldGate base={base} m={props.m}>{(world) => <ClustersPanel {...props} world={world} />}</WorldGate>;
}

/** The embed's panel (registry.ts): the same, with a query client of its own. */
export function ClustersEmbedPanel(props: PanelProps) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <ClustersWorldPanel {...props} />
    </QueryClientProvider>
  );
}
