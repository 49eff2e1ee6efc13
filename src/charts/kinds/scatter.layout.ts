/**
 * Log-log scatter layout: data in, placed points, decade ticks and non-overlapping labels out.
 * Pure. Labels are placed greedily (highlighted first, then top to bottom) at the first of a
 * few candidate spots around their point that stays inside the plot and clear of every other
 * label and point; a label with no free spot is hidden (its point keeps its tooltip and name).
 */
import type { Confidence } from '../../data/schema.ts';
import type { DetailLine } from '../kit/detail.ts';
import { decadeDomain, decadesOf, decadeTicks, logScale, type Tick } from '../kit/scales.ts';

export interface ScatterDatum {
  id: string;
  label: string;
  /** Both > 0 (log scales). */
  x: number;
  y: number;
  confidence: Confidence;
  isHighlighted?: boolean;
  details: DetailLine[];
  ariaLabel: string;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface PlacedDatum {
  datum: ScatterDatum;
  cx: number;
  cy: number;
  r: number;
  /** null when every candidate spot was taken. */
  label: Box | null;
}
export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  points: PlacedDatum[];
}

const LABEL_H = 13;
const GAP = 4;

/** Points sit at least this far (in decades) inside the frame. */
const PAD = 0.05;

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface TickFormats {
  x: (v: number) => string;
  y: (v: number) => string;
}

export function layoutScatter(data: readonly ScatterDatum[], width: number, formats: TickFormats, charWidth = 6.5): ScatterLayout {
  const shown = data.filter((d) => d.x > 0 && d.y > 0 && Number.isFinite(d.x) && Number.isFinite(d.y));
  const xDomain = decadeDomain(shown.map((d) => d.x), PAD);
  const yDomain = decadeDomain(shown.map((d) => d.y), PAD);
  const height = Math.round(Math.min(420, Math.max(260, width * 0.6)));
  const yLabelWidth = Math.max(...decadesOf(yDomain).map((v) => formats.y(v).length * charWidth));
  const plot = { left: Math.ceil(yLabelWidth) + 10, top: 28, right: width - 14, bottom: height - 40 };
  const sx = logScale(xDomain, [plot.left, plot.right]);
  const sy = logScale(yDomain, [plot.bottom, plot.top]);

  const maxXLabel = Math.max(...decadesOf(xDomain).map((v) => formats.x(v).length * charWidth));
  const xTicks = decadeTicks(sx, maxXLabel + 12);
  const yTicks = decadeTicks(sy, 22);

  const points: PlacedDatum[] = shown.map((datum) => ({ datum, cx: sx(datum.x), cy: sy(datum.y), r: datum.isHighlighted ? 6 : 5, label: null }));
  const taken: Box[] = points.map((p) => ({ x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r }));
  const order = [...points].sort((a, b) => Number(!!b.datum.isHighlighted) - Number(!!a.datum.isHighlighted) || a.cy - b.cy || a.cx - b.cx);
  for (const p of order) {
    const w = p.datum.label.length * charWidth * (p.datum.isHighlighted ? 1.1 : 1);
    const d = p.r + GAP;
    const candidates: [number, number][] = [
      [p.cx + d, p.cy - LABEL_H / 2], // right
      [p.cx - d - w, p.cy - LABEL_H / 2], // left
      [p.cx - w / 2, p.cy - d - LABEL_H], // above
      [p.cx - w / 2, p.cy + d], // below
      [p.cx + d, p.cy - d - LABEL_H + 2], // upper right
      [p.cx + d, p.cy + d - 2], // lower right
      [p.cx - d - w, p.cy - d - LABEL_H + 2], // upper left
      [p.cx - d - w, p.cy + d - 2], // lower left
    ];
    for (const [x0, y0] of candidates) {
      const box = { x0, y0, x1: x0 + w, y1: y0 + LABEL_H };
      const inside = box.x0 >= plot.left && box.x1 <= plot.right && box.y0 >= plot.top - 8 && box.y1 <= plot.bottom;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        p.label = box;
        taken.push(box);
        break;
      }
    }
  }
  return { width, height, plot, xTicks, yTicks, points };
}
