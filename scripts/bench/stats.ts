/**
 * Small numeric helpers for the benchmark: medians, ratios and the units the tables print.
 * Pure, so they are unit-tested (stats.test.ts); the timing itself is never asserted.
 */

/** Median of the finite values; NaN when there are none (a page that never painted). */
export function median(values: readonly number[]): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!xs.length) return Number.NaN;
  const mid = xs.length >> 1;
  // `+ 0` turns -0 into 0: the sort cannot order 0 and -0, so without it the same values in
  // another order could give a different median (a flaky property test found it).
  return (xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2) + 0;
}

/** Median absolute deviation: the spread printed next to each median, robust to one slow outlier. */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.filter(Number.isFinite).map((v) => Math.abs(v - m)));
}

/** a / b, or NaN when either is missing or b is not positive. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
}

/**
 * Per-round ratios a[i] / b[i]: pages loaded in the same round share the machine's mood, so the
 * median of these is steadier on a busy machine than the ratio of the two medians.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.slice(0, b.length).map((v, i) => ratio(v, b[i]!));
}

export const fmtMs = (ms: number): string => (Number.isFinite(ms) ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms` : 'n/a');
export const fmtRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
export const fmtKB = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');

/** "met", "missed" or "n/a" for a measured value against an upper bound. */
export function verdict(value: number, limit: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'met' : 'missed';
}

/** Parses `--runs N` (N ≥ 1) and boolean flags; unknown arguments are reported, not ignored. */
export function parseArgs(argv: readonly string[]): { runs: number; runsGiven: boolean; build: boolean; throttle: boolean; lighthouse: boolean; errors: string[] } {
  let runs = 7;
  let runsGiven = false;
  let build = true;
  let throttle = false;
  let lighthouse = false;
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') build = false;
    else if (a === '--throttle') throttle = true;
    else if (a === '--lighthouse') lighthouse = true;
    else if (a === '--runs' || a.startsWith('--runs=')) {
      const raw = a === '--runs' ? argv[++i] : a.slice('--runs='.length);
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 1 && n <= 101) {
        runs = n;
        runsGiven = true;
      }
      else errors.push(`--runs needs a whole number from 1 to 101, got ${raw ?? 'nothing'}`);
    } else errors.push(`unknown argument ${a}`);
  }
  return { runs, runsGiven, build, throttle, lighthouse, errors };
}
