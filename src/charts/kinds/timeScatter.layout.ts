/**
 * Scatter over time: dates across (a UTC time axis), a positive value up (log, whole decades).
 * Generic, so clusters, models and chips share it: each mark brings its shape, its colour
 * slot, whether it is hollow (planned, not yet real) and whether it is labelled; optional line
 * series draw trends (straight in log space) or steps (a frontier). Pure.
 *
 * Dates are placed at the middle of the period they name (`fractionalYear`), the same rule the
 * trend fit uses, so a fitted line passes through the marks it was fitted to. Only labelled
 * marks get a label (with ~900 marks, labelling everything hides the data); a label with no
 * free spot is hidden and its mark keeps its tooltip.
 */
import { fractionalYear } from '../../metrics/trendFit.ts';
import type { Confidence } from '../../data/schema.ts';
import type { DetailLine } from '../kit/detail.ts';
import { decadeDomain, decadesOf, decadeTicks, logScale, thinFromTop, type Tick } from '../kit/scales.ts';
import { timeScale } from '../kit/timeScale.ts';
import { overlaps, type Box } from './scatter.layout.ts';

export const MARK_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

export interface TimeMarkDatum {
  id: string;
  label: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** > 0 (log axis). */
  value: number;
  shape: MarkShape;
  /** Index into the chart's categorical palette (`--c-cat-<n>`); the legend says what it means. */
  colour: number;
  /** Drawn as an outline only (planned, announced). */
  isHollow?: boolean;
  confidence: Confidence;
  /** Gets a text label when there is room (the post's entities, the pinned ones). */
  isLabelled?: boolean;
  isHighlighted?: boolean;
  details: DetailLine[];
  ariaLabel: string;
}

export interface TimeLinePoint {
  /** Fractional year (trendFit's `fractionalYear`). */
  year: number;
  value: number;
}

export interface TimeLineSeries {
  id: string;
  label: string;
  points: readonly TimeLinePoint[];
  /** `line` joins points straight; `step` holds each value until the next point (a frontier). */
  kind: 'line' | 'step';
  colour: number;
  isDashed?: boolean;
}

/** One entry of the key drawn above the plot (so images carry it too). */
export interface TimeKeyEntry {
  label: string;
  colour: number;
  shape: MarkShape;
  confidence: Confidence;
  isHollow?: boolean;
  /** A line series' entry (drawn as a short line, dashed when the series is). */
  line?: { isDashed?: boolean };
  /**
   * None of its marks is shown by the current filter: drawn faint and struck through, in its
   * place (the key, like the axes, names what the frame can show, so a filter moves nothing).
   */
  isOff?: boolean;
}

export interface PlacedKeyEntry {
  entry: TimeKeyEntry;
  x: number;
  y: number;
}

export interface PlacedTimeMark {
  datum: TimeMarkDatum;
  cx: number;
  cy: number;
  r: number;
  label: Box | null;
  /** A label set away from its mark gets a leader line from the mark to the label's near edge. */
  leader: { x: number; y: number } | null;
}

export interface PlacedLine {
  series: TimeLineSeries;
  /** SVG path, clipped to the plot's value range. */
  d: string;
  /** Where its label goes: the end of the line. */
  end: { x: number; y: number };
}

export interface TimeScatterLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The axes' domains, so lines can be placed on this frame later (`placeTimeLines`). */
  xDomain: [Date, Date];
  yDomain: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  marks: PlacedTimeMark[];
  lines: PlacedLine[];
  key: PlacedKeyEntry[];
}

export interface TimeScatterFormats {
  /** A tick on the time axis, given as a UTC date. */
  x: (d: Date) => string;
  y: (v: number) => string;
}

const LABEL_H = 13;
const LABEL_PAD = 3;
const KEY_SWATCH = 16;
const KEY_GAP = 12;
const KEY_ROW = 18;
const GAP = 4;
const PAD = 0.05;

/** A fractional year as a UTC date (inverse of `fractionalYear`, to within the day). */
export function yearToDate(year: number): Date {
  const y = Math.floor(year);
  const start = Date.UTC(y, 0, 1);
  return new Date(start + (year - y) * (Date.UTC(y + 1, 0, 1) - start));
}

