/**
 * "As of a date": the world of known clusters as it stood at the end of a month — the largest
 * running then, and where the post's systems ranked when they opened and then. Pure: the world
 * data and the month in, bars and sentences out; counting rules are those of
 * src/metrics/worldSelection.ts (no planned machines, no possible duplicates).
 */
import type { Dataset } from '../../../data/schema.ts';
import type { Sector, WorldCluster, WorldData } from '../../../data/epoch/worldTypes.ts';
import { rankOn, rankingOn, type Rank } from '../../../metrics/asOfRank.ts';
import { clampMonth, dayOfMonth, monthOf, monthsBetween } from '../../../metrics/months.ts';
import { countedOn, firstCountedMonth } from '../../../metrics/worldSelection.ts';

/** Enough bars to see the top of the field on a phone; the post's systems are added below when outside it. */
export const TOP_N = 15;

export interface AsOfBar {
  id: string;
  /** The curated system's short name when the atlas has it, else Epoch's. */
  name: string;
  /** 1 = the largest; equal sizes share a rank. */
  rank: number;
  h100e: number;
  sector: Sector | undefined;
  opened: string;
  /** A system of the atlas's own data (a curated ↔ Epoch match): drawn marked. */
  isAtlasSystem: boolean;
  /** Shown even outside the top: the post's systems (and the highlighted one). */
  isAlwaysShown: boolean;
  cluster: WorldCluster;
}

export interface RankSentence {
  id: string;
  name: string;
  opened?: string;
  atOpening?: Rank;
  /** Its rank on the view's day; undefined when it was not running then. */
  now?: Rank;
}

export interface AsOfView {
  month: string;
  /** The day the month stands for: its last day, or the snapshot's date in the data's last month. */
  day: string;
  isSnapshotDay: boolean;
  bars: AsOfBar[];
  /** Running clusters with an H100e figure on that day (the field the ranks are out of). */
  ranked: number;
  /** Running clusters without one, which cannot be ranked. */
  withoutFigure: number;
  sentences: RankSentence[];
}

/**
 * The months the control offers: from the first month a counted cluster with an H100e figure
 * was running to the snapshot's month.
 */
export function asOfMonths(world: WorldData): string[] {
  const last = monthOf(world.snapshot);
  return monthsBetween(firstCountedMonth(world.clusters) ?? last, last);
}

/** The view's month: the URL's, clamped to the data's range, or the data's last month. */
export function resolveMonth(at: string | null, months: readonly string[]): string {
  const last = months.at(-1)!;
  return at === null ? last : clampMonth(at, months[0]!, last);
}

/**
 * The clusters the view always shows and speaks about: the curated systems of the post's headline
 * comparisons (data/comparisons.json) and the highlighted one, when Epoch has them.
 */
export function alwaysShownIds(world: WorldData, dataset: Dataset, highlight: string | null): string[] {
  const curated = new Set([...dataset.comparisons.flatMap((c) => [c.a, c.b]), ...(highlight ? [highlight] : [])]);
  return world.clusters.filter((c) => c.curatedId && curated.has(c.curatedId)).map((c) => c.id);
}

export function asOfView(world: WorldData, dataset: Dataset, month: string, always: readonly string[]): AsOfView {
  const day = dayOfMonth(month, world.snapshot);
  const names = new Map(dataset.systems.map((s) => [s.id, s.shortName]));
  const nameOf = (c: WorldCluster) => (c.curatedId && names.get(c.curatedId)) || c.name;
  const ranking = rankingOn(world.clusters, day);
  const shown = new Set(always);
  const bars: AsOfBar[] = [];
  let rank = 0;
  ranking.forEach((c, i) => {
    if (i === 0 || c.h100e!.value < ranking[i - 1]!.h100e!.value) rank = i + 1;
    if (i >= TOP_N && !shown.has(c.id)) return;
    bars.push({
      id: c.id,
      name: nameOf(c),
      rank,
      h100e: c.h100e!.value,
      sector: c.sector,
      opened: c.firstOperational!,
      isAtlasSystem: c.curatedId !== undefined,
      isAlwaysShown: shown.has(c.id),
      cluster: c,
    });
  });
  const sentences = always.flatMap((id): RankSentence[] => {
    const c = world.clusters.find((x) => x.id === id);
    if (!c) return [];
    const opened = c.firstOperational;
    const atOpening = opened ? rankOn(world.clusters, id, opened) : undefined;
    const now = rankOn(world.clusters, id, day);
    return [{ id, name: nameOf(c), ...(opened ? { opened } : {}), ...(atOpening ? { atOpening } : {}), ...(now ? { now } : {}) }];
  });
  return {
    month,
    day,
    isSnapshotDay: day === world.snapshot,
    bars,
    ranked: ranking.length,
    withoutFigure: countedOn(world.clusters, day).length - ranking.length,
    sentences,
  };
}
