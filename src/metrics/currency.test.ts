import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEcbCsv, type Fixing } from '../data/ecbCsv.ts';
import type { Figure } from '../data/schema.ts';
import { convertMoney, latestFixing, rateFor, resolveRate, resolveRates } from './currency.ts';

const SRC = 'ecb';
const fixings: Fixing[] = [
  { date: '2024-12-23', usdPerEur: 1.04 },
  { date: '2024-12-24', usdPerEur: 1.0395 },
  { date: '2024-12-27', usdPerEur: 1.0435 },
  { date: '2025-01-02', usdPerEur: 1.03 },
  { date: '2025-01-03', usdPerEur: 1.02 },
];
const money = (value: number, unit: 'M EUR' | 'M USD', asOf: string, high?: number): Figure => ({
  value,
  ...(high === undefined ? {} : { high, qualifier: 'range' as const }),
  unit,
  asOf,
  source: 's',
  confidence: 'official',
});

test("a day with a fixing uses that day's rate", () => {
  const r = resolveRate(fixings, '2024-12-27', SRC)!;
  expect([r.rule, r.date, r.usdPerEur.value]).toEqual(['day', '2024-12-27', 1.0435]);
});

test('a day without a fixing uses the nearest earlier business day, never a later one', () => {
  // 26 Dec is a TARGET holiday: the 27th is nearer in time but was not known on the 26th.
  const r = resolveRate(fixings, '2024-12-26', SRC)!;
  expect([r.rule, r.date, r.usdPerEur.value]).toEqual(['earlier-day', '2024-12-24', 1.0395]);
});

test('a month or a year converts at the mean of its fixings', () => {
  const dec = resolveRate(fixings, '2024-12', SRC)!;
  expect([dec.rule, dec.date, dec.fixings]).toEqual(['month-mean', '2024-12', 3]);
  expect(dec.usdPerEur.value).toBe(Math.round(((1.04 + 1.0395 + 1.0435) / 3) * 1e4) / 1e4);
  expect(dec.lastFixing).toBeUndefined();
  const y = resolveRate(fixings, '2024', SRC)!;
  expect([y.rule, y.date, y.usdPerEur.value]).toEqual(['year-mean', '2024', dec.usdPerEur.value]);
});

test('a period the data stops inside says up to which fixing it was averaged', () => {
  const r = resolveRate(fixings, '2025', SRC)!;
  expect([r.rule, r.fixings, r.lastFixing, r.usdPerEur.value]).toEqual(['year-mean', 2, '2025-01-03', 1.025]);
});

test('a figure dated after the last fixing uses the last one and is marked so', () => {
  for (const asOf of ['2025-01-04', '2025-12', '2026']) {
    const r = resolveRate(fixings, asOf, SRC)!;
    expect([r.rule, r.date, r.usdPerEur.value, r.forAsOf]).toEqual(['after-last', '2025-01-03', 1.02, asOf]);
  }
});

test('before the first fixing there is no rate, and no silent 1:1 conversion', () => {
  expect(resolveRate(fixings, '2024-12-01', SRC)).toBeNull();
  expect(resolveRate(fixings, '1998', SRC)).toBeNull();
  expect(resolveRate([], '2024', SRC)).toBeNull();
  const rates = resolveRates(fixings, ['1998'], SRC);
  expect(convertMoney(money(1, 'M USD', '1998'), 'EUR', rates)).toBeNull();
});

test('resolveRates gives one rate per date plus the last fixing, which latestFixing finds', () => {
  const rates = resolveRates(fixings, ['2024', '2024-12-26', '2024', '2026'], SRC);
  expect(rates.map((r) => r.forAsOf)).toEqual(['2024', '2024-12-26', '2025-01-03', '2026']);
  expect(latestFixing(rates)?.date).toBe('2025-01-03');
  expect(rateFor(rates, '2024-12-26')?.date).toBe('2024-12-24');
});

test('same currency needs no rate', () => {
  expect(convertMoney(money(650, 'M EUR', '2024-12-09'), 'EUR', [])).toEqual({ valueM: 650, highM: undefined, currency: 'EUR' });
});

test('EUR → USD → EUR at the same date returns the amount, range ends included', () => {
  const rates = resolveRates(fixings, ['2024-12', '2024-12-26'], SRC);
  fc.assert(
    fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.constantFrom('2024-12', '2024-12-26'), (v, asOf) => {
      const usd = convertMoney(money(v, 'M EUR', asOf, v * 2), 'USD', rates)!;
      const back = convertMoney(money(usd.valueM, 'M USD', asOf, usd.highM), 'EUR', rates)!;
      expect(back.valueM).toBeCloseTo(v, 6);
      expect(back.highM).toBeCloseTo(v * 2, 6);
    }),
  );
});

describe('the conversions named in issue 12, on the ECB file in data/ecb/', () => {
  const { fixings: ecb, errors } = parseEcbCsv(readFileSync(resolve(__dirname, '../../data/ecb/eur_usd_daily.csv'), 'utf8'));
  const rates = resolveRates(ecb, ['2015', '2019', '2021', '2024-12-26', '2026-03-03', '2025-12'], SRC);
  const usd = (value: number, asOf: string) => convertMoney(money(value, 'M EUR', asOf), 'USD', rates)!;

  test('the file parses whole', () => {
    expect(errors).toEqual([]);
    expect(ecb).toHaveLength(6747);
    expect(ecb[0]).toEqual({ date: '1999-01-04', usdPerEur: 1.1789 });
  });

  test('Plan TL, 90 M€ of 2015: 99.9 M$ at the 2015 mean, 1.1095', () => {
    const c = usd(90, '2015');
    expect([c.rate?.rule, c.rate?.usdPerEur.value, c.rate?.fixings]).toEqual(['year-mean', 1.1095, 256]);
    expect(c.valueM).toBeCloseTo(99.9, 1);
  });

  test("MareNostrum 5's 2019 plan, 223 M€: 249.6 M$ at the 2019 mean", () => {
    const c = usd(223, '2019');
    expect(c.rate?.usdPerEur.value).toBe(1.1195);
    expect(c.valueM).toBeCloseTo(249.6, 1);
  });

  test('EuroHPC 2021–2027, 7,000 M€ of 2021: 8,279 M$', () => {
    expect(Math.round(usd(7000, '2021').valueM)).toBe(8279);
  });

  test('DeepSeek-V3 (26 Dec 2024, no fixing) converts at 24 Dec, the business day before', () => {
    const c = convertMoney(money(5.576, 'M USD', '2024-12-26'), 'EUR', rates)!;
    expect([c.rate?.rule, c.rate?.date, c.rate?.usdPerEur.value]).toEqual(['earlier-day', '2024-12-24', 1.0395]);
    expect(c.valueM).toBeCloseTo(5.364, 3);
  });

  test('figures dated after 9 May 2025 use that last fixing, 1.1252', () => {
    for (const asOf of ['2026-03-03', '2025-12']) expect(rateFor(rates, asOf)).toMatchObject({ rule: 'after-last', date: '2025-05-09' });
    expect(latestFixing(rates)?.usdPerEur.value).toBe(1.1252);
  });
});
