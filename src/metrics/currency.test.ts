import fc from 'fast-check';
import type { Figure, Rate } from '../data/schema.ts';
import { convertMoney, nearestRate } from './currency.ts';

const rate = (date: string, usdPerEur: number): Rate => ({
  date,
  label: date,
  usdPerEur: { value: usdPerEur, unit: 'USD/EUR', asOf: date, source: 'ecb', confidence: 'official' },
});
const rates = [rate('2023-07-10', 1.0956), rate('2024-12-27', 1.0435), rate('2025-01-20', 1.0316)];
const money = (value: number, unit: 'M EUR' | 'M USD', asOf: string): Figure => ({
  value,
  unit,
  asOf,
  source: 's',
  confidence: 'official',
});

test('DeepSeek-V3 5.576 M$ converts at the rate of its release week', () => {
  const r = convertMoney(money(5.576, 'M USD', '2024-12-26'), 'EUR', rates)!;
  expect(r.rate?.date).toBe('2024-12-27');
  expect(r.valueM).toBeCloseTo(5.576 / 1.0435, 10);
});

test('same currency needs no rate', () => {
  const r = convertMoney(money(650, 'M EUR', '2024-12-09'), 'EUR', rates)!;
  expect(r).toEqual({ valueM: 650, highM: undefined, currency: 'EUR' });
});

test('a year-only date uses the rate nearest mid-year', () => {
  expect(nearestRate(rates, '2023')?.date).toBe('2023-07-10');
});

test('no rates: conversion is impossible, not silently 1:1', () => {
  expect(convertMoney(money(1, 'M USD', '2024'), 'EUR', [])).toBeNull();
});

test('EUR → USD → EUR at the same date returns the amount', () => {
  fc.assert(
    fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), (v) => {
      const usd = convertMoney(money(v, 'M EUR', '2024-12-01'), 'USD', rates)!;
      const back = convertMoney(money(usd.valueM, 'M USD', '2024-12-01'), 'EUR', rates)!;
      expect(back.valueM).toBeCloseTo(v, 6);
    }),
  );
});
