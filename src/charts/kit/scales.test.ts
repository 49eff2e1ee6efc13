import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decadeDomain, decadesOf, decadeTicks, linearScale, linearTicks, logScale } from './scales.ts';

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
