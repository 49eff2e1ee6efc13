/**
 * Unit chart ("waffle") layout: two values in, two blocks of equal-sized squares out, each
 * square worth the same fixed unit. Pure: no React, no DOM.
 *
 * Both blocks share the square size and the column count, so their areas compare honestly.
 * The last square of a value is filled only in proportion (4,470 at 20 per square is 223
 * full squares and one half-full), and a published range continues as outlined squares.
 */

export interface WaffleInput {
  id: string;
  value: number;
  /** Upper end of a range: squares past `value` up to it are drawn as outlines. */
  high?: number;
  /** Header lines drawn above the block (name first); truncated to fit. */
  lines: readonly string[];
}

export interface PlacedSquare {
  x: number;
  y: number;
  size: number;
  /** 1 for a full square; the last value square may be partly filled (0 < fill <= 1). */
  fill: number;
  isRange: boolean;
}

export interface WaffleBlock<T extends WaffleInput = WaffleInput> {
  input: T;
  /** Bounding box of the whole block, header included. */
  x: number;
  y: number;
  width: number;
  height: number;
  gridY: number;
  lines: { text: string; x: number; y: number }[];
  /** Squares of the value (ceil(value / unit)) followed by the range squares. */
  squares: PlacedSquare[];
  valueSquares: number;
}

export interface WaffleLayout<T extends WaffleInput = WaffleInput> {
  width: number;
  height: number;
  unit: number;
  isStacked: boolean;
  columns: number;
  /** Baselines of the optional headline figure (e.g. "×2,19") and of the "1 ■ = …" line. */
  headlineY: number;
  legendY: number;
  blocks: [WaffleBlock<T>, WaffleBlock<T>];
}

/** Side by side from this width; stacked on phones. */
export const STACK_BELOW = 560;
/** The larger side fits in at most this many squares. */
export const MAX_SQUARES = 250;
const MAX_SIZE = 16;
const MIN_SIZE = 5;
/** Taller grids than this shrink their squares before growing further. */
const MAX_GRID_HEIGHT = 280;
const COLUMN_GAP = 24;
const ROW_GAP = 20;
const LINE = 16;
const LEGEND = 22;
/** Room for a headline figure drawn at 30 px, so exports carry the ratio too. */
const HEADLINE = 36;

/**
 * The smallest "nice" unit (1, 2 or 5 × 10^k, and at least `minUnit`) with which `max` fits
 * in `maxSquares` squares. Dividing by a power of ten (rather than multiplying by 10^-k)
 * keeps units like 0.2 exact.
 */
export function niceUnit(max: number, maxSquares = MAX_SQUARES, minUnit = 0): number {
  if (!(Number.isFinite(max) && max > 0)) return Math.max(1, minUnit);
  let k = Math.floor(Math.log10(max / maxSquares));
  for (;;) {
    for (const m of [1, 2, 5]) {
      const unit = k < 0 ? m / 10 ** -k : m * 10 ** k;
      if (unit >= minUnit && squareCount(max, unit) <= maxSquares) return unit;
    }
    k += 1;
  }
}

/** ceil(value / unit), tolerant of float noise (0.6 / 0.2 is 2.9999999999999996). */
export function squareCount(value: number, unit: number): number {
  if (!(value > 0 && unit > 0 && Number.isFinite(value / unit))) return 0;
  return Math.max(1, Math.ceil(value / unit - 1e-9));
}

export function fitText(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** Largest square size whose grid for `n` squares stays under the height cap. */
function gridFor(n: number, blockWidth: number): { size: number; gap: number; columns: number } {
  for (let size = MAX_SIZE; ; size -= 1) {
    const gap = size >= 10 ? 2 : 1;
    if (size > blockWidth && size > MIN_SIZE) continue;
    let columns = Math.max(1, Math.floor((blockWidth + gap) / (size + gap)));
    // Columns in fives make squares countable at a glance.
    if (columns >= 10) columns -= columns % 5;
    if (size <= MIN_SIZE || Math.ceil(n / columns) * (size + gap) <= MAX_GRID_HEIGHT) return { size, gap, columns };
  }
}

export function layoutWaffle<T extends WaffleInput>(
  inputs: readonly [T, T],
  width: number,
  unit: number,
  { charWidth = 7, hasHeadline = false }: { charWidth?: number; hasHeadline?: boolean } = {},
): WaffleLayout<T> {
  const top = LEGEND + (hasHeadline ? HEADLINE : 0);
  const isStacked = width < STACK_BELOW;
  const blockWidth = Math.max(MIN_SIZE, isStacked ? width : (width - COLUMN_GAP) / 2);
  const counts = inputs.map((s) => {
    const valueSquares = squareCount(s.value, unit);
    const total = s.high !== undefined && s.high > s.value ? Math.max(valueSquares, squareCount(s.high, unit)) : valueSquares;
    return { valueSquares, total };
  });
  const { size, gap, columns } = gridFor(Math.max(1, ...counts.map((c) => c.total)), blockWidth);
  const step = size + gap;
  const headerLines = Math.max(...inputs.map((s) => s.lines.length));
  const header = headerLines * LINE + 6;
  const maxChars = Math.max(4, Math.floor(blockWidth / charWidth));

  let nextY = top;
  const blocks = inputs.map((input, i): WaffleBlock<T> => {
    const { valueSquares, total } = counts[i]!;
    const x = isStacked ? 0 : i * (blockWidth + COLUMN_GAP);
    const y = isStacked ? nextY : top;
    const gridY = y + header;
    const rows = Math.ceil(total / columns);
    const exact = unit > 0 ? input.value / unit : 0;
    const squares = Array.from({ length: total }, (_, k): PlacedSquare => ({
      x: x + (k % columns) * step,
      y: gridY + Math.floor(k / columns) * step,
      size,
      fill: k < valueSquares - 1 ? 1 : k === valueSquares - 1 ? Math.min(1, Math.max(0.05, exact - k)) : 0,
      isRange: k >= valueSquares,
    }));
    const height = header + Math.max(rows * step - gap, 0);
    if (isStacked) nextY = y + height + ROW_GAP;
    return {
      input,
      x,
      y,
      width: blockWidth,
      height,
      gridY,
      lines: input.lines.map((text, j) => ({ text: fitText(text, maxChars), x, y: y + (j + 1) * LINE - 4 })),
      squares,
      valueSquares,
    };
  }) as [WaffleBlock<T>, WaffleBlock<T>];

  const bottom = Math.max(...blocks.map((b) => b.y + b.height));
  return { width, height: Math.ceil(bottom + 4), unit, isStacked, columns, headlineY: 30, legendY: top - 8, blocks };
}
