/**
 * Log-linear trend: ordinary least squares of log10(value) on the fractional year, as Epoch and
 * others fit compute growth. Gives growth "×N per year" and the doubling time, each with a
 * two-sided interval from Student's t (90 % by default). Pure: no clock, no data access.
 */
import { studentTQuantile } from './studentT.ts';

export interface TrendPoint {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  value: number;
}

export interface TrendFit {
  n: number;
  /** log10(value) = intercept + slope × year. */
  slopeLog10PerYear: number;
  interceptLog10: number;
  /** ×N per year, and its interval. */
  growthPerYear: number;
  growthInterval: [number, number];
  /** Years to double; Infinity when the fit (or an interval end) does not grow. */
  doublingYears: number;
  doublingInterval: [number, number];
  level: number;
  r2: number;
}

/**
 * A date as a fractional year, at the middle of the period it names: 2023-11-01 → 2023.836,
 * 2023-11 → 2023.873 (mid-November), 2023 → 2023.5. UTC calendar arithmetic, no clock.
 */
export function fractionalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  const yearMs = Date.UTC(y + 1, 0, 1) - start;
  if (m === undefined) return y + 0.5;
  const from = Date.UTC(y, m - 1, d ?? 1);
  const to = d === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1);
  return y + ((from + to) / 2 - start) / yearMs;
}

const doubling = (slope: number) => (slope > 0 ? Math.log10(2) / slope : Infinity);

/** The fit, or undefined with fewer than three usable points (positive values, distinct years). */
export function fitLogLinear(points: readonly TrendPoint[], level = 0.9): TrendFit | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    if (!(p.value > 0) || !Number.isFinite(p.value)) continue;
    xs.push(fractionalYear(p.date));
    ys.push(Math.log10(p.value));
  }
  const n = xs.length;
  if (n < 3) return undefined;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const sse = Math.max(0, syy - slope * sxy);
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const t = studentTQuantile(1 - (1 - level) / 2, n - 2);
  const lo = slope - t * se;
  const hi = slope + t * se;
  return {
    n,
    slopeLog10PerYear: slope,
    interceptLog10: intercept,
    growthPerYear: 10 ** slope,
    growthInterval: [10 ** lo, 10 ** hi],
    doublingYears: doubling(slope),
    // Faster growth → shorter doubling: the interval's ends swap.
    doublingInterval: [doubling(hi), doubling(lo)],
    level,
    r2: syy === 0 ? 1 : 1 - sse / syy,
  };
}
