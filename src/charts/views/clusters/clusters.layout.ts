/**
 * Clusters over time: first operational date (time) × H100-equivalents (log). Pure: data in,
 * placed marks, trend segments, frontier steps and labels out. Marks keep the series' order,
 * which is date order, so x never decreases along it. Labels (the post's systems only) take the
 * first free spot around their mark, as in the scatter kind; a label with no room is left out.
 */
import { fractionalYear, type TrendFit } from '../../../metrics/trendFit.ts';
import { periodStart } from '../../../metrics/worldSelection.ts';
import type { FrontierStep } from '../../../metrics/frontier.ts';
import { overlaps, type Box } from '../../kinds/scatter.layout.ts';
import { decadeDomain, decadeTicks, logScale, thinFromTop, type Tick } from '../../kit/scales.ts';
import { timeScale } from '../../kit/timeScale.ts';
import type { ClusterDatum } from './clusters.series.ts';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';
/** Sector by shape as well as colour; a cluster without a known sector is a triangle. */
export const SHAPE_OF: Record<string, Shape> = { public: 'circle', private: 'square', 'public-private': 'diamond' };

/** A mark's place and look in the frame, whatever the filters (`frameClusters`). */
export interface FramedCluster {
  datum: ClusterDatum;
  cx: number;
  cy: number;
  r: number;
  shape: Shape;
  /** Exactly the planned clusters. */
  isHollow: boolean;
}

/** A mark as the filters leave it (`layoutClusters`). */
export interface PlacedCluster extends FramedCluster {
  /** In the frame but left out by a filter: kept in place, not drawn, not reachable. */
  isHidden: boolean;
  label: Box | null;
}

export interface TrendSegment {
  sector: 'public' | 'private';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  fit: TrendFit;
}

export interface FrontierPath {
  sector: 'public' | 'private';
  /** SVG path of the step line, from its first step to the end of the time axis. */
  d: string;
}

export interface ClustersLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  points: PlacedCluster[];
  trends: TrendSegment[];
  frontiers: FrontierPath[];
  /** Legend keys flowed into rows under the axis (swatch at x, text after it); `isOff`: nothing of it is shown. */
  legend: { key: string; label: string; isOff?: boolean; x: number; y: number }[];
  /** Trend and gap sentences, wrapped to the chart's width, under the legend; `isOff`: about what the filters hide. */
  captions: { text: string; isOff?: boolean; x: number; y: number }[];
}

export interface ClustersLayoutInput {
  /** Every mark the chart holds, in date order; the axes fit these (`ClustersSeries.frame`). */
  frame: readonly ClusterDatum[];
  /** Frontier steps the axes hold too, whichever frontiers are drawn (`ClustersSeries.frameSteps`). */
  frameSteps: readonly FrontierStep[];
  /** The marks shown: `frame`'s objects that the filters keep. */
  data: readonly ClusterDatum[];
  trends: readonly { sector: 'public' | 'private'; fit: TrendFit | undefined }[];
  frontiers: readonly { sector: 'public' | 'private'; steps: readonly FrontierStep[] }[];
  /** The data's last date: the time axis and the frontier run to it. */
  snapshot: string;
  legend: readonly { key: string; label: string; isOff?: boolean }[];
  /** Sentences under the key; one with `isOff` tells of what the filters hide (drawn muted, in its place). */
  captions: readonly { text: string; isOff?: boolean }[];
  /** Sentences the chart keeps room for under the key (every sector's), so its height stays when a filter drops some. */
  roomFor?: readonly string[];
}

const LABEL_H = 13;
/**
 * Space kept between two labels: each has a 3 px halo, and a 13 px box leaves the descent out,
 * so labels stacked with no gap touched on screen (seen in Chromium at 1280 px: "Venado" on
 * "HPC6", "GPT-4 run (est.)" on "MareNostrum 5 ACC").
 */
