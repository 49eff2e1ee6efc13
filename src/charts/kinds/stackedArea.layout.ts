/**
 * Stacked areas over time: groups' values at dates in, placed areas, columns and labels out.
 * Absolute (stacked values on a linear axis from 0) or as shares (each column sums to 100 %).
 * One focusable column per date carries every group's value, so the chart reads by keyboard and
 * screen reader as a table over time. Pure: no React, no DOM.
 */
import type { DetailLine } from '../kit/detail.ts';
import { linearScale, linearTicks, type Tick } from '../kit/scales.ts';
import { timeScale } from '../kit/timeScale.ts';

export interface StackSeries {
  key: string;
  label: string;
  /** A CSS colour (usually a `var(--c-…)`). */
  colour: string;
}

export interface StackColumn {
  id: string;
  /** `YYYY-MM-DD`, a UTC calendar date. */
  date: string;
  /** The column's name in the tooltip, e.g. "Q4 2023". */
  label: string;
  /** Per series key; a missing key is 0. */
  values: Readonly<Record<string, number>>;
  details: DetailLine[];
  ariaLabel: string;
}

export interface StackedAreaFormats {
  x: (d: Date) => string;
  y: (v: number) => string;
}

export interface PlacedBand {
  key: string;
  value: number;
  /** Its part of the column's total, 0–1 (0 when the total is 0). */
  share: number;
  /** SVG y of the band's bottom (y0) and top (y1); y1 ≤ y0. */
  y0: number;
  y1: number;
}

export interface PlacedColumn {
  column: StackColumn;
  x: number;
  /** The column's hit area: halfway to each neighbour. */
  x0: number;
  x1: number;
  total: number;
  bands: PlacedBand[];
}

export interface StackedAreaLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  key: { series: StackSeries; x: number; y: number }[];
  areas: { series: StackSeries; path: string }[];
  columns: PlacedColumn[];
  /** Names written at the right end of bands tall enough to hold them (wide layouts only). */
  labels: { series: StackSeries; x: number; y: number }[];
}

const KEY_ROW = 18;
const KEY_SWATCH = 18;
const LABEL_MIN_BAND = 13;
const LABEL_GAP = 13;
/** Below this width the key alone names the areas: the plot keeps the whole width. */
export const LABELS_FROM = 520;

const round = (v: number) => Math.round(v * 10) / 10;
const toDate = (d: string) => new Date(`${d.slice(0, 10)}T00:00:00Z`);

export function layoutStackedArea(
  series: readonly StackSeries[],
  columns: readonly StackColumn[],
  isShare: boolean,
  width: number,
  formats: StackedAreaFormats,
  charWidth = 7,
): StackedAreaLayout {
  // The key wraps in rows above the plot, so each row pushes the plot down, never over an area.
  const key: StackedAreaLayout['key'] = [];
  let kx = 4;
  let ky = 4;
  for (const s of series) {
    const w = KEY_SWATCH + 6 + s.label.length * charWidth + 14;
    if (kx > 4 && kx + w > width - 4) {
      kx = 4;
      ky += KEY_ROW;
    }
    key.push({ series: s, x: kx, y: ky });
    kx += w;
  }
  const keyHeight = key.length ? ky + KEY_ROW + 4 : 0;

  const totals = columns.map((c) => series.reduce((sum, s) => sum + positive(c.values[s.key]), 0));
  const yScale = linearScale(isShare ? [1] : totals, [0, 1]);
  const topValue = yScale.domain()[1]!;
  const yLabelWidth = Math.max(24, ...yScale.ticks(5).map((v) => formats.y(v).length * charWidth));
  const hasLabels = width >= LABELS_FROM;
  const labelRoom = hasLabels ? Math.min(120, Math.max(...series.map((s) => s.label.length), 0) * charWidth + 10) : 0;
  const height = Math.round(Math.min(420, Math.max(260, width * 0.5))) + keyHeight;
  const plot = { left: Math.ceil(yLabelWidth) + 10, top: keyHeight + 22, right: width - 12 - labelRoom, bottom: height - 28 };

  const y = linearScale([topValue], [plot.bottom, plot.top]);
  const dates = columns.map((c) => toDate(c.date));
  const first = dates[0] ?? new Date(0);
  const last = dates.at(-1) ?? first;
  const x = timeScale([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 864e5) : last], [plot.left, plot.right]);
  // About one date per 80 px; d3 may round a short axis's few to a single one (2020 alone
  // across 2010–2025 on a phone), so ask for more until d3 gives two. The spacing filter below
  // still drops a date whose label would touch the last one (only an axis narrower than two
  // labels loses one; the test checks phones from 280 px).
  const want = Math.max(2, Math.floor((plot.right - plot.left) / 80));
  let tickDates = x.ticks(want);
  for (let n = want + 1; tickDates.length < 2 && n <= want + 4; n++) tickDates = x.ticks(n);
  const xTicks = tickDates
    .map((d) => ({ value: d.getTime(), at: x(d) }))
    .filter((t, i, all) => i === 0 || t.at - all[i - 1]!.at >= formats.x(new Date(t.value)).length * charWidth + 8);
  const yTicks = linearTicks(y, 60, 24);

  const placed: PlacedColumn[] = columns.map((column, i) => {
    const cx = x(dates[i]!);
    const prev = i > 0 ? x(dates[i - 1]!) : undefined;
    const next = i < columns.length - 1 ? x(dates[i + 1]!) : undefined;
    const total = totals[i]!;
    let base = 0;
    const bands = series.map((s): PlacedBand => {
      const value = positive(column.values[s.key]);
      const share = total > 0 ? value / total : 0;
      const part = isShare ? share : value;
      const band = { key: s.key, value, share, y0: round(y(base)), y1: round(y(base + part)) };
      base += part;
      return band;
    });
    return {
      column,
      x: round(cx),
      x0: round(prev === undefined ? plot.left : (prev + cx) / 2),
      x1: round(next === undefined ? plot.right : (cx + next) / 2),
      total,
      bands,
    };
  });

  const areas = series.map((s, k) => {
    if (!placed.length) return { series: s, path: '' };
    const top = placed.map((c) => `${c.x},${c.bands[k]!.y1}`);
    const bottom = placed.map((c) => `${c.x},${c.bands[k]!.y0}`).reverse();
    return { series: s, path: `M${top.join('L')}L${bottom.join('L')}Z` };
  });

  const labels: StackedAreaLayout['labels'] = [];
  const end = placed.at(-1);
  if (hasLabels && end) {
    // Bottom to top, each label at its band's middle, nudged up to clear the one below.
    let floor = plot.bottom + LABEL_GAP;
    series.forEach((s, k) => {
      const b = end.bands[k]!;
      if (b.y0 - b.y1 < LABEL_MIN_BAND) return;
      const at = Math.min((b.y0 + b.y1) / 2 + 4, floor - LABEL_GAP);
      if (at - 10 < plot.top) return;
      labels.push({ series: s, x: end.x + 6, y: round(at) });
      floor = at;
    });
  }

  return { width, height, plot, xTicks, yTicks, key, areas, columns: placed, labels };
}

function positive(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) && v > 0 ? v : 0;
}
