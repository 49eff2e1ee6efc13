/**
 * Known running H100-equivalents over time, summed by region, sector or any other key: "where
 * the compute is". Counts what `countedOn` counts (no planned, no possible duplicates), so it is
 * a floor: Epoch's data covers an estimated 10–20 % of the world's GPU-cluster compute.
 */
import type { WorldCluster } from '../data/epoch/worldTypes.ts';
import { countedOn, type ClusterSelection } from './worldSelection.ts';

export interface GroupTotals {
  date: string;
  /** H100e per group; a group with no running cluster is absent. */
  totals: Record<string, number>;
  /** Running clusters without an H100e figure, which the totals cannot include. */
  withoutFigure: number;
}

export const byRegion = (c: WorldCluster) => c.region;
export const bySector = (c: WorldCluster) => c.sector ?? 'unknown';
export const byRegionAndSector = (c: WorldCluster) => `${c.region}/${c.sector ?? 'unknown'}`;

export function h100eOverTime(
  clusters: readonly WorldCluster[],
  dates: readonly string[],
  groupOf: (c: WorldCluster) => string,
  selection: Pick<ClusterSelection, 'isStandardOnly'> = {},
): GroupTotals[] {
  return dates.map((date) => {
    const totals: Record<string, number> = {};
    let withoutFigure = 0;
    for (const c of countedOn(clusters, date, selection)) {
      if (!c.h100e) {
        withoutFigure++;
        continue;
      }
      const key = groupOf(c);
      totals[key] = (totals[key] ?? 0) + c.h100e.value;
    }
    return { date, totals, withoutFigure };
  });
}
