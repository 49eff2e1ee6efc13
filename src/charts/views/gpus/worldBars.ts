/**
 * Epoch's clusters as GPU bars, beside the post's (curated) systems. Pure.
 *
 * Which ones (`show=`): by default none but the pinned ones, so the default chart stays the
 * post's 28 systems and needs no world data; `top` adds the TOP_N largest known clusters;
 * `all` adds every one with the figure. Like every total and ranking of the atlas, only
 * existing clusters count, never Epoch's possible duplicates, and a cluster matched to a curated
 * system is not drawn twice (the curated bar is that entity). A pinned cluster is drawn
 * whatever its status: the reader asked for it by name.
 */
import type { OwnerType, Region, SystemKind } from '../../../data/schema.ts';
import type { WorldCluster, WorldFigure, WorldRegion } from '../../../data/epoch/worldTypes.ts';
import type { SystemMetric } from '../../../metrics/systemMetrics.ts';
import type { BAR_SETS } from '../../../view/viewState.ts';

/** Twenty more bars keep the chart one screen tall on a laptop with the post's 28. */
export const TOP_N = 20;
const PETA = 1e15;

/** The cluster's figure in the chart's unit: GPUs, H100-equivalents, or peak 16-bit PFLOP/s. */
export function worldClusterFigure(c: WorldCluster, metric: SystemMetric): WorldFigure | undefined {
  if (metric === 'accelerators') return c.chipCount;
  if (metric === 'h100e') return c.h100e;
  const peak = c.peak16BitOps;
  return peak && { ...peak, value: peak.value / PETA, unit: 'PFLOP/s' };
}

/** The dashboard's three regions; Epoch's "others" (Japan, the Gulf, …) fit none of them. */
const REGION_OF: Record<WorldRegion, Region | undefined> = { spain: 'europe', 'rest-of-eu': 'europe', us: 'north-america', china: 'asia', others: undefined };

export interface WorldBarOptions {
  metric: SystemMetric;
  bars: (typeof BAR_SETS)[number];
  pins: readonly string[];
  regions: readonly Region[];
  owners: readonly OwnerType[];
  kinds: readonly SystemKind[];
}

function matchesFilters(c: WorldCluster, o: WorldBarOptions): boolean {
  const region = REGION_OF[c.region];
  // A public-private partnership is neither owner on its own, so an owner filter leaves it out.
  const owner = c.sector === 'public' || c.sector === 'private' ? c.sector : undefined;
  return (
    (!o.regions.length || (region !== undefined && o.regions.includes(region))) &&
    (!o.owners.length || (owner !== undefined && o.owners.includes(owner))) &&
    // Epoch's dataset is of GPU clusters: the curated "AI cluster" kind is the one it fits.
    (!o.kinds.length || o.kinds.includes('ai-cluster'))
  );
}

/** Clusters that are counted in rankings: existing, not a possible duplicate, not a curated system's row. */
export function isRankable(c: WorldCluster): boolean {
  return c.status === 'existing' && !c.isPossibleDuplicate && c.curatedId === undefined;
}

/**
 * The Epoch clusters to draw, largest first (ties by id): the pinned ones (those with the
 * figure and no curated twin) plus, for `top` and `all`, the largest rankable ones that pass the
 * filters. Each at most once.
 */
export function selectWorldClusters(clusters: readonly WorldCluster[], o: WorldBarOptions): WorldCluster[] {
  const value = (c: WorldCluster) => worldClusterFigure(c, o.metric)?.value ?? 0;
  const byValue = (a: WorldCluster, b: WorldCluster) => value(b) - value(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const pins = new Set(o.pins);
  const pinned = clusters.filter((c) => pins.has(c.id) && c.curatedId === undefined && value(c) > 0);
  const ranked = o.bars === 'post' ? [] : clusters.filter((c) => isRankable(c) && value(c) > 0 && matchesFilters(c, o)).sort(byValue);
  const extra = o.bars === 'top' ? ranked.slice(0, TOP_N) : ranked;
  const seen = new Set<string>();
  return [...pinned, ...extra].filter((c) => !seen.has(c.id) && seen.add(c.id)).sort(byValue);
}

/** Curated systems a pin names, directly or through their matched Epoch row. */
export function pinnedSystemIds(clusters: readonly WorldCluster[], pins: readonly string[]): Set<string> {
  const set = new Set(pins);
  for (const c of clusters) if (c.curatedId && set.has(c.id)) set.add(c.curatedId);
  return set;
}