const LABEL_GAP = 2;
const GAP = 3;
const R = 4;
const PAD = 0.05;
const YEAR_MS = 365.2425 * 86_400_000;
const SWATCH = 10;
const LINE = 17;

/**
 * Width of a semibold 12 px label, from per-character advances close to Arial/Helvetica Bold
 * (plus 5 %): capitals and digits are wider than the average letter, so names such as "HPC6"
 * overflowed a length × average estimate.
 */
export function labelWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.28;
    else if ('MW'.includes(ch) || ch === 'm' || ch === 'w') em += 0.89;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (/[0-9]/.test(ch)) em += 0.56;
    else if ('iljtf'.includes(ch)) em += 0.33;
    else if (/[a-z]/.test(ch)) em += 0.6;
    else em += 0.4;
  }
  return em * fontSize * 1.05;
}

const grow = (b: Box, d: number): Box => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });

/** Greedy word wrap at `max` characters (a word longer than that gets its own line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export const dateMs = (date: string) => Date.parse(`${periodStart(date)}T00:00:00Z`);

/** The point where a fitted line crosses a date: log10(y) = intercept + slope × year. */
export const fitValueAt = (fit: TrendFit, date: string) => 10 ** (fit.interceptLog10 + fit.slopeLog10PerYear * fractionalYear(date));

/**
 * Mark centres to 0.1 px: finer is invisible at any width the chart is drawn, and the prerendered
 * page prints every coordinate (15 digits each made its HTML several times larger).
 */
const round1 = (v: number) => Math.round(v * 10) / 10;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Clips the segment (x1,y1)-(x2,y2) to top ≤ y ≤ bottom; null if it lies wholly outside. */
function clipY(s: { x1: number; y1: number; x2: number; y2: number }, top: number, bottom: number) {
  let { x1, y1, x2, y2 } = s;
  for (const edge of [top, bottom]) {
    const out1 = edge === top ? y1 < top : y1 > bottom;
    const out2 = edge === top ? y2 < top : y2 > bottom;
    if (out1 && out2) return null;
    if (out1 || out2) {
      const t = (edge - y1) / (y2 - y1);
      const x = x1 + t * (x2 - x1);
      if (out1) [x1, y1] = [x, edge];
      else [x2, y2] = [x, edge];
    }
  }
  return { x1, y1, x2, y2 };
}

/**
 * What a chart's frame fixes whatever the region, sector, certainty and vendor filters: the axes
 * and every mark's place. A view keeps it while those filters change (`layoutClusters`' last
 * argument), so a filter re-places nothing.
 */
export interface ClustersFrame {
  width: number;
  plotHeight: number;
  plot: ClustersLayout['plot'];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Every mark of the frame. */
  points: readonly FramedCluster[];
  /** The time axis' data span: trend lines run across it, frontiers to its end. */
  start: number;
  end: number;
  sx: (d: Date) => number;
  sy: (v: number) => number;
}

