/**
 * The points a cluster trend line is fitted to: each counted cluster of a sector at its first
 * operational date × its H100-equivalents. The default selection is Epoch's standard analysis
 * (the chart states it); planned clusters and possible duplicates never enter.
 */
import type { Sector, WorldCluster } from '../data/epoch/worldTypes.ts';
import { fitLogLinear, type TrendFit, type TrendPoint } from './trendFit.ts';
import { countedClusters, type ClusterSelection } from './worldSelection.ts';

export function clusterTrendPoints(clusters: readonly WorldCluster[], sector: Sector, selection: Pick<ClusterSelection, 'isStandardOnly'> = { isStandardOnly: true }): TrendPoint[] {
  return countedClusters(clusters, { statuses: ['existing', 'decommissioned'], ...selection })
    .filter((c) => c.sector === sector && c.firstOperational && c.h100e)
    .map((c) => ({ date: c.firstOperational!, value: c.h100e!.value }));
}

export function clusterTrend(clusters: readonly WorldCluster[], sector: Sector, selection?: Pick<ClusterSelection, 'isStandardOnly'>, level = 0.9): TrendFit | undefined {
  return fitLogLinear(clusterTrendPoints(clusters, sector, selection), level);
}
