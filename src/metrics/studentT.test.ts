import { studentTCdf, studentTQuantile } from './studentT.ts';

describe('Student t', () => {
  // Critical values from any t table (two-sided 90 % = one-sided 0.95).
  it.each([
    [1, 6.314],
    [2, 2.92],
    [5, 2.015],
    [10, 1.812],
    [30, 1.697],
    [1000, 1.646],
  ])('t(0.95, df=%i) = %f', (df, t) => expect(studentTQuantile(0.95, df)).toBeCloseTo(t, 3));

  it('is symmetric and inverts its CDF', () => {
    for (const df of [1, 3, 8, 40]) {
      expect(studentTCdf(0, df)).toBeCloseTo(0.5, 7);
      for (const p of [0.01, 0.2, 0.5, 0.9, 0.995]) {
        const t = studentTQuantile(p, df);
        expect(studentTCdf(t, df)).toBeCloseTo(p, 7);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 6);
      }
    }
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
  });
});
