/**
 * Horizontal bar chart layout: rows in, placed marks out. Pure: no React, no DOM.
 * On narrow widths the category label moves above its bar so bars keep most of a phone's width.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { Confidence } from '../data/schema.ts';

export type ScaleType = 'log' | 'linear';

export interface BarRow {
  id: string;
  label: string;
  value: number;
  /** Upper end of a reported range (drawn as a whisker). */
  high?: number;
  confidence: Confidence;
  /** Formatted value shown at the end of the bar. */
  valueLabel: string;
  /** A second line under the label (e.g. the money scope). */
  sublabel?: string;
  isHighlighted?: boolean;
  /** A what-if or other hypothetical mark, drawn apart from sourced figures. */
  isHypothetical?: boolean;
}

export interface PlacedBar<R extends BarRow = BarRow> {
  row: R;
  /** Bar rectangle, in SVG coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** End of the range whisker, when the row has `high`. */
  highX?: number;
  labelX: number;
  labelY: number;
  valueX: number;
  valueY: number;
  /** Value label drawn inside the bar (light text) when there is no room to its right. */
  isValueInside: boolean;
}

export interface BarLayout<R extends BarRow = BarRow> {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: PlacedBar<R>[];
  ticks: { x: number; value: number }[];
  isCompact: boolean;
}

export const COMPACT_BELOW = 520;
const BAR = 18;
const GAP = 10;
const LABEL_LINE = 15;
const AXIS = 34;
/** Fewer ticks than this many pixels apart overlap their labels on phones. */
const MIN_TICK_GAP = 56;
/** Room kept right of the longest bar for its value label (about 9 characters). */
const VALUE_ROOM = 76;

export function layoutBars<R extends BarRow>(
  rows: readonly R[],
  width: number,
  scaleType: ScaleType,
  charWidth = 7,
): BarLayout<R> {
  const isCompact = width < COMPACT_BELOW;
  const hasSublabel = rows.some((r) => r.sublabel);
  const longest = rows.reduce((m, r) => Math.max(m, r.label.length, (r.sublabel ?? '').length), 0);
  const labelWidth = isCompact ? 0 : Math.min(Math.round(width * 0.34), Math.max(80, longest * charWidth + 12));
  const labelBlock = isCompact ? LABEL_LINE * (hasSublabel ? 2 : 1) + 2 : 0;
  const rowHeight = Math.max(BAR + GAP + labelBlock, !isCompact && hasSublabel ? 2 * LABEL_LINE + GAP : 0);
  const plot = { left: labelWidth + (isCompact ? 0 : 8), top: 4, right: Math.max(labelWidth + 60, width - VALUE_ROOM), bottom: 0 };
  plot.bottom = plot.top + rows.length * rowHeight;

  const values = rows.flatMap((r) => (r.high ? [r.value, r.high] : [r.value])).filter((v) => v > 0 && Number.isFinite(v));
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values) : 1;
  const x =
    scaleType === 'log'
      ? scaleLog()
          .domain([Math.pow(10, Math.floor(Math.log10(min * 0.9999))), Math.pow(10, Math.ceil(Math.log10(max * 1.0001)))])
          .range([plot.left, plot.right])
      : scaleLinear().domain([0, max]).nice().range([plot.left, plot.right]);
  const [d0] = x.domain() as [number, number];

  const ticks =
    scaleType === 'log'
      ? (x.ticks() as number[]).filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
      : (x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90))) as number[]);

  const bars = rows.map((row, i): PlacedBar<R> => {
    const top = plot.top + i * rowHeight;
    const y = top + labelBlock + (rowHeight - labelBlock - BAR - GAP) / 2;
    const x0 = scaleType === 'log' ? x(d0) : x(0);
    const x1 = row.value > 0 && Number.isFinite(row.value) ? x(row.value) : x0;
    const barWidth = Math.max(1, x1 - x0);
    const valueWidth = row.valueLabel.length * charWidth + 8;
    const isValueInside = x1 + valueWidth > width && barWidth > valueWidth + 4;
    return {
      row,
      x: x0,
      y,
      width: barWidth,
      height: BAR,
      highX: row.high ? x(row.high) : undefined,
      labelX: isCompact ? plot.left : labelWidth,
      labelY: isCompact ? top + LABEL_LINE - 3 : y + BAR / 2,
      valueX: isValueInside ? x1 - 6 : Math.max(x1, row.high ? x(row.high) : x1) + 6,
      valueY: y + BAR / 2,
      isValueInside,
    };
  });

  // Thin from the top end so the largest tick (the one readers compare against) stays.
  const step = Math.max(1, Math.ceil((ticks.length * MIN_TICK_GAP) / Math.max(1, plot.right - plot.left)));
  const kept = ticks.filter((_, i) => (ticks.length - 1 - i) % step === 0);

  return {
    width,
    height: plot.bottom + AXIS,
    plot,
    bars,
    ticks: kept.map((t) => ({ value: t, x: x(t) })),
    isCompact,
  };
}