const markRadius = (d: TimeMarkDatum) => (d.isHighlighted ? 6 : d.isLabelled ? 5 : 3.5);

/** Marks, axes, key and lines in one call: `placeTimeKey`, `layoutTimeFrame`, `placeTimeLines`. */
export function layoutTimeScatter(
  data: readonly TimeMarkDatum[],
  lines: readonly TimeLineSeries[],
  width: number,
  formats: TimeScatterFormats,
  keyEntries: readonly TimeKeyEntry[] = [],
  charWidth = 6.5,
): TimeScatterLayout {
  const key = placeTimeKey(keyEntries, width, charWidth);
  const frame = layoutTimeFrame(data, width, formats, key.height, charWidth);
  return { ...frame, key: key.entries, lines: placeTimeLines(frame, lines) };
}

/** The key in rows above the plot; each row pushes the plot down (`height`), never over a mark. */
export function placeTimeKey(keyEntries: readonly TimeKeyEntry[], width: number, charWidth = 6.5): { entries: PlacedKeyEntry[]; height: number } {
  const entries: PlacedKeyEntry[] = [];
  let kx = 4;
  let ky = 8;
  for (const entry of keyEntries) {
    const w = KEY_SWATCH + entry.label.length * charWidth + KEY_GAP;
    if (kx > 4 && kx + w > width - 4) {
      kx = 4;
      ky += KEY_ROW;
    }
    entries.push({ entry, x: kx, y: ky });
    kx += w;
  }
  return { entries, height: entries.length ? ky + KEY_ROW : 0 };
}

/**
 * The frame: axes and every mark's place and label, below a key `keyHeight` tall. Depends on the
 * key only through its height, so a key entry whose words change (a trend's ×N) keeps the frame.
 */
export function layoutTimeFrame(data: readonly TimeMarkDatum[], width: number, formats: TimeScatterFormats, keyHeight: number, charWidth = 6.5): Omit<TimeScatterLayout, 'key' | 'lines'> {
  const shown = data
    .filter((d) => d.value > 0 && Number.isFinite(d.value) && Number.isFinite(fractionalYear(d.date)))
    .map((d) => ({ d, year: fractionalYear(d.date) }))
    // Keyboard order is time order; ties by value, then id, so the order never depends on input order.
    .sort((a, b) => a.year - b.year || a.d.value - b.d.value || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
  const yDomain = decadeDomain(shown.map((s) => s.d.value), PAD);
  const years = shown.map((s) => s.year);
  const y0 = years.length ? years[0]! : 2000;
  const y1 = years.length ? years[years.length - 1]! : 2001;
  // A sliver of time either side so no mark sits on the frame; a single date still gets a span.
  const span = Math.max(0.5, y1 - y0);
  const xDomain: [Date, Date] = [yearToDate(y0 - span * 0.02), yearToDate(y1 + span * 0.02)];
  const height = Math.round(Math.min(460, Math.max(300, width * 0.6))) + keyHeight;
  const yLabelWidth = Math.max(...decadesOf(yDomain).map((v) => formats.y(v).length * charWidth));
  const plot = { left: Math.ceil(yLabelWidth) + 10, top: 28 + keyHeight, right: width - 14, bottom: height - 40 };
  const sx = timeScale(xDomain, [plot.left, plot.right]);
  const sy = logScale(yDomain, [plot.bottom, plot.top]);

  const tickDates = sx.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70)));
  const widest = Math.max(...tickDates.map((t) => formats.x(t).length * charWidth), 0);
  const xTicks = thinFromTop(
    tickDates.map((t) => ({ value: t.getTime(), at: sx(t) })),
    widest + 12,
    plot.right - plot.left,
  );
  const yTicks = decadeTicks(sy, 22);

  const marks: PlacedTimeMark[] = shown.map(({ d, year }) => ({ datum: d, cx: sx(yearToDate(year)), cy: sy(d.value), r: markRadius(d), label: null, leader: null }));
  placeLabels(marks, plot, charWidth);

  return { width, height, plot, xDomain, yDomain, xTicks, yTicks, marks };
}