/** Frames `frame`'s marks and the frontier `steps` (the axes hold both, so no step line leaves the plot). */
export function frameClusters(frame: readonly ClusterDatum[], steps: readonly FrontierStep[], snapshot: string, width: number, formatY: (v: number) => string, charWidth = 6.5): ClustersFrame {
  const times = frame.map((d) => dateMs(d.date));
  let first = Infinity;
  let last = dateMs(snapshot);
  for (const t of [...times, ...steps.map((s) => dateMs(s.date))]) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const end = last;
  const start = Number.isFinite(first) ? Math.min(first, end - YEAR_MS) : end - 5 * YEAR_MS;
  const span = end - start;
  const xDomain = [new Date(start - span * 0.02), new Date(end + span * 0.02)];
  const yDomain = decadeDomain([...frame.map((d) => d.h100e), ...steps.map((s) => s.h100e)], PAD);

  const plotHeight = Math.round(Math.min(440, Math.max(260, width * 0.55)));
  // Room for the widest decade label ("100.000" is wider than "1 M").
  let yLabelChars = 1;
  for (let v = yDomain[0]; v <= yDomain[1] * 1.0001; v *= 10) yLabelChars = Math.max(yLabelChars, formatY(v).length);
  const yLabelWidth = yLabelChars * charWidth;
  const plot = { left: Math.ceil(yLabelWidth) + 10, top: 24, right: width - 12, bottom: plotHeight - 40 };
  const sx = timeScale(xDomain, [plot.left, plot.right]);
  const sy = logScale(yDomain, [plot.bottom, plot.top]);

  // Year ticks, thinned to one per ~60 px so "2026" labels never touch on a phone.
  const years = sx.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 60))).filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const xTicks = thinFromTop(years.map((d) => ({ value: d.getTime(), at: sx(d) })), 40, plot.right - plot.left);
  const yTicks = decadeTicks(sy, 22);

  const points: FramedCluster[] = frame.map((datum, i) => ({
    datum,
    cx: round1(sx(new Date(times[i]!))),
    cy: round1(sy(datum.h100e)),
    r: datum.isPostSystem || datum.isPinned ? R + 1 : R,
    shape: SHAPE_OF[datum.sector ?? ''] ?? 'triangle',
    isHollow: datum.status === 'planned',
  }));
  return { width, plotHeight, plot, xTicks, yTicks, points, start, end, sx, sy };
}

/**
 * The chart: `framed` (from `frameClusters` of the same input, width and format, when the caller
 * keeps it) with the filters' hidden marks, the labels, trends, frontiers, legend and captions.
 */
