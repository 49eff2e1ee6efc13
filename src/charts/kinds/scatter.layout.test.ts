import fc from 'fast-check';
import { layoutScatter, overlaps, type ScatterDatum } from './scatter.layout.ts';

const formats = { x: (v: number) => v.toExponential(0), y: (v: number) => String(v) };
const datum = (id: string, x: number, y: number, extra: Partial<ScatterDatum> = {}): ScatterDatum => ({
  id,
  label: id,
  x,
  y,
  confidence: 'official',
  details: [],
  ariaLabel: id,
  ...extra,
});
const dataArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 16 }),
    x: fc.double({ min: 1e20, max: 1e27, noNaN: true }),
    y: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
    isHighlighted: fc.boolean(),
  }),
  { minLength: 1, maxLength: 25, selector: (d) => d.id },
).map((rows) => rows.map((r) => datum(r.id, r.x, r.y, { isHighlighted: r.isHighlighted })));

test('points are inside the plot and log positions are monotonic on both axes', () => {
  fc.assert(
    fc.property(dataArb, fc.integer({ min: 300, max: 1400 }), (data, width) => {
      const l = layoutScatter(data, width, formats);
      expect(l.points).toHaveLength(data.length);
      for (const p of l.points) {
        expect(p.cx).toBeGreaterThanOrEqual(l.plot.left);
        expect(p.cx).toBeLessThanOrEqual(l.plot.right);
        expect(p.cy).toBeGreaterThanOrEqual(l.plot.top);
        expect(p.cy).toBeLessThanOrEqual(l.plot.bottom);
      }
      for (const a of l.points)
        for (const b of l.points) {
          if (a.datum.x < b.datum.x) expect(a.cx).toBeLessThanOrEqual(b.cx + 1e-9);
          if (a.datum.y < b.datum.y) expect(a.cy).toBeGreaterThanOrEqual(b.cy - 1e-9); // larger is higher up
        }
    }),
  );
});

test('decade ticks are evenly spaced (a log scale) and increase left to right, bottom to top', () => {
  const l = layoutScatter([datum('a', 3e23, 5), datum('b', 4e25, 80)], 800, formats);
  const dx = l.xTicks.slice(1).map((t, i) => t.at - l.xTicks[i]!.at);
  const dy = l.yTicks.slice(1).map((t, i) => l.yTicks[i]!.at - t.at);
  expect(dx.length).toBeGreaterThan(0);
  expect(dy.length).toBeGreaterThan(0);
  for (const d of dx) expect(d).toBeCloseTo(dx[0]!, 6);
  for (const d of dy) expect(d).toBeCloseTo(dy[0]!, 6);
  for (const d of [...dx, ...dy]) expect(d).toBeGreaterThan(0);
  for (const t of [...l.xTicks, ...l.yTicks]) expect(Math.log10(t.value) % 1).toBeCloseTo(0, 9);
});

test('labels never overlap each other or any point, and stay inside the chart', () => {
  fc.assert(
    fc.property(dataArb, fc.integer({ min: 300, max: 1400 }), (data, width) => {
      const l = layoutScatter(data, width, formats);
      const labels = l.points.flatMap((p) => (p.label ? [p.label] : []));
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
      for (const box of labels) {
        expect(box.x0).toBeGreaterThanOrEqual(0);
        expect(box.x1).toBeLessThanOrEqual(width);
        expect(box.y0).toBeGreaterThanOrEqual(0);
        expect(box.y1).toBeLessThanOrEqual(l.height);
        for (const p of l.points) expect(overlaps(box, { x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r })).toBe(false);
      }
    }),
  );
});

test('a lone point, or points apart, all get their label', () => {
  expect(layoutScatter([datum('Solo', 1e24, 10)], 600, formats).points[0]!.label).not.toBeNull();
  const spread = layoutScatter([datum('A', 1e21, 0.1), datum('B', 1e23, 10), datum('C', 1e25, 1000)], 900, formats);
  expect(spread.points.every((p) => p.label)).toBe(true);
});
