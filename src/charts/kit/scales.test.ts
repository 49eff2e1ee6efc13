import { scaleLinear, scaleLog, scalePoint, scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decadeDomain, decadesOf, decadeTicks, linearMap, linearScale, linearTicks, logScale, slotScale } from './scales.ts';
import { timeScale } from './timeScale.ts';

test('a decade domain holds every value, whole decades at both ends', () => {
  expect(decadeDomain([4480, 2048], 0.05)).toEqual([1000, 10000]);
  expect(decadeDomain([1000, 2048], Math.log10(1.0001))).toEqual([100, 10000]);
  expect(decadeDomain([], 0.05)).toEqual([1, 10]);
  expect(decadeDomain([5, 5], 0)).toEqual([1, 10]);
});

test('decade ticks keep the largest and stay apart', () => {
  const x = logScale([1, 1e8], [0, 100]);
  const ticks = decadeTicks(x, 30);
  expect(ticks.at(-1)!.value).toBe(1e8);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.at - ticks[i - 1]!.at).toBeGreaterThanOrEqual(30);
});

test('decades are exact powers of ten, so a tick reads 10²⁶ or 100,000,000 and never 99,999,999.99…', () => {
  // 10 ** 26 and 10 ** 29 are not the nearest doubles to 1e26 and 1e29.
  expect(decadesOf([1e24, 1e30])).toEqual([1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30]);
  expect(decadesOf([0.01, 10])).toEqual([0.01, 0.1, 1, 10]);
  expect(decadeDomain([3e25, 5e25], 0.05)).toEqual([1e25, 1e26]);
  expect(decadeTicks(logScale([1e20, 1e30], [0, 1000]), 1).map((t) => t.value)).toContain(1e26);
});

test('a linear scale starts at zero and ends on a round value at or past the data', () => {
  const x = linearScale([4480, 2048], [0, 500]);
  expect(x.domain()[0]).toBe(0);
  expect(x.domain()[1]).toBeGreaterThanOrEqual(4480);
  const ticks = linearTicks(x, 90, 56);
  expect(ticks.at(-1)!.value).toBeLessThanOrEqual(x.domain()[1]!);
  for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.at - ticks[i - 1]!.at).toBeGreaterThanOrEqual(56);
});

test('a padded decade domain holds every value strictly inside whole powers of ten', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 1e-3, max: 1e30, noNaN: true }), { minLength: 1 }), (values) => {
      const [lo, hi] = decadeDomain(values, 0.05);
      expect(Number.isInteger(Math.round(Math.log10(lo)))).toBe(true);
      expect(hi).toBeGreaterThan(lo);
      for (const v of values) {
        expect(v).toBeGreaterThan(lo);
        expect(v).toBeLessThan(hi);
      }
    }),
  );
});

// The kit's scales repeat d3-scale's arithmetic (scales.ts says why they are not d3-scale's);
// d3-scale stays a dev dependency so that these tests can hold them to it, bit for bit.
describe('the kit scales place marks exactly where d3-scale does', () => {
  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const range = fc.tuple(finite(-2000, 2000), finite(-2000, 2000));

  test('log scale: every positive value, ascending and descending ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: -6, max: 28 }), fc.integer({ min: 1, max: 12 }), range, finite(1e-8, 1e32), (a, span, r, v) => {
        const domain: [number, number] = [Number(`1e${a}`), Number(`1e${a + span}`)];
        const ours = logScale(domain, r);
        const d3 = scaleLog().domain(domain).range(r);
        expect(ours(v)).toBe(d3(v));
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.range()).toEqual(d3.range());
      }),
    );
  });

  test('linear scale: the same rounded domain, ticks and positions', () => {
    fc.assert(
      fc.property(fc.array(finite(-1e6, 1e12), { maxLength: 20 }), range, fc.integer({ min: 1, max: 30 }), finite(-1e12, 1e12), (values, r, count, v) => {
        const ours = linearScale(values, r);
        const top = Math.max(0, ...values.filter((x) => x > 0));
        const d3 = scaleLinear().domain([0, top || 1]).nice().range(r);
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
        expect(ours(v)).toBe(d3(v));
      }),
    );
  });

  test('piecewise stops (an axis with breaks), ascending or descending', () => {
    fc.assert(
      fc.property(fc.uniqueArray(finite(-1e13, 1e13), { minLength: 2, maxLength: 5 }), fc.boolean(), fc.array(finite(-2000, 2000), { minLength: 2, maxLength: 5 }), finite(-2e13, 2e13), (stops, down, r, v) => {
        const domain = [...stops].sort((x, y) => (down ? y - x : x - y));
        expect(linearMap(domain, r)(v)).toBe(scaleLinear().domain(domain).range(r)(v));
      }),
    );
  });

  test('slot scale: the centres of equal slots, and nothing for an unknown category', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 12 }), range, (categories, r) => {
        const ours = slotScale(categories, r);
        const d3 = scalePoint<string>().domain(categories).range(r).padding(0.5);
        for (const c of categories) expect(ours(c)).toBe(d3(c));
        expect(ours('not a category')).toBeUndefined();
      }),
    );
  });

  test('time scale: dates to pixels and round UTC ticks, as d3 scaleUtc', () => {
    const from = new Date(Date.UTC(2008, 0, 1));
    const to = new Date(Date.UTC(2030, 5, 1));
    const ours = timeScale([from, to], [40, 620]);
    const d3 = scaleUtc().domain([from, to]).range([40, 620]);
    for (const d of [from, to, new Date(Date.UTC(2023, 10, 1)), new Date(Date.UTC(1999, 1, 2))]) expect(ours(d)).toBe(d3(d));
    expect(ours.ticks(9).map(Number)).toEqual(d3.ticks(9).map(Number));
  });
});
