/**
 * The clusters view's panel behind the world views' shared gate (views/world/useWorld.tsx):
 * Epoch's world data is fetched only when the view is shown (never by the default view), with a
 * loading state in the view's language and Retry on failure; the prerender and the embed entry
 * hand the data over directly (registry `needsWorld`), so the prerendered copy is the chart itself.
 */
import type { PanelProps } from '../../panelProps.ts';
import { WorldGate } from '../world/useWorld.tsx';
import { ClustersPanel } from './ClustersPanel.tsx';

export function ClustersWorldPanel(props: PanelProps) {
  return (
    <WorldGate m={props.m} loading={props.m.clusters.loading}>
      {(world) => <ClustersPanel {...props} world={world} />}
    </WorldGate>
  );
}
