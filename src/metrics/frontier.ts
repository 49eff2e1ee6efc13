/**
 * The frontier: the largest running public and the largest running private cluster at each date
 * (H100-equivalents), as step series, and the gap between them as a ratio. Public-private
 * clusters belong to neither line. Counts what `countedOn` counts (no planned, no duplicates).
 */
import type { Sector, WorldCluster } from '../data/epoch/worldTypes.ts';
import { countedOn, periodStart, type ClusterSelection } from './worldSelection.ts';

export interface FrontierStep {
  /** From this date on (until the next step), `id` is the largest. */
  date: string;
  id: string;
  h100e: number;
}

export interface FrontierGap {
  date: string;
  publicId: string;
  privateId: string;
  /** Largest private ÷ largest public. */
  ratio: number;
}

/** Every date on which a counted cluster opened or closed. */
function eventDates(clusters: readonly WorldCluster[]): string[] {
  const dates = new Set<string>();
  for (const c of clusters) {
    if (c.firstOperational) dates.add(periodStart(c.firstOperational));
    if (c.decommissioned) dates.add(periodStart(c.decommissioned));
  }
  return [...dates].sort();
}

function largestOn(clusters: readonly WorldCluster[], date: string, selection: Pick<ClusterSelection, 'isStandardOnly'>) {
  let best: WorldCluster | undefined;
  for (const c of countedOn(clusters, date, selection))
    if (c.h100e && (!best || c.h100e.value > best.h100e!.value || (c.h100e.value === best.h100e!.value && c.id < best.id))) best = c;
  return best;
}

export function frontierSteps(clusters: readonly WorldCluster[], sector: Sector, selection: Pick<ClusterSelection, 'isStandardOnly'> = {}): FrontierStep[] {
  const ofSector = clusters.filter((c) => c.sector === sector && c.h100e);
  const steps: FrontierStep[] = [];
  for (const date of eventDates(ofSector)) {
    const best = largestOn(ofSector, date, selection);
    const last = steps.at(-1);
    // A newcomer that only ties the leader does not take its place: the frontier moved first then.
    const isLeaderStillLargest = !!last && !!best && best.h100e!.value === last.h100e && countedOn(ofSector, date, selection).some((c) => c.id === last.id);
    if (best && !isLeaderStillLargest) steps.push({ date, id: best.id, h100e: best.h100e!.value });
  }
  return steps;
}

/** The leader of a step series on a date, or undefined before its first step. */
export function stepOn(steps: readonly FrontierStep[], date: string): FrontierStep | undefined {
  let found: FrontierStep | undefined;
  for (const s of steps) if (s.date <= periodStart(date)) found = s;
  return found;
}

/** The private ÷ public gap at every date either frontier moves, once both exist. */
export function frontierGap(publicSteps: readonly FrontierStep[], privateSteps: readonly FrontierStep[]): FrontierGap[] {
  const dates = [...new Set([...publicSteps, ...privateSteps].map((s) => s.date))].sort();
  const out: FrontierGap[] = [];
  for (const date of dates) {
    const pub = stepOn(publicSteps, date);
    const pri = stepOn(privateSteps, date);
    if (pub && pri) out.push({ date, publicId: pub.id, privateId: pri.id, ratio: pri.h100e / pub.h100e });
  }
  return out;
}
