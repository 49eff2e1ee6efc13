/**
 * "Where the compute is": known running H100-equivalents at the end of each quarter, by the
 * post's regions or by sector, and Spain's and the EU's part on the data's last date. Pure; the
 * counting is src/metrics/computeByRegion.ts (no planned machines, no possible duplicates), so
 * every total is a floor of what is known, not of what exists.
 */
import type { WorldCluster, WorldData, WorldRegion } from '../../../data/epoch/worldTypes.ts';
import { byRegion, bySector, h100eOverTime, type GroupTotals } from '../../../metrics/computeByRegion.ts';
import { dayOfMonth, monthOf, quarterMonths } from '../../../metrics/months.ts';
import { firstCountedMonth } from '../../../metrics/worldSelection.ts';
import type { WHERE_GROUPS } from '../../../view/viewState.ts';

export type WhereGroup = (typeof WHERE_GROUPS)[number];

/** Stack order, bottom up: Spain on the baseline and the rest of the EU on it, so the EU reads as one block. */
export const REGION_STACK = ['spain', 'rest-of-eu', 'us', 'china', 'others'] as const satisfies readonly WorldRegion[];
export const SECTOR_STACK = ['public', 'public-private', 'private', 'unknown'] as const;

const GROUP_OF: Record<WhereGroup, (c: WorldCluster) => string> = { region: byRegion, sector: bySector };

export const groupKeys = (group: WhereGroup): readonly string[] => (group === 'region' ? REGION_STACK : SECTOR_STACK);

export interface WhereColumn extends GroupTotals {
  /** The quarter's last month, "YYYY-MM" (the data's last month for the last column). */
  month: string;
  total: number;
}

export interface EuCallout {
  date: string;
  total: number;
  spain: number;
  eu: number;
}

/** The quarters from the first running cluster with an H100e figure to the snapshot. */
export function whereColumns(world: WorldData, group: WhereGroup): WhereColumn[] {
  const last = monthOf(world.snapshot);
  const months = quarterMonths(firstCountedMonth(world.clusters) ?? last, last);
  const totals = h100eOverTime(world.clusters, months.map((m) => dayOfMonth(m, world.snapshot)), GROUP_OF[group]);
  return totals.map((t, i) => ({ ...t, month: months[i]!, total: Object.values(t.totals).reduce((a, b) => a + b, 0) }));
}

/** Spain's and the EU's (Spain + the rest of the EU) known H100e on the data's last date. */
export function euCallout(world: WorldData): EuCallout {
  const [last] = h100eOverTime(world.clusters, [world.snapshot], byRegion);
  const t = last!.totals;
  const spain = t.spain ?? 0;
  return { date: world.snapshot, total: Object.values(t).reduce((a, b) => a + b, 0), spain, eu: spain + (t['rest-of-eu'] ?? 0) };
}
