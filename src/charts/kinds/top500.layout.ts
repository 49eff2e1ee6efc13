/**
 * Rank-over-editions (slope) chart layout: series in, placed points, segments and labels out.
 * Pure. Rank runs down the y axis on a log scale (1 at the top) because the top of the list is
 * where ranks are dense and where readers look; 1, 2, 5, 10, 20, 50… are the ticks.
 */
import type { Confidence } from '../../data/schema.ts';
import type { DetailLine } from '../kit/detail.ts';
import { logScale, slotScale, type Tick } from '../kit/scales.ts';

export interface RankPointInput {
  id: string;
  /** "YYYY-06" or "YYYY-11". */
  edition: string;
  rank: number;
  confidence: Confidence;
  details: DetailLine[];
  ariaLabel: string;
}
export interface RankSeries {
  id: string;
  label: string;
  isHighlighted: boolean;
  /** Oldest edition first. */
  points: RankPointInput[];
}

export interface PlacedRankPoint {
  series: RankSeries;
  point: RankPointInput;
  x: number;
  y: number;
}
export interface RankSegment {
  seriesId: string;
  isHighlighted: boolean;
  /** Drawn dashed: it leads to or from a figure that is not official. */
  isDashed: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface RankLabel {
  seriesId: string;
  lines: string[];
  x: number;
  /** Top of the first line's box; lines are LINE px apart. */
  y: number;
  height: number;
}
export interface RankLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  editions: { edition: string; x: number }[];
  /** 1, 2, 5, 10… down the y axis. */
  rankTicks: Tick[];
  segments: RankSegment[];
  /** In reading order: series by series, oldest edition first (the keyboard order). */
  points: PlacedRankPoint[];
  labels: RankLabel[];
}

export const LABEL_LINE = 14;
const MIN_TICK_GAP = 18;

/** The smallest of 1, 2, 5, 10, 20, 50… that is at least `n`. */
export function niceRankCeiling(n: number): number {
  for (let k = 1; ; k *= 10) for (const f of [1, 2, 5]) if (f * k >= n) return f * k;
}

/** A label split at its last space when it is wider than `maxChars`. */
function wrap(label: string, maxChars: number): string[] {
  if (label.length <= maxChars) return [label];
  const cut = label.lastIndexOf(' ');
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
}

export function layoutRanks(series: readonly RankSeries[], editions: readonly string[], width: number, charWidth = 7): RankLayout {
  const isCompact = width < 520;
  const labelled = series.filter((s) => s.isHighlighted && s.points.length);
  const maxChars = isCompact ? 11 : 24;
  const wrapped = new Map(labelled.map((s) => [s.id, wrap(s.label, maxChars)] as const));
  const longest = Math.max(0, ...[...wrapped.values()].flat().map((l) => l.length));
  const right = longest ? Math.min(longest * charWidth + 14, Math.round(width * 0.34)) : 12;
  const height = Math.round(Math.min(340, Math.max(240, width * 0.42)));
  const plot = { left: 44, top: 28, right: Math.max(60, width - right), bottom: height - 40 };

  const slot = slotScale(editions, [plot.left, plot.right]);
  const xOf = new Map(editions.map((e) => [e, slot(e)!] as const));
  const maxRank = niceRankCeiling(Math.max(2, ...series.flatMap((s) => s.points.map((p) => p.rank))));
  const rankY = logScale([1, maxRank], [plot.top, plot.bottom]);
  const yOf = (rank: number) => rankY(Math.max(1, rank));

  const points: PlacedRankPoint[] = [];
  const segments: RankSegment[] = [];
  for (const s of series) {
    const placed = s.points
      .filter((p) => xOf.has(p.edition))
      .map((p) => ({ series: s, point: p, x: xOf.get(p.edition)!, y: yOf(p.rank) }))
      .sort((a, b) => a.x - b.x);
    placed.forEach((p, i) => {
      const next = placed[i + 1];
      if (next)
        segments.push({
          seriesId: s.id,
          isHighlighted: s.isHighlighted,
          isDashed: p.point.confidence !== 'official' || next.point.confidence !== 'official',
          x1: p.x,
          y1: p.y,
          x2: next.x,
          y2: next.y,
        });
    });
    points.push(...placed);
  }

  const rankTicks: Tick[] = [];
  for (let k = 1; k <= maxRank; k *= 10)
    for (const f of [1, 2, 5]) {
      const rank = f * k;
      const at = yOf(rank);
      const prev = rankTicks[rankTicks.length - 1];
      if (rank <= maxRank && (!prev || at - prev.at >= MIN_TICK_GAP)) rankTicks.push({ value: rank, at });
    }

  return {
    width,
    height,
    plot,
    editions: editions.map((edition) => ({ edition, x: xOf.get(edition)! })),
    rankTicks,
    segments,
    points,
    labels: placeLabels(labelled, points, wrapped, plot),
  };
}

/** End labels beside each highlighted line's last point, pushed apart so none overlap. */
function placeLabels(
  labelled: readonly RankSeries[],
  points: readonly PlacedRankPoint[],
  wrapped: ReadonlyMap<string, string[]>,
  plot: RankLayout['plot'],
): RankLabel[] {
  const labels = labelled.flatMap((s) => {
    const last = points.filter((p) => p.series.id === s.id).at(-1);
    if (!last) return [];
    const lines = wrapped.get(s.id)!;
    const height = lines.length * LABEL_LINE;
    return [{ seriesId: s.id, lines, x: last.x + 10, y: last.y - height / 2, height }];
  });
  labels.sort((a, b) => a.y - b.y);
  for (let i = 1; i < labels.length; i++) {
    const prev = labels[i - 1]!;
    labels[i]!.y = Math.max(labels[i]!.y, prev.y + prev.height + 2);
  }
  // If the stack ran off the bottom, slide it back up (the top has room by construction).
  let limit = plot.bottom + 20;
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i]!;
    l.y = Math.max(0, Math.min(l.y, limit - l.height));
    limit = l.y - 2;
  }
  return labels;
}
