import fc from 'fast-check';
import { COMPACT_BELOW, layoutBars, type BarRow } from './barChart.layout.ts';

const row = (id: string, value: number, extra: Partial<BarRow> = {}): BarRow => ({
  id,
  label: id,
  value,
  confidence: 'official',
  valueLabel: String(value),
  ...extra,
});
const rowsArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 40 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, values]) => ids.map((id, i) => row(id, values[i]!)));

test.each(['log', 'linear'] as const)('%s: bars never overlap and stay inside the chart', (scale) => {
  fc.assert(
    fc.property(rowsArb, fc.integer({ min: 280, max: 1400 }), (rows, width) => {
      const l = layoutBars(rows, width, scale);
      l.bars.forEach((b, i) => {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(width + 0.5);
        expect(b.y + b.height).toBeLessThanOrEqual(l.height);
        const next = l.bars[i + 1];
        if (next) expect(next.y).toBeGreaterThanOrEqual(b.y + b.height);
      });
    }),
  );
});

test.each(['log', 'linear'] as const)('%s: a larger value never gets a shorter bar', (scale) => {
  fc.assert(
    fc.property(rowsArb, (rows) => {
      const bars = layoutBars(rows, 800, scale).bars;
      for (const a of bars) for (const b of bars) if (a.row.value > b.row.value) expect(a.width).toBeGreaterThanOrEqual(b.width - 1e-9);
    }),
  );
});

test('linear bars are proportional to value; log bars are not', () => {
  const rows = [row('a', 4480), row('b', 2048)];
  const lin = layoutBars(rows, 800, 'linear').bars;
  expect(lin[0]!.width / lin[1]!.width).toBeCloseTo(4480 / 2048, 5);
  const log = layoutBars(rows, 800, 'log').bars;
  expect(log[0]!.width / log[1]!.width).toBeLessThan(4480 / 2048);
});

test('log ticks are powers of ten, and do not crowd a phone-width axis', () => {
  const rows = [row('a', 256), row('b', 200_000)];
  for (const width of [360, 1200]) {
    const l = layoutBars(rows, width, 'log');
    for (const t of l.ticks) expect(Math.log10(t.value) % 1).toBeCloseTo(0, 9);
    l.ticks.slice(1).forEach((t, i) => expect(t.at - l.ticks[i]!.at).toBeGreaterThanOrEqual(50));
  }
});

test('narrow widths put the label above the bar', () => {
  const rows = [row('MareNostrum 5 ACC', 4480)];
  const narrow = layoutBars(rows, COMPACT_BELOW - 1, 'log');
  expect(narrow.isCompact).toBe(true);
  expect(narrow.bars[0]!.labelY).toBeLessThan(narrow.bars[0]!.y);
  const wide = layoutBars(rows, 900, 'log');
  expect(wide.isCompact).toBe(false);
  expect(wide.bars[0]!.labelX).toBeLessThanOrEqual(wide.bars[0]!.x);
});

test('a range reaches its upper end with a whisker', () => {
  const l = layoutBars([row('alia', 1024, { high: 2048 }), row('x', 4096)], 800, 'linear');
  const b = l.bars[0]!;
  expect(b.highX).toBeCloseTo(b.x + 2 * b.width, 5);
});

test('log: the smallest value gets a visible bar even when it is a power of ten', () => {
  const l = layoutBars([row('a', 200_000), row('b', 10_000)], 800, 'log');
  expect(l.bars[1]!.width).toBeGreaterThan(20);
});
