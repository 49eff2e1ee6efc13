import fc from 'fast-check';
import { LABELS_FROM, layoutStackedArea, type StackColumn, type StackSeries } from './stackedArea.layout.ts';

const formats = { x: (d: Date) => String(d.getUTCFullYear()), y: (v: number) => String(v) };
const SERIES: StackSeries[] = ['spain', 'rest-of-eu', 'us', 'china', 'others'].map((key, i) => ({ key, label: key, colour: `var(--c-cat-${i})` }));

const column = (date: string, values: Record<string, number>): StackColumn => ({ id: date, date, label: date, values, details: [], ariaLabel: date });

const columnsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 6000 }), { minLength: 1, maxLength: 70 })
  .chain((days) =>
    fc.tuple(
      fc.constant([...days].sort((a, b) => a - b)),
      fc.array(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e7, noNaN: true })), { minLength: 5, maxLength: 5 }), { minLength: days.length, maxLength: days.length }),
    ),
  )
  .map(([days, values]) =>
    days.map((d, i) => column(new Date(Date.UTC(2010, 0, 1) + d * 864e5).toISOString().slice(0, 10), Object.fromEntries(SERIES.map((s, k) => [s.key, values[i]![k]!])))),
  );

const near = (a: number, b: number) => Math.abs(a - b) <= 0.2;

describe.each([false, true])('stacked areas (share: %s)', (isShare) => {
  it('stacks each column without gaps or overlaps, inside the plot', () => {
    fc.assert(
      fc.property(columnsArb, fc.integer({ min: 300, max: 1400 }), (columns, width) => {
        const l = layoutStackedArea(SERIES, columns, isShare, width, formats);
        for (const c of l.columns) {
          expect(near(c.bands[0]!.y0, l.plot.bottom)).toBe(true);
          c.bands.forEach((b, k) => {
            expect(b.y1).toBeLessThanOrEqual(b.y0);
            expect(b.y1).toBeGreaterThanOrEqual(l.plot.top - 0.2);
            if (k > 0) expect(b.y0).toBe(c.bands[k - 1]!.y1);
          });
          expect(c.x).toBeGreaterThanOrEqual(l.plot.left - 0.1);
          expect(c.x).toBeLessThanOrEqual(l.plot.right + 0.1);
        }
      }),
    );
  });

  it('gives each column a hit area of its own, left to right, covering the plot', () => {
    fc.assert(
      fc.property(columnsArb, (columns) => {
        const l = layoutStackedArea(SERIES, columns, isShare, 800, formats);
        l.columns.forEach((c, i) => {
          expect(c.x0).toBeLessThanOrEqual(c.x);
          expect(c.x1).toBeGreaterThanOrEqual(c.x);
          if (i > 0) expect(c.x0).toBe(l.columns[i - 1]!.x1);
        });
        expect(l.columns[0]!.x0).toBe(l.plot.left);
        expect(l.columns.at(-1)!.x1).toBe(l.plot.right);
      }),
    );
  });
});

it('in shares, every column with a total reaches the top: 100 %', () => {
  const l = layoutStackedArea(SERIES, [column('2020-03-31', { us: 3, spain: 1 }), column('2020-06-30', { china: 5 })], true, 800, formats);
  for (const c of l.columns) expect(c.bands.at(-1)!.y1).toBeCloseTo(l.plot.top, 0);
  expect(l.columns[0]!.bands.find((b) => b.key === 'us')!.share).toBeCloseTo(0.75, 9);
});

it('in absolute values, a column twice as large stands twice as tall', () => {
  const l = layoutStackedArea(SERIES, [column('2020-03-31', { us: 100 }), column('2020-06-30', { us: 150, spain: 50 })], false, 800, formats);
  const height = (c: (typeof l.columns)[number]) => l.plot.bottom - c.bands.at(-1)!.y1;
  expect(height(l.columns[1]!) / height(l.columns[0]!)).toBeCloseTo(2, 1);
});

it('puts the key above the plot, wrapping on a phone, and names bands at the right end only when wide', () => {
  const columns = [column('2020-03-31', { us: 100, china: 80, spain: 60 }), column('2020-06-30', { us: 150, china: 90, spain: 70 })];
  const phone = layoutStackedArea(SERIES, columns, false, 320, formats);
  for (const k of phone.key) {
    expect(k.y + 18).toBeLessThanOrEqual(phone.plot.top);
    expect(k.x + 18).toBeLessThanOrEqual(320);
  }
  expect(new Set(phone.key.map((k) => k.y)).size).toBeGreaterThan(1);
  expect(phone.labels).toEqual([]);
  const wide = layoutStackedArea(SERIES, columns, false, LABELS_FROM + 400, formats);
  expect(wide.labels.map((l) => l.series.key)).toEqual(['spain', 'us', 'china']);
  wide.labels.slice(1).forEach((l, i) => expect(wide.labels[i]!.y - l.y).toBeGreaterThanOrEqual(13));
});

it('draws one closed area per series and survives no columns', () => {
  const l = layoutStackedArea(SERIES, [column('2020-03-31', { us: 1 })], false, 600, formats);
  expect(l.areas.map((a) => a.path.endsWith('Z'))).toEqual(SERIES.map(() => true));
  expect(layoutStackedArea(SERIES, [], false, 600, formats).columns).toEqual([]);
});

it('a phone-wide time axis still names at least two dates (2010–2025 gave 2020 alone)', () => {
  const quarters = Array.from({ length: 61 }, (_, i) => new Date(Date.UTC(2010, 11 + 3 * i, 31)).toISOString().slice(0, 10));
  const columns = quarters.map((d, i) => column(d, { us: 30_000 * (i + 1), spain: 100 * i }));
  for (const width of [280, 300, 320, 336, 360, 420, 1000]) {
    const l = layoutStackedArea(SERIES, columns, false, width, formats);
    expect(l.xTicks.length, `${width} px`).toBeGreaterThanOrEqual(2);
    l.xTicks.slice(1).forEach((t, i) => expect(t.at - l.xTicks[i]!.at).toBeGreaterThanOrEqual(4 * 6.5 + 8));
  }
});
