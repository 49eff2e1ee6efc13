import fc from 'fast-check';
import { ratio } from './ratio.ts';

test('MareNostrum 5 has 2.1875 times the GPUs of the DeepSeek-V3 cluster', () => {
  expect(ratio(4480, 2048)?.value).toBeCloseTo(2.1875, 10);
  expect(ratio(2048, 4480)?.fraction).toBeCloseTo(0.457, 3);
});

test('no ratio for zero, negative or non-finite sides', () => {
  for (const [a, b] of [[1, 0], [0, 1], [-1, 2], [Number.NaN, 1], [1, Number.POSITIVE_INFINITY]] as const)
    expect(ratio(a, b)).toBeNull();
});

test('ratio times the smaller side gives the larger; inverse is the reciprocal', () => {
  const pos = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
  fc.assert(
    fc.property(pos, pos, (a, b) => {
      const r = ratio(a, b)!;
      expect(r.value * b).toBeCloseTo(a, 6 - Math.log10(Math.max(a, 1)));
      expect(r.value * r.inverse).toBeCloseTo(1, 9);
    }),
  );
});
