/**
 * The time scale of the kit, apart from scales.ts so that charts without a time axis (the
 * default view's bar chart) do not load d3-time. Pure.
 */
import { utcTicks } from 'd3-time';
import { piecewise } from './scales.ts';

/**
 * Dates to pixels; more than two stops make a piecewise scale (an axis with breaks). A linear
 * map of UTC milliseconds with d3-time's UTC ticks, which is what d3's scaleUtc is, minus its
 * default tick format: nothing here uses it (time axes format with Intl), and it alone brings
 * d3-time-format into the chunk every chart shares, the dashboard's first view included.
 */
export function timeScale(domain: readonly Date[], range: readonly number[]) {
  const ms = piecewise(domain.map(Number), range);
  const scale = (date: Date): number => ms(date.getTime());
  /** Round UTC dates (years, months, days…) across the whole domain, about `count` of them. */
  scale.ticks = (count = 10): Date[] => utcTicks(new Date(domain[0]!), new Date(domain[domain.length - 1]!), count);
  return scale;
}
