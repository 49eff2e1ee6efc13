import fc from 'fast-check';
import { CONFIDENCES } from '../../data/model.ts';
import { layoutRanks, niceRankCeiling, type RankSeries } from './top500.layout.ts';

const EDITIONS = ['2023-11', '2024-06', '2024-11', '2025-06', '2025-11'];

const seriesArb: fc.Arbitrary<RankSeries[]> = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 24 }), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            isHighlighted: fc.boolean(),
            editions: fc.subarray(EDITIONS, { minLength: 1 }),
            ranks: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 5, maxLength: 5 }),
            confidences: fc.array(fc.constantFrom(...CONFIDENCES), { minLength: 5, maxLength: 5 }),
          })
          .map(({ isHighlighted, editions, ranks, confidences }) => ({
            id,
            label: id,
            isHighlighted,
            points: editions.map((edition, i) => ({ id: `${id}@${edition}`, edition, rank: ranks[i]!, confidence: confidences[i]!, details: [], ariaLabel: id })),
          })),
      ),
    ),
  );

const overlap = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y < b.y + b.height && b.y < a.y + a.height;

test('a better rank is always higher up, in every edition (rank 1 at the top)', () => {
  fc.assert(
    fc.property(seriesArb, fc.integer({ min: 300, max: 1400 }), (series, width) => {
      const l = layoutRanks(series, EDITIONS, width);
      for (const a of l.points)
        for (const b of l.points) {
          if (a.point.rank < b.point.rank) expect(a.y).toBeLessThan(b.y);
          if (a.point.rank === b.point.rank) expect(a.y).toBeCloseTo(b.y, 9);
        }
    }),
  );
});

test('points sit inside the plot, editions left to right in time order', () => {
  fc.assert(
    fc.property(seriesArb, fc.integer({ min: 300, max: 1400 }), (series, width) => {
      const l = layoutRanks(series, EDITIONS, width);
      const xs = l.editions.map((e) => e.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const p of l.points) {
        expect(p.x).toBeGreaterThanOrEqual(l.plot.left);
        expect(p.x).toBeLessThanOrEqual(l.plot.right);
        expect(p.y).toBeGreaterThanOrEqual(l.plot.top - 1e-9);
        expect(p.y).toBeLessThanOrEqual(l.plot.bottom + 1e-9);
        expect(p.x).toBe(l.editions.find((e) => e.edition === p.point.edition)!.x);
      }
    }),
  );
});

test('end labels never overlap and stay on the canvas', () => {
  fc.assert(
    fc.property(seriesArb, fc.integer({ min: 300, max: 1400 }), (series, width) => {
      const l = layoutRanks(series, EDITIONS, width);
      expect(l.labels.length).toBe(series.filter((s) => s.isHighlighted).length);
      l.labels.forEach((a, i) => {
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.y + a.height).toBeLessThanOrEqual(l.height);
        l.labels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
      });
    }),
  );
});

test('a segment is dashed exactly when one of its ends is not official', () => {
  fc.assert(
    fc.property(seriesArb, (series) => {
      const l = layoutRanks(series, EDITIONS, 800);
      for (const s of l.segments) {
        const ends = l.points.filter((p) => p.series.id === s.seriesId && (p.x === s.x1 || p.x === s.x2));
        expect(ends).toHaveLength(2);
        expect(s.isDashed).toBe(ends.some((p) => p.point.confidence !== 'official'));
        expect(s.x2).toBeGreaterThan(s.x1);
      }
    }),
  );
});

test('rank ticks are 1, 2, 5, 10… up to a ceiling that holds the worst rank', () => {
  expect([1, 2, 3, 7, 11, 50, 51, 500].map(niceRankCeiling)).toEqual([1, 2, 5, 10, 20, 50, 100, 500]);
  const l = layoutRanks([{ id: 'a', label: 'a', isHighlighted: true, points: [{ id: 'a1', edition: '2024-11', rank: 45, confidence: 'official', details: [], ariaLabel: '' }] }], EDITIONS, 800);
  expect(l.rankTicks.map((t) => t.value)).toEqual([1, 2, 5, 10, 20, 50]);
});
