/**
 * Clusters over time: Epoch's clusters, filtered by the view state, as chart data. Pure.
 * Planned clusters appear only when the reader lists them in the status filter; trends and the
 * frontier never count them, nor Epoch's possible duplicates (src/metrics/worldSelection.ts).
 * A cluster matched to a curated system is drawn once, under the curated system's name.
 */
import type { Dataset } from '../../../data/schema.ts';
import type { Sector, WorldCluster, WorldData } from '../../../data/epoch/worldTypes.ts';
import { clusterTrend } from '../../../metrics/clusterTrend.ts';
import { frontierGap, frontierSteps, type FrontierGap, type FrontierStep } from '../../../metrics/frontier.ts';
import type { TrendFit } from '../../../metrics/trendFit.ts';
import { periodStart } from '../../../metrics/worldSelection.ts';
import type { CERTAINTIES, STATUSES, VENDORS, ViewState } from '../../../view/viewState.ts';

export type Certainty = (typeof CERTAINTIES)[number];
export type Vendor = (typeof VENDORS)[number];
type Status = (typeof STATUSES)[number];

export interface ClusterDatum {
  id: string;
  /** The curated system's name when matched, else Epoch's. */
  name: string;
  /** Shown beside the mark: the post's (curated) systems, and what the reader pinned. */
  isPostSystem: boolean;
  isPinned: boolean;
  date: string;
  h100e: number;
  sector: Sector | undefined;
  status: WorldCluster['status'];
  certainty: Certainty;
  cluster: WorldCluster;
}

export interface ClustersSeries {
  /**
   * What the chart holds: every drawable cluster of the shown statuses, in date order (ties by
   * id), which is keyboard order. Its axes are fitted to these, so a region, sector, certainty or
   * vendor filter hides and shows marks without moving the others (object constancy: a reader
   * toggling a sector sees the rest stay where they were, and the filter costs no re-layout).
   */
  frame: ClusterDatum[];
  /** Steps of both frontiers in the reader's scope: the axes hold them too (`ClustersFits.steps`). */
  frameSteps: readonly FrontierStep[];
  /** The marks the filters keep: `frame`'s, in its order. The rest of the frame is hidden. */
  data: ClusterDatum[];
  /** Clusters the filter kept but that have no date or no H100-equivalents. */
  notDrawn: WorldCluster[];
  trends: { sector: 'public' | 'private'; fit: TrendFit | undefined }[];
  /** How many clusters the trend lines were fitted to. */
  trendN: number;
  frontiers: { sector: 'public' | 'private'; steps: FrontierStep[] }[];
  /** The private ÷ public gap on the latest date both frontiers exist. */
  gap: FrontierGap | undefined;
  /**
   * The trends, frontiers, fitted count and gap with every sector shown, whatever the sector
   * filter: what the chart keeps room and key entries for, so a sector filter moves nothing.
   */
  everySector: Pick<ClustersSeries, 'trends' | 'trendN' | 'frontiers' | 'gap'>;
}

export const certaintyOf = (c: WorldCluster): Certainty => (c.epochCertainty === 'Confirmed' ? 'confirmed' : c.epochCertainty === 'Likely' ? 'likely' : 'unlikely');

const MAIN_VENDORS: Partial<Record<string, Vendor>> = { NVIDIA: 'nvidia', AMD: 'amd', Google: 'google', Anonymized: 'undisclosed', Unknown: 'undisclosed' };
export const vendorOf = (c: WorldCluster): Vendor => MAIN_VENDORS[c.chipVendor] ?? 'other';

/** Statuses the view shows: what has run, unless the reader lists statuses (planned only then). */
export function shownStatuses(state: Pick<ViewState, 'statuses'>): readonly Status[] {
  return state.statuses.length ? state.statuses : HAS_RUN;
}
/** One array, so what compares the shown statuses by identity (a memoised control) sees no change. */
const HAS_RUN: readonly Status[] = ['existing', 'decommissioned'];

type Filters = Pick<ViewState, 'worldRegions' | 'sectors' | 'statuses' | 'certainties' | 'vendors'>;

/** Region, certainty and vendor: the filters that also narrow what the trends and frontier count. */
function inScope(c: WorldCluster, f: Pick<Filters, 'worldRegions' | 'certainties' | 'vendors'>): boolean {
  return (
    (!f.worldRegions.length || f.worldRegions.includes(c.region)) &&
    (!f.certainties.length || f.certainties.includes(certaintyOf(c))) &&
    (!f.vendors.length || f.vendors.includes(vendorOf(c)))
  );
}

const inSectors = (c: WorldCluster, f: Pick<Filters, 'sectors'>) => !f.sectors.length || (c.sector !== undefined && f.sectors.includes(c.sector));

export function filterClusters(clusters: readonly WorldCluster[], f: Filters): WorldCluster[] {
  const statuses = shownStatuses(f);
  return clusters.filter((c) => inScope(c, f) && statuses.includes(c.status) && inSectors(c, f));
}

type FitFilters = Pick<ViewState, 'worldRegions' | 'certainties' | 'vendors' | 'trendSelection'>;

