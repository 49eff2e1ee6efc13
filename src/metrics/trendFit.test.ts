import fc from 'fast-check';
import { fitLogLinear, fractionalYear } from './trendFit.ts';

const day = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

describe('fractionalYear', () => {
  it('places a date at the middle of the period it names', () => {
    expect(fractionalYear('2024')).toBe(2024.5);
    expect(fractionalYear('2023-01-01')).toBeCloseTo(2023 + 0.5 / 365, 10);
    expect(fractionalYear('2024-07')).toBeCloseTo(2024 + (182 + 15.5) / 366, 10); // leap year, mid-July
    expect(fractionalYear('2023-11-01')).toBeCloseTo(2023.8342, 4);
  });
});

describe('fitLogLinear', () => {
  it('recovers a known growth of ×2.5 per year from an exact series', () => {
    const points = [2018, 2019, 2020, 2021, 2022, 2023].map((y, i) => ({ date: `${y}`, value: 1000 * 2.5 ** i }));
    const fit = fitLogLinear(points)!;
    expect(fit.growthPerYear).toBeCloseTo(2.5, 10);
    expect(fit.doublingYears).toBeCloseTo(Math.log(2) / Math.log(2.5), 10); // 0.756 years
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit.growthInterval[0]).toBeCloseTo(2.5, 8); // no noise, no width
    expect(fit.growthInterval[1]).toBeCloseTo(2.5, 8);
  });

  it('gives the textbook interval on a small noisy series', () => {
    // x = 0..4, log10 y = 1 + 0.3x + e with e = [0.05, -0.05, 0, 0.05, -0.05]:
    // slope = 0.29, residuals [0.03, -0.06, 0, 0.06, -0.03], SSE = 0.009, se = sqrt(0.009 / 3 / 10) = 0.017321;
    // t(0.95, 3) = 2.35336.
    const e = [0.05, -0.05, 0, 0.05, -0.05];
    const fit = fitLogLinear(e.map((err, x) => ({ date: `${2020 + x}`, value: 10 ** (1 + 0.3 * x + err) })))!;
    expect(fit.slopeLog10PerYear).toBeCloseTo(0.29, 10);
    expect(Math.log10(fit.growthInterval[0])).toBeCloseTo(0.29 - 2.35336 * 0.017321, 5);
    expect(Math.log10(fit.growthInterval[1])).toBeCloseTo(0.29 + 2.35336 * 0.017321, 5);
    expect(fit.doublingInterval[0]).toBeLessThan(fit.doublingYears);
    expect(fit.doublingInterval[1]).toBeGreaterThan(fit.doublingYears);
  });

  it('says a shrinking or flat series does not double', () => {
    const fit = fitLogLinear([{ date: '2020', value: 8 }, { date: '2021', value: 4 }, { date: '2022', value: 2 }])!;
    expect(fit.growthPerYear).toBeCloseTo(0.5, 10);
    expect(fit.doublingYears).toBe(Infinity);
  });

  it('needs three points with positive values', () => {
    expect(fitLogLinear([{ date: '2020', value: 1 }, { date: '2021', value: 2 }])).toBeUndefined();
    expect(fitLogLinear([{ date: '2020', value: 1 }, { date: '2021', value: 0 }, { date: '2022', value: 4 }])).toBeUndefined();
  });

  it('property: any exact exponential series is recovered, and its interval contains the true growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 1, max: 365 * 12 }), { minLength: 3, maxLength: 40 }),
        fc.array(fc.double({ min: -0.2, max: 0.2, noNaN: true }), { minLength: 40, maxLength: 40 }),
        (growth, start, days, noise) => {
          const pts = days.map((d) => ({ date: day(2014, d), x: fractionalYear(day(2014, d)) }));
          const exact = fitLogLinear(pts.map((p) => ({ date: p.date, value: start * growth ** (p.x - 2014) })))!;
          expect(exact.growthPerYear).toBeCloseTo(growth, 6);
          const noisy = fitLogLinear(pts.map((p, i) => ({ date: p.date, value: start * growth ** (p.x - 2014) * 10 ** noise[i]! })))!;
          expect(noisy.growthInterval[0]).toBeLessThanOrEqual(noisy.growthPerYear);
          expect(noisy.growthInterval[1]).toBeGreaterThanOrEqual(noisy.growthPerYear);
          // Scaling every value leaves the growth unchanged.
          const scaled = fitLogLinear(pts.map((p, i) => ({ date: p.date, value: 7 * start * growth ** (p.x - 2014) * 10 ** noise[i]! })))!;
          expect(scaled.growthPerYear).toBeCloseTo(noisy.growthPerYear, 8);
        },
      ),
    );
  });
});
