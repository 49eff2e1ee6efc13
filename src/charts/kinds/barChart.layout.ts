/**
 * Horizontal bar chart layout: rows in, placed marks out. Pure: no React, no DOM.
 * On narrow widths the category label moves above its bar so bars keep most of a phone's width.
 */
import type { Confidence } from '../../data/schema.ts';
import { decadeDomain, decadeTicks, linearScale, linearTicks, logScale, type ScaleType, type Tick } from '../kit/scales.ts';
export type { ScaleType } from '../kit/scales.ts';

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
  ticks: Tick[];
  isCompact: boolean;
}

export const COMPACT_BELOW = 520;
const BAR = 18;
const GAP = 10;
const LABEL_LINE = 15;
const AXIS = 34;
/** Fewer ticks than this many pixels apart overlap their labels on phones. */
const MIN_TICK_GAP = 56;
/** Linear axes get about one tick per this many pixels. */
const TICK_SPACING = 90;
/** Bars start on a decade line: pad a hair so a value of exactly 1,000 still gets a bar. */
const LOG_PAD = Math.log10(1.0001);
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
  const range: [number, number] = [plot.left, plot.right];
  const log = scaleType === 'log' ? logScale(decadeDomain(values, LOG_PAD), range) : undefined;
  const lin = log ? undefined : linearScale(values, range);
  const x = (v: number) => (log ? log(v) : lin!(v));
  const x0 = log ? log.range()[0]! : lin!(0);
  const ticks = log ? decadeTicks(log, MIN_TICK_GAP) : linearTicks(lin!, TICK_SPACING, MIN_TICK_GAP);

  const bars = rows.map((row, i): PlacedBar<R> => {
    const top = plot.top + i * rowHeight;
    const y = top + labelBlock + (rowHeight - labelBlock - BAR - GAP) / 2;
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

  return {
    width,
    height: plot.bottom + AXIS,
    plot,
    bars,
    ticks,
    isCompact,
  };
}