export function layoutClusters(
  input: ClustersLayoutInput,
  width: number,
  formatY: (v: number) => string,
  charWidth = 6.5,
  framed: ClustersFrame = frameClusters(input.frame, input.frameSteps, input.snapshot, width, formatY, charWidth),
): ClustersLayout {
  const { plotHeight, plot, xTicks, yTicks, start, end, sx, sy } = framed;
  const shown = new Set(input.data);

  // Under the axis: legend rows, then the captions, each wrapped to the width.
  const legend: ClustersLayout['legend'] = [];
  let lx = 4;
  let ly = plotHeight + 6;
  for (const item of input.legend) {
    const w = SWATCH + 6 + item.label.length * charWidth + 14;
    if (lx > 4 && lx + w > width) {
      lx = 4;
      ly += LINE;
    }
    legend.push({ ...item, x: lx, y: ly });
    lx += w;
  }
  const top = ly + LINE + 4;
  const columns = Math.max(10, Math.floor((width - 8) / charWidth));
  let cy = top;
  const captions: ClustersLayout['captions'] = [];
  for (const { text, isOff } of input.captions)
    for (const line of wrap(text, columns)) {
      captions.push({ text: line, isOff, x: 4, y: cy });
      cy += LINE;
    }
  const roomFor = (input.roomFor ?? []).reduce((n, text) => n + wrap(text, columns).length, 0);
  const height = Math.ceil(Math.max(cy, top + roomFor * LINE));

  // New objects for the filter's hidden flag and labels; the memoised marks compare their fields.
  // Written out, not spread: a literal of known shape is several times faster over 1,000 marks.
  const points: PlacedCluster[] = framed.points.map((p) => ({ datum: p.datum, cx: p.cx, cy: p.cy, r: p.r, shape: p.shape, isHollow: p.isHollow, isHidden: !shown.has(p.datum), label: null }));

  // Hundreds of marks (the post's systems among them) leave no empty spot where those systems
  // sit, so a label may cover marks (it has a halo) but never another label.
  // The reader's pins first (asked for by name), then Spain's systems (the post is about them),
  // then the rest of the EU's, then from the top down.
  // Then the rest of the EU's: the post's view is European, and where labels crowd (the embed's
  // 640 px) LUMI lost its place to larger US systems.
  const nearness = (p: PlacedCluster) => (p.datum.cluster.region === 'spain' ? 2 : p.datum.cluster.region === 'rest-of-eu' ? 1 : 0);
  const isPinned = (p: PlacedCluster) => Number(p.datum.isPinned);
  const labelled = points
    .filter((p) => !p.isHidden && (p.datum.isPostSystem || p.datum.isPinned))
    .sort((a, b) => isPinned(b) - isPinned(a) || nearness(b) - nearness(a) || a.cy - b.cy || a.cx - b.cx);
  const taken: Box[] = [];
  for (const p of labelled) {
    // Labels are semibold: measured by their letters, not the axis text's `charWidth`.
    const w = labelWidth(p.datum.name, charWidth * (12 / 6.5));
    const d = p.r + GAP;
    const mid = p.cy - LABEL_H / 2;
    const spots: [number, number][] = [
      [p.cx - d - w, mid],
      [p.cx + d, mid],
      [p.cx - w / 2, p.cy - d - LABEL_H],
      [p.cx - w / 2, p.cy + d],
      [p.cx - d - w, p.cy - d - LABEL_H + 2],
      [p.cx + d, p.cy - d - LABEL_H + 2],
      [p.cx - d - w, p.cy + d - 2],
      [p.cx + d, p.cy + d - 2],
      // Further out, still touching the mark's row or column, before giving up.
      [p.cx - w + d, p.cy - d - LABEL_H - 4],
      [p.cx - w + d, p.cy + d + 4],
    ];
    for (const [x0, y0] of spots) {
      const box = { x0, y0, x1: x0 + w, y1: y0 + LABEL_H };
      if (box.x0 >= plot.left && box.x1 <= plot.right && box.y0 >= plot.top - 8 && box.y1 <= plot.bottom && !taken.some((t) => overlaps(grow(t, LABEL_GAP), box))) {
        p.label = box;
        taken.push(box);
        break;
      }
    }
  }

  // Each fit drawn over the span of the time axis that holds data, clipped to the plot.
  const from = isoDay(start);
  const to = isoDay(end);
  const trends: TrendSegment[] = [];
  for (const { sector, fit } of input.trends) {
    if (!fit) continue;
    const seg = clipY({ x1: sx(new Date(dateMs(from))), y1: sy(fitValueAt(fit, from)), x2: sx(new Date(dateMs(to))), y2: sy(fitValueAt(fit, to)) }, plot.top, plot.bottom);
    if (seg) trends.push({ sector, fit, ...seg });
  }

  const frontiers: FrontierPath[] = [];
  for (const { sector, steps } of input.frontiers) {
    if (!steps.length) continue;
    let d = '';
    steps.forEach((s, i) => {
      const x = sx(new Date(dateMs(s.date)));
      const y = sy(s.h100e);
      d += i === 0 ? `M${x.toFixed(1)},${y.toFixed(1)}` : `H${x.toFixed(1)}V${y.toFixed(1)}`;
    });
    d += `H${sx(new Date(end)).toFixed(1)}`;
    frontiers.push({ sector, d });
  }

  return { width, height, plot, xTicks, yTicks, points, trends, frontiers, legend, captions };
}

/**
 * The mark under a pointer at (x, y): the nearest centre within its radius plus `slack` px, so a
 * 4 px mark answers a pointer (or a finger) a few pixels off without a second, invisible hit
 * shape per mark. A scan, not a spatial index: at ~1,000 marks it takes microseconds. A hidden
 * mark is never found.
 */
export function nearestMark(points: readonly (Pick<PlacedCluster, 'cx' | 'cy' | 'r'> & { isHidden?: boolean })[], x: number, y: number, slack = 3): number | null {
  let best: number | null = null;
  let bestD = Infinity;
  points.forEach((p, i) => {
    if (p.isHidden) return;
    const d = Math.hypot(p.cx - x, p.cy - y);
    if (d <= p.r + slack && d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}
