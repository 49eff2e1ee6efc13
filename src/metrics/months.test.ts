import fc from 'fast-check';
import { addMonths, clampMonth, dayOfMonth, monthEnd, monthOf, monthsBetween, quarterMonths, quarterOf } from './months.ts';

const monthArb = fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

describe('months', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2023-11', 2)).toBe('2024-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    fc.assert(fc.property(monthArb, fc.integer({ min: -300, max: 300 }), (m, n) => addMonths(addMonths(m, n), -n) === m));
  });

  it('lists every month between two, in order, both ends included', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02', '2023-11')).toEqual([]);
    fc.assert(
      fc.property(monthArb, fc.integer({ min: 0, max: 200 }), (m, n) => {
        const list = monthsBetween(m, addMonths(m, n));
        return list.length === n + 1 && list.every((x, i) => i === 0 || x > list[i - 1]!);
      }),
    );
  });

  it('knows month ends, leap years included, and stops at the snapshot', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2100-02')).toBe('2100-02-28');
    expect(monthEnd('2023-11')).toBe('2023-11-30');
    expect(dayOfMonth('2023-11', '2025-12-17')).toBe('2023-11-30');
    expect(dayOfMonth('2025-12', '2025-12-17')).toBe('2025-12-17');
  });

  it('reads months from dates and clamps to a range', () => {
    expect(monthOf('2023-11-01')).toBe('2023-11');
    expect(monthOf('2021')).toBe('2021-01');
    expect(clampMonth('1995-01', '2010-11', '2025-12')).toBe('2010-11');
    expect(clampMonth('2030-01', '2010-11', '2025-12')).toBe('2025-12');
    expect(clampMonth('2020-05', '2010-11', '2025-12')).toBe('2020-05');
  });

  it('ends quarters on March, June, September and December, and the last on the data’s last month', () => {
    expect(quarterMonths('2010-11', '2011-07')).toEqual(['2010-12', '2011-03', '2011-06', '2011-07']);
    expect(quarterOf('2023-11')).toEqual({ year: 2023, q: 4 });
    expect(quarterOf('2024-01')).toEqual({ year: 2024, q: 1 });
  });
});