/**
 * Line series placed on a laid-out frame (its plot and domains), clipped to its value range.
 * Apart from the marks, so a filter that changes a trend but keeps the frame re-places the
 * lines only.
 */
export function placeTimeLines(frame: Pick<TimeScatterLayout, 'plot' | 'xDomain' | 'yDomain'>, lines: readonly TimeLineSeries[]): PlacedLine[] {
  const { plot, xDomain, yDomain } = frame;
  const sx = timeScale(xDomain, [plot.left, plot.right]);
  const sy = logScale(yDomain, [plot.bottom, plot.top]);
  const [lo, hi] = yDomain;
  const clampY = (v: number) => sy(Math.min(hi, Math.max(lo, v)));
  const placed: PlacedLine[] = [];
  for (const series of lines) {
    const pts = series.points.filter((p) => p.value > 0 && Number.isFinite(p.value) && Number.isFinite(p.year));
    if (pts.length < 2) continue;
    const xy = pts.map((p) => [sx(yearToDate(p.year)), clampY(p.value)] as const);
    let d = `M${r1(xy[0]![0])},${r1(xy[0]![1])}`;
    for (let i = 1; i < xy.length; i++) {
      const [x, y] = xy[i]!;
      d += series.kind === 'step' ? `H${r1(x)}V${r1(y)}` : `L${r1(x)},${r1(y)}`;
    }
    const last = xy[xy.length - 1]!;
    placed.push({ series, d, end: { x: last[0], y: last[1] } });
  }
  return placed;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Greedy, highlighted first, then top to bottom: the first of eight spots around the mark that
 * stays in the plot and clear of every mark and label already placed.
 */
function placeLabels(marks: PlacedTimeMark[], plot: TimeScatterLayout['plot'], charWidth: number): void {
  const labelled = marks.filter((p) => p.datum.isLabelled || p.datum.isHighlighted);
  if (!labelled.length) return;
  const taken: Box[] = labelled.map((p) => ({ x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r }));
  const order = [...labelled].sort((a, b) => Number(!!b.datum.isHighlighted) - Number(!!a.datum.isHighlighted) || a.cy - b.cy || a.cx - b.cx);
  for (const p of order) {
    const w = p.datum.label.length * charWidth * (p.datum.isHighlighted ? 1.1 : 1);
    const d = p.r + GAP;
    const candidates: [number, number][] = [
      [p.cx + d, p.cy - LABEL_H / 2],
      [p.cx - d - w, p.cy - LABEL_H / 2],
      [p.cx - w / 2, p.cy - d - LABEL_H],
      [p.cx - w / 2, p.cy + d],
      [p.cx + d, p.cy - d - LABEL_H + 2],
      [p.cx + d, p.cy + d - 2],
      [p.cx - d - w, p.cy - d - LABEL_H + 2],
      [p.cx - d - w, p.cy + d - 2],
    ];
    // Where marks crowd (the post's models within weeks of each other), farther spots to the
    // left and right, joined to their mark by a leader line.
    for (let k = 1; k <= 4; k++)
      for (const dy of [-k, k]) {
        candidates.push([p.cx - d - w - 12 * k, p.cy - LABEL_H / 2 + dy * (LABEL_H + 2)]);
        candidates.push([p.cx + d + 12 * k, p.cy - LABEL_H / 2 + dy * (LABEL_H + 2)]);
      }
    for (const [i, [x0, y0]] of candidates.entries()) {
      const box = { x0, y0, x1: x0 + w, y1: y0 + LABEL_H };
      const inside = box.x0 >= plot.left && box.x1 <= plot.right && box.y0 >= plot.top - 8 && box.y1 <= plot.bottom;
      // A small margin, so two labels never read as one word.
      const padded = { x0: box.x0 - LABEL_PAD, y0: box.y0, x1: box.x1 + LABEL_PAD, y1: box.y1 };
      if (inside && !taken.some((t) => overlaps(t, padded))) {
        p.label = box;
        if (i >= 8) p.leader = { x: box.x1 < p.cx ? box.x1 : box.x0, y: (box.y0 + box.y1) / 2 };
        taken.push(box);
        break;
      }
    }
  }
}
