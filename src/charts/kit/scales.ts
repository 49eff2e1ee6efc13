/**
 * The scales every chart kind uses, so that no layout computes positions by hand. Pure. A log
 * axis spans whole decades around the data and labels only the decades (1, 10, 100…), thinned
 * from the top so the largest tick, the one readers compare against, stays.
 *
 * Written here on d3-array's `ticks`, `tickIncrement` and `bisectRight` rather than taken from d3-scale:
 * d3-scale's continuous scales bring d3-interpolate, d3-color and d3-format (its colour
 * interpolation and `tickFormat`, which nothing here uses), 10 of the 11 KB gzipped of the
 * chunk every chart shares, the dashboard's first visit included (issue 10). The arithmetic is
 * d3-scale's own, operation for operation, so positions are the same to the last bit:
 * `scales.test.ts` checks it against d3-scale on random domains.
 */
import { bisectRight, extent, max, tickIncrement, ticks } from 'd3-array';

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

/** Values to pixels. `domain()` and `range()` return copies, as d3's scales do. */
export interface ContinuousScale {
  (value: number): number;
  domain(): number[];
  range(): number[];
}

export interface LinearScale extends ContinuousScale {
  /** About `count` round values across the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/** Where `x` falls between `a` and `b`, 0 to 1 (0.5 when a = b); d3-scale's `normalize`. */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

/** d3-interpolate's `interpolateNumber`. */
const lerp = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/**
 * Maps `domain` stops to `range` stops piecewise-linearly: d3-scale's `bimap` for two stops and
 * `polymap` for more (an axis with breaks), descending domains included.
 */
export function piecewise(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const n = Math.min(domain.length, range.length) - 1;
  if (n === 1) {
    const [d0, d1] = domain as [number, number];
    const [r0, r1] = range as [number, number];
    const [t, r] = d1 < d0 ? [normalize(d1, d0), lerp(r1, r0)] : [normalize(d0, d1), lerp(r0, r1)];
    return (x) => r(t(x));
  }
  // As d3 does, a descending domain reverses both whole arrays (stops past `n` included).
  const descending = domain[n]! < domain[0]!;
  const d = descending ? [...domain].reverse() : domain;
  const r = descending ? [...range].reverse() : range;
  const parts = Array.from({ length: n }, (_, i) => [normalize(d[i]!, d[i + 1]!), lerp(r[i]!, r[i + 1]!)] as const);
  return (x) => {
    const [t, to] = parts[bisectRight(d, x, 1, n) - 1]!;
    return to(t(x));
  };
}

/** A linear scale through the given stops; `ticks` as d3's `scaleLinear().ticks`. */
export function linearMap(domain: readonly number[], range: readonly number[]): LinearScale {
  const map = piecewise(domain, range);
  const scale = (value: number) => map(value);
  scale.domain = () => [...domain];
  scale.range = () => [...range];
  scale.ticks = (count = 10) => ticks(domain[0]!, domain[domain.length - 1]!, count);
  return scale;
}

/** Positive values on a natural-log axis, as d3's `scaleLog` with a positive domain. */
export function logScale(domain: [number, number], range: [number, number]): ContinuousScale {
  const map = piecewise(domain.map(Math.log), range);
  const scale = (value: number) => map(Math.log(value));
  scale.domain = () => [...domain];
  scale.range = () => [...range];
  return scale;
}

/**
 * [0, top] extended to round ends, as d3-scale's `linear.nice()` (about 10 ticks): at most 10
 * rounds, and the domain changes only once a round leaves the tick step as it was.
 */
function niceFromZero(top: number): [number, number] {
  let [start, stop] = [0, top];
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, 10);
    if (step === previous) return [start, stop];
    if (step > 0) [start, stop] = [Math.floor(start / step) * step, Math.ceil(stop / step) * step];
    else if (step < 0) [start, stop] = [Math.ceil(start * step) / step, Math.floor(stop * step) / step];
    else break;
    previous = step;
  }
  return [0, top];
}

/** 0 to the largest value, extended to a round number. */
export function linearScale(values: readonly number[], range: [number, number]): LinearScale {
  const top = max(values, (v) => (Number.isFinite(v) && v > 0 ? v : 0)) ?? 0;
  return linearMap(niceFromZero(top || 1), range);
}

/**
 * Categories at the centres of equal slots across the range (list editions, years): d3's
 * `scalePoint().padding(0.5)`. An unknown category has no position.
 */
export function slotScale(categories: readonly string[], [r0, r1]: [number, number]): (category: string) => number | undefined {
  // d3's ordinal domain keeps the first of repeated values.
  const domain = [...new Set(categories)];
  const n = domain.length;
  const reverse = r1 < r0;
  let start = reverse ? r1 : r0;
  const stop = reverse ? r0 : r1;
  // d3's band arithmetic with paddingInner 1 (points), paddingOuter 0.5 and align 0.5.
  const step = (stop - start) / Math.max(1, n - 1 + 0.5 * 2);
  start += (stop - start - step * (n - 1)) * 0.5;
  const at = domain.map((_, i) => start + step * i);
  if (reverse) at.reverse();
  const index = new Map(domain.map((c, i) => [c, i]));
  return (category) => {
    const i = index.get(category);
    return i === undefined ? undefined : at[i];
  };
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
export function decadeTicks(scale: ContinuousScale, minGap: number): Tick[] {
  const all = decadesOf(scale.domain() as [number, number]).map((value) => ({ value, at: scale(value) }));
  return thinFromTop(all, minGap, spanOf(scale));
}

/** About one tick per `spacing` pixels of a linear scale, at least `minGap` pixels apart. */
export function linearTicks(scale: LinearScale, spacing: number, minGap: number): Tick[] {
  const count = Math.max(2, Math.floor(spanOf(scale) / spacing));
  return thinFromTop(scale.ticks(count).map((value) => ({ value, at: scale(value) })), minGap, spanOf(scale));
}
