/**
 * Ratios between two named values. A ratio is only shown when both sides are positive and
 * finite; otherwise the caller gets `null` and says so instead of printing ∞ or NaN.
 */
export interface Ratio {
  /** a / b */
  value: number;
  /** a as a fraction of b, the same number; kept for "A is N % of B" phrasing. */
  fraction: number;
  /** b / a */
  inverse: number;
}

export function ratio(a: number, b: number): Ratio | null {
  if (!(Number.isFinite(a) && Number.isFinite(b)) || a <= 0 || b <= 0) return null;
  return { value: a / b, fraction: a / b, inverse: b / a };
}
