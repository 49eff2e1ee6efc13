import fc from 'fast-check';
import { mad, median, pairedRatios, parseArgs, ratio, verdict } from './stats.ts';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores missing values and is NaN with none', () => {
    expect(median([NaN, 5, Infinity])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('lies between the minimum and the maximum, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1 }), (xs) => {
        const m = median(xs);
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(median([...xs].reverse())).toBe(m);
      }),
    );
  });

  it('is not moved by one outlier, and neither is the deviation', () => {
    expect(median([10, 11, 12, 13, 1000])).toBe(12);
    expect(mad([10, 11, 12, 13, 1000])).toBe(1);
  });
});

describe('ratios', () => {
  it('divides, or gives NaN when a side is missing or the base is not positive', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(NaN, 2)).toBeNaN();
    expect(ratio(1, 0)).toBeNaN();
  });

  it('pairs rounds index by index, up to the shorter series', () => {
    expect(pairedRatios([2, 6, 9], [1, 3])).toEqual([2, 2]);
  });

  it('calls a goal met at or under the limit', () => {
    expect(verdict(1.2, 1.2)).toBe('met');
    expect(verdict(1.21, 1.2)).toBe('missed');
    expect(verdict(NaN, 1.2)).toBe('n/a');
  });
});

describe('parseArgs', () => {
  it('defaults to 7 runs with a build', () => {
    expect(parseArgs([])).toEqual({ runs: 7, runsGiven: false, build: true, throttle: false, lighthouse: false, errors: [] });
  });

  it('reads --runs N, --runs=N, --no-build and --throttle', () => {
    expect(parseArgs(['--runs', '3', '--no-build'])).toMatchObject({ runs: 3, runsGiven: true, build: false, errors: [] });
    expect(parseArgs(['--runs=11', '--throttle'])).toMatchObject({ runs: 11, throttle: true });
    expect(parseArgs(['--lighthouse'])).toMatchObject({ lighthouse: true, errors: [] });
  });

  it('reports bad counts and unknown flags instead of ignoring them', () => {
    expect(parseArgs(['--runs', '0']).errors).toHaveLength(1);
    expect(parseArgs(['--runs']).errors).toHaveLength(1);
    expect(parseArgs(['--fast']).errors).toEqual(['unknown argument --fast']);
  });
});
