import fc from 'fast-check';
import { layoutTimeScatter, yearToDate, type TimeMarkDatum } from './timeScatter.layout.ts';
import { fractionalYear } from '../../metrics/trendFit.ts';
import { overlaps } from './scatter.layout.ts';

const formats = { x: (d: Date) => String(d.getUTCFullYear()), y: (v: number) => v.toExponential(0) };
const mark = (id: string, date: string, value: number, extra: Partial<TimeMarkDatum> = {}): TimeMarkDatum => ({
  id,
  label: id,
  date,
  value,
  shape: 'circle',
  colour: 0,
  confidence: 'official',
  details: [],
  ariaLabel: id,
  ...extra,
});
const dateArb = fc
  .record({ y: fc.integer({ min: 1990, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dataArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), date: dateArb, value: fc.double({ min: 1e15, max: 1e27, noNaN: true }), isLabelled: fc.boolean() }),
  { minLength: 1, maxLength: 40, selector: (r) => r.id },
).map((rows) => rows.map((r) => mark(r.id, r.date, r.value, { isLabelled: r.isLabelled })));

test('marks sit inside the plot; later is to the right and larger is higher', () => {
  fc.assert(
    fc.property(dataArb, fc.integer({ min: 320, max: 1400 }), (data, width) => {
      const l = layoutTimeScatter(data, [], width, formats);
      expect(l.marks).toHaveLength(data.length);
      for (const p of l.marks) {
        expect(p.cx).toBeGreaterThanOrEqual(l.plot.left);
        expect(p.cx).toBeLessThanOrEqual(l.plot.right);
        expect(p.cy).toBeGreaterThanOrEqual(l.plot.top);
        expect(p.cy).toBeLessThanOrEqual(l.plot.bottom);
      }
      for (const a of l.marks)
        for (const b of l.marks) {
          if (fractionalYear(a.datum.date) < fractionalYear(b.datum.date)) expect(a.cx).toBeLessThanOrEqual(b.cx + 1e-9);
          if (a.datum.value < b.datum.value) expect(a.cy).toBeGreaterThanOrEqual(b.cy - 1e-9);
        }
    }),
  );
});

test('labels: only labelled marks get one, inside the plot, never over another label or labelled mark', () => {
  fc.assert(
    fc.property(dataArb, fc.integer({ min: 320, max: 1400 }), (data, width) => {
      const l = layoutTimeScatter(data, [], width, formats);
      const labels = l.marks.flatMap((p) => (p.label ? [p.label] : []));
      for (const p of l.marks) if (p.label) expect(p.datum.isLabelled).toBe(true);
      for (const b of labels) {
        expect(b.x0).toBeGreaterThanOrEqual(l.plot.left);
        expect(b.x1).toBeLessThanOrEqual(l.plot.right);
      }
      for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!)).toBe(false);
      for (const p of l.marks)
        if (p.datum.isLabelled)
          for (const b of labels) expect(overlaps(b, { x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r })).toBe(false);
    }),
  );
});

test('keyboard order is time order, whatever the input order', () => {
  const data = [mark('c', '2024-01-01', 10), mark('a', '2020', 100), mark('b', '2022-06', 1)];
  const l = layoutTimeScatter(data, [], 800, formats);
  expect(l.marks.map((p) => p.datum.id)).toEqual(['a', 'b', 'c']);
  expect(layoutTimeScatter([...data].reverse(), [], 800, formats).marks.map((p) => p.datum.id)).toEqual(['a', 'b', 'c']);
});

test('non-positive values and bad dates are left out, not drawn at the edge', () => {
  const l = layoutTimeScatter([mark('ok', '2021', 5), mark('zero', '2021', 0), mark('bad', 'soon', 5)], [], 600, formats);
  expect(l.marks.map((p) => p.datum.id)).toEqual(['ok']);
});

test('a trend line passes through the marks it was fitted to; a step line only moves across and up', () => {
  const data = [mark('a', '2020', 10), mark('b', '2022', 1000)];
  const trend = { id: 't', label: 't', kind: 'line' as const, colour: 0, points: [{ year: fractionalYear('2020'), value: 10 }, { year: fractionalYear('2022'), value: 1000 }] };
  const step = { id: 's', label: 's', kind: 'step' as const, colour: 1, points: [{ year: 2020.5, value: 10 }, { year: 2022.5, value: 1000 }] };
  const l = layoutTimeScatter(data, [trend, step], 800, formats);
  const [a, b] = l.marks;
  expect(l.lines[0]!.d).toBe(`M${Math.round(a!.cx * 10) / 10},${Math.round(a!.cy * 10) / 10}L${Math.round(b!.cx * 10) / 10},${Math.round(b!.cy * 10) / 10}`);
  expect(l.lines[1]!.d).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+$/);
});

test('x ticks are dates in order, inside the plot', () => {
  const l = layoutTimeScatter([mark('a', '2012', 1), mark('b', '2025', 1e6)], [], 360, formats);
  expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
  for (const t of l.xTicks) {
    expect(t.at).toBeGreaterThanOrEqual(l.plot.left);
    expect(t.at).toBeLessThanOrEqual(l.plot.right);
  }
  expect(l.xTicks.map((t) => t.value)).toEqual([...l.xTicks.map((t) => t.value)].sort((x, y) => x - y));
});

test('yearToDate inverts fractionalYear to within a day', () => {
  for (const d of ['2023-11-01', '2020-02-29', '1999-12-31'])
    expect(Math.abs(yearToDate(fractionalYear(d)).getTime() - (Date.parse(d) + 12 * 3600e3))).toBeLessThan(24 * 3600e3);
});

test('the key wraps inside the width and the plot starts below it', () => {
  const entries = ['Pesos abiertos', 'Pesos cerrados', 'Acceso no indicado', 'Publicado', 'Estimación', 'Declaración'].map((label, i) => ({
    label,
    colour: i % 3,
    shape: 'circle' as const,
    confidence: 'reported' as const,
  }));
  for (const width of [320, 360, 800, 1280]) {
    const l = layoutTimeScatter([mark('a', '2020', 1), mark('b', '2024', 1e3)], [], width, formats, entries);
    expect(l.key).toHaveLength(entries.length);
    for (const k of l.key) {
      expect(k.x + 16 + k.entry.label.length * 6.5).toBeLessThanOrEqual(width);
      expect(k.y + 18).toBeLessThanOrEqual(l.plot.top - 16);
    }
  }
});
