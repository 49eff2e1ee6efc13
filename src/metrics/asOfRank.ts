/**
 * The world as it stood on a date: the clusters running then, largest first (H100-equivalents),
 * and where one cluster ranked — "when MareNostrum 5 opened it was the N-th largest known
 * cluster; on the data's last date it is the M-th".
 */
import type { WorldCluster } from '../data/epoch/worldTypes.ts';
import { countedOn, existedOn, type ClusterSelection } from './worldSelection.ts';

type Selection = Pick<ClusterSelection, 'isStandardOnly'>;

/** Clusters running on `date` with an H100e figure, largest first (ties by id, for a stable order). */
export function rankingOn(clusters: readonly WorldCluster[], date: string, selection: Selection = {}): WorldCluster[] {
  return countedOn(clusters, date, selection)
    .filter((c) => c.h100e)
    .sort((a, b) => b.h100e!.value - a.h100e!.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Rank {
  date: string;
  /** 1 = the largest; clusters of equal size share a rank. */
  rank: number;
  /** How many known clusters were running, the target included. */
  of: number;
}

/** The cluster's rank on `date`, or undefined if it was not running then or has no H100e figure. */
export function rankOn(clusters: readonly WorldCluster[], id: string, date: string, selection: Selection = {}): Rank | undefined {
  const target = clusters.find((c) => c.id === id);
  if (!target?.h100e) return undefined;
  // The target counts even when Epoch flags it as a possible duplicate: we rank it, not with it.
  if (!existedOn(target, date)) return undefined;
  const field = rankingOn(clusters, date, selection).filter((c) => c.id !== id);
  return { date, rank: 1 + field.filter((c) => c.h100e!.value > target.h100e!.value).length, of: field.length + 1 };
}

/** Its rank on the day it opened and on the data's last date (the snapshot). */
export function openingAndLatestRank(clusters: readonly WorldCluster[], id: string, lastDate: string, selection: Selection = {}) {
  const opened = clusters.find((c) => c.id === id)?.firstOperational;
  return {
    atOpening: opened ? rankOn(clusters, id, opened, selection) : undefined,
    latest: rankOn(clusters, id, lastDate, selection),
  };
}
