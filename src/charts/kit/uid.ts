import { useId } from 'react';

/**
 * A chart-wide id prefix for the ids inside one SVG (title, description, confidence patterns).
 * React's ids contain colons, which are not valid in `url(#…)` references, hence the cleanup.
 */
export function useChartUid(suffix = ''): string {
  return useId().replace(/[^a-zA-Z0-9_-]/g, '') + suffix;
}