/** Trend fits and frontier steps of both sectors: what a sector, status or pin filter leaves unchanged. */
export interface ClustersFits {
  trends: Record<'public' | 'private', TrendFit | undefined>;
  frontiers: Record<'public' | 'private', FrontierStep[]>;
  /** Both frontiers' steps: the chart's axes hold them whichever sectors are shown. */
  steps: FrontierStep[];
  /** The private ÷ public gap on the latest date both frontiers exist. */
  gap: FrontierGap | undefined;
}

/**
 * Trends and the frontier count what has run, in the reader's regions, certainties and vendors:
 * apart from the marks, so a view can keep them while the sector, status or pins change (the
 * frontier walks every date of the data, the costliest part of a filter).
 */
export function clustersFits(world: WorldData, state: FitFilters): ClustersFits {
  const scope = world.clusters.filter((c) => inScope(c, state));
  const selection = { isStandardOnly: state.trendSelection === 'standard' };
  const frontiers = { public: frontierSteps(scope, 'public'), private: frontierSteps(scope, 'private') };
  return {
    trends: { public: clusterTrend(scope, 'public', selection), private: clusterTrend(scope, 'private', selection) },
    frontiers,
    steps: [...frontiers.public, ...frontiers.private],
    gap: frontierGap(frontiers.public, frontiers.private).at(-1),
  };
}

/** A cluster the chart can place: it has a first operational date and a size. */
export const isDrawable = (c: WorldCluster) => !!c.firstOperational && !!c.h100e && c.h100e.value > 0;

/**
 * Every cluster that has a date and a size, as marks in date order (ties by id), whatever the
 * filters. Depends only on the data and the pins, so a view makes it once and each filter picks
 * from it: no sort per filter, and a mark keeps its datum object from one filter to the next.
 */
export function drawableClusters(world: WorldData, dataset: Dataset, pinIds: readonly string[] = []): ClusterDatum[] {
  const curatedName = new Map(dataset.systems.map((s) => [s.id, s.shortName]));
  // A pin names the curated id of a matched cluster, or Epoch's id.
  const pins = new Set(pinIds);
  const data: ClusterDatum[] = [];
  for (const c of world.clusters) {
    if (!isDrawable(c)) continue;
    const curated = c.curatedId ? curatedName.get(c.curatedId) : undefined;
    data.push({
      id: c.id,
      name: curated ?? c.name,
      isPostSystem: curated !== undefined,
      isPinned: pins.has(c.id) || (c.curatedId !== undefined && pins.has(c.curatedId)),
      date: c.firstOperational!,
      h100e: c.h100e!.value,
      sector: c.sector,
      status: c.status,
      certainty: certaintyOf(c),
      cluster: c,
    });
  }
  return data.sort((a, b) => periodStart(a.date).localeCompare(periodStart(b.date)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const undrawable = new WeakMap<WorldData, WorldCluster[]>();

/** The world's clusters the chart cannot place (no date or no size): a short list, found once per world. */
function undrawableOf(world: WorldData): WorldCluster[] {
  let list = undrawable.get(world);
  if (!list) undrawable.set(world, (list = world.clusters.filter((c) => !isDrawable(c))));
  return list;
}

const frames = new WeakMap<readonly ClusterDatum[], Map<string, ClusterDatum[]>>();

/**
 * The marks of the shown statuses, in `drawable`'s order: the same array for the same `drawable`
 * and statuses, so a chart can keep its frame's layout while the other filters change.
 */
export function frameOf(drawable: readonly ClusterDatum[], statuses: readonly Status[]): ClusterDatum[] {
  let byStatuses = frames.get(drawable);
  if (!byStatuses) frames.set(drawable, (byStatuses = new Map()));
  const key = [...statuses].sort().join();
  let frame = byStatuses.get(key);
  if (!frame) byStatuses.set(key, (frame = drawable.filter((d) => statuses.includes(d.status))));
  return frame;
}

/**
 * `drawable`: `drawableClusters` of the same world, dataset and pins, when the caller keeps it
 * (the marks then keep their identity from one filter to the next).
 */
export function clustersSeries(
  world: WorldData,
  dataset: Dataset,
  state: Filters & FitFilters & { pins?: readonly string[] },
  fits: ClustersFits = clustersFits(world, state),
  drawable: readonly ClusterDatum[] = drawableClusters(world, dataset, state.pins),
): ClustersSeries {
  const frame = frameOf(drawable, shownStatuses(state));
  const data = frame.filter((d) => inScope(d.cluster, state) && inSectors(d.cluster, state));
  const notDrawn = filterClusters(undrawableOf(world), state);

  const wanted = (s: Sector) => !state.sectors.length || state.sectors.includes(s);
  const lines = (sectors: readonly ('public' | 'private')[]) => {
    const trends = sectors.map((sector) => ({ sector, fit: fits.trends[sector] }));
    return {
      trends,
      trendN: trends.reduce((n, t) => n + (t.fit?.n ?? 0), 0),
      frontiers: sectors.map((sector) => ({ sector, steps: fits.frontiers[sector] })),
      // The gap needs both frontiers on the chart.
      gap: sectors.length === 2 ? fits.gap : undefined,
    };
  };
  const both = ['public', 'private'] as const;
  return { frame, frameSteps: fits.steps, data, notDrawn, ...lines(both.filter(wanted)), everySector: lines(both) };
}
