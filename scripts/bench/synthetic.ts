/**
 * Deterministic synthetic bar rows for stress tests (browser page and Node layout timing):
 * values spread over five orders of magnitude, every confidence level, some ranges.
 */
import type { DetailedBarRow } from '../../src/charts/kinds/BarChart.tsx';
import type { Confidence } from '../../src/data/schema.ts';

const CONFIDENCES: readonly Confidence[] = ['official', 'reported', 'estimate', 'claim'];

export function syntheticRows(n: number): DetailedBarRow[] {
  const rows: DetailedBarRow[] = [];
  for (let i = 0; i < n; i++) {
    // A fixed pseudo-random walk (Knuth's multiplicative hash), sorted below like real series.
    const u = ((i * 2654435761) % 4294967296) / 4294967296;
    const value = Math.round(10 ** (1 + 5 * u));
    const valueLabel = String(value);
    rows.push({
      id: `s${i}`,
      label: `Sistema ${i + 1}`,
      value,
      high: i % 17 === 0 ? value * 1.5 : undefined,
      confidence: CONFIDENCES[i % CONFIDENCES.length]!,
      valueLabel,
      details: [{ label: 'Valor', value: valueLabel }],
      ariaLabel: `Sistema ${i + 1}: ${valueLabel}`,
    });
  }
  return rows.sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
}
