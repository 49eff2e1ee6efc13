/**
 * The scales every chart kind uses, on d3-scale, so that no layout computes positions by hand.
 * Pure. A log axis spans whole decades around the data and labels only the decades (1, 10,
 * 100…), thinned from the top so the largest tick, the one readers compare against, stays.
 */
import { extent, max } from 'd3-array';
import { scaleLinear, scaleLog, scalePoint } from 'd3-scale';

export type ScaleType = 'log' | 'linear';
export interface Tick {
  value: number;
  /** Position on the axis, in pixels. */
  at: number;
}

const positive = (values: readonly number[]) => values.filter((v) => v > 0 && Number.isFinite(v));

/** 10^k exactly: in JavaScript `10 ** 26` is 9.999999999999999e25, which a tick label would show. */
const decade = (k: number) => Number(`1e${k}`);

/** Every decade of a [10^a, 10^b] domain, in order: the values a log axis labels. */
export function decadesOf([lo, hi]: readonly [number, number]): number[] {
  const values: number[] = [];
  for (let k = Math.round(Math.log10(lo)); k <= Math.round(Math.log10(hi)); k++) values.push(decade(k));
  return values;
}

/**
 * Whole decades around the data: [10^a, 10^b] with a < b. `pad` (in decades) keeps data off
 * the ends: a bar chart pads a hair so a value of exactly 1,000 still gets a visible bar, a
 * scatter pads 0.05 so no point sits on the frame.
 */
export function decadeDomain(values: readonly number[], pad: number): [number, number] {
  // d3's extent, not Math.min(...values): spreading thousands of marks' values overflows the stack.
  const [min, maxLog] = extent(positive(values), Math.log10);
  if (min === undefined || maxLog === undefined) return [1, 10];
  const lo = Math.floor(min - pad);
  const hi = Math.max(lo + 1, Math.ceil(maxLog + pad));
  return [decade(lo), decade(hi)];
}

export function logScale(domain: [number, number], range: [number, number]) {
  return scaleLog().domain(domain).range(range);
}

/** 0 to the largest value, extended to a round number. */
export function linearScale(values: readonly number[], range: [number, number]) {
  const top = max(values, (v) => (Number.isFinite(v) && v > 0 ? v : 0)) ?? 0;
  return scaleLinear().domain([0, top || 1]).nice().range(range);
}

/** Categories at the centres of equal slots across the range (list editions, years). */
export function slotScale(domain: readonly string[], range: [number, number]) {
  return scalePoint<string>().domain(domain).range(range).padding(0.5);
}

/**
 * At most one tick per `minGap` pixels of an axis `span` pixels long, thinned from the top
 * end so the largest tick stays.
 */
export function thinFromTop(ticks: readonly Tick[], minGap: number, span: number): Tick[] {
  const step = Math.max(1, Math.ceil((ticks.length * minGap) / Math.max(1, span)));
  return ticks.filter((_, i) => (ticks.length - 1 - i) % step === 0);
}

const spanOf = (scale: { range(): number[] }) => {
  const [r0, r1] = scale.range() as [number, number];
  return Math.abs(r1 - r0);
};

/** The decades of a log scale's domain, at least `minGap` pixels apart. */
export function decadeTicks(scale: ReturnType<typeof scaleLog<number>>, minGap: number): Tick[] {
  const all = decadesOf(scale.domain() as [number, number]).map((value) => ({ value, at: scale(value) }));
  return thinFromTop(all, minGap, spanOf(scale));
}

/** About one tick per `spacing` pixels of a linear scale, at least `minGap` pixels apart. */
export function linearTicks(scale: ReturnType<typeof scaleLinear<number>>, spacing: number, minGap: number): Tick[] {
  const count = Math.max(2, Math.floor(spanOf(scale) / spacing));
  return thinFromTop(scale.ticks(count).map((value) => ({ value, at: scale(value) })), minGap, spanOf(scale));
}
