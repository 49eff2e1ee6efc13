/**
 * Which Epoch clusters a total, trend or ranking counts. Everything here honours three rules:
 * planned machines are never mixed with running ones unless asked for; rows Epoch flags as
 * possible duplicates are left out, as in Epoch's own standard analysis, so no machine is counted
 * twice; and Epoch's `Include in Standard Analysis` selection can be required.
 */
import type { ClusterStatus, WorldCluster } from '../data/epoch/worldTypes.ts';

export interface ClusterSelection {
  /** Default: existing only. */
  statuses?: readonly ClusterStatus[];
  /** Only Epoch's standard-analysis rows (the default for trend lines). */
  isStandardOnly?: boolean;
}

/** A period's first day, so "2021-07" and "2021-07-01" compare as dates. */
export const periodStart = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

export function countedClusters(clusters: readonly WorldCluster[], selection: ClusterSelection = {}): WorldCluster[] {
  const statuses = selection.statuses ?? ['existing'];
  return clusters.filter((c) => statuses.includes(c.status) && !c.isPossibleDuplicate && (!selection.isStandardOnly || c.isStandardAnalysis));
}

/**
 * Was the cluster running on `date`? Operational by then and not yet decommissioned. A planned
 * cluster never was; a decommissioned one without a date cannot be placed in time, so it is not
 * counted at any date.
 */
export function existedOn(c: WorldCluster, date: string): boolean {
  if (c.status === 'planned' || !c.firstOperational) return false;
  const day = periodStart(date);
  if (periodStart(c.firstOperational) > day) return false;
  if (c.status === 'decommissioned') return !!c.decommissioned && day < periodStart(c.decommissioned);
  return true;
}

/**
 * The clusters that count on a date: running then, no possible duplicates, optionally Epoch's
 * standard selection. Decommissioned machines count for the dates they ran.
 */
export function countedOn(clusters: readonly WorldCluster[], date: string, selection: Pick<ClusterSelection, 'isStandardOnly'> = {}): WorldCluster[] {
  return countedClusters(clusters, { statuses: ['existing', 'decommissioned'], ...selection }).filter((c) => existedOn(c, date));
}

/**
 * The first month a counted cluster with an H100e figure was running ("YYYY-MM"): where views
 * over time start. Undefined when there is none.
 */
export function firstCountedMonth(clusters: readonly WorldCluster[]): string | undefined {
  let first: string | undefined;
  for (const c of clusters) {
    if (c.status === 'planned' || c.isPossibleDuplicate || !c.h100e || !c.firstOperational) continue;
    const m = periodStart(c.firstOperational).slice(0, 7);
    if (!first || m < first) first = m;
  }
  return first;
}
