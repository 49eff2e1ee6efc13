import { describe, expect, it } from 'vitest';
import { migrateRelease, ReleaseFormatError, type ReleaseMigration } from './releaseMigrations.ts';

describe('migrateRelease', () => {
  it('runs each step in order, from the release format to the target', () => {
    const steps: ReleaseMigration[] = [
      { from: 0, description: 'a', migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), 'a'] }) },
      { from: 1, description: 'b', migrate: (d) => ({ ...d, trail: [...(d.trail as string[]), 'b'] }) },
    ];
    expect(migrateRelease(0, { trail: [] }, steps, 2)).toEqual({ trail: ['a', 'b'] });
    expect(migrateRelease(1, { trail: [] }, steps, 2)).toEqual({ trail: ['b'] });
    expect(migrateRelease(2, { trail: [] }, steps, 2)).toEqual({ trail: [] });
  });

  it('never edits the stored release it reads', () => {
    const stored = { rates: [{ date: '2024-12-09', usdPerEur: { value: 1.05 }, label: 'x' }], money: [] };
    const copy = structuredClone(stored);
    migrateRelease(0, stored);
    expect(stored).toEqual(copy);
  });

  it('refuses a format newer than the code, or one with no path forward', () => {
    expect(() => migrateRelease(99, {})).toThrow(ReleaseFormatError);
    expect(() => migrateRelease(0, {}, [], 1)).toThrow(/no migration from release format 0/);
  });

  it('format 0 → 1: each money as-of date gets the nearest earlier old fixing, named by its rule', () => {
    const usd = (value: number) => ({ value, unit: 'USD/EUR', asOf: '2024-12-09', source: 'ecb', confidence: 'official' });
    const out = migrateRelease(0, {
      rates: [
        { date: '2024-12-09', usdPerEur: usd(1.05), label: 'Palomo interview' },
        { date: '2024-12-24', usdPerEur: usd(1.04), label: 'Christmas Eve' },
      ],
      money: [{ amount: { asOf: '2024-12-09' } }, { amount: { asOf: '2024-12-26' } }, { amount: { asOf: '2024' } }, { amount: { asOf: '2020' } }],
    });
    expect(out.rates).toEqual([
      { forAsOf: '2024', rule: 'earlier-day', date: '2024-12-24', usdPerEur: usd(1.04) },
      { forAsOf: '2024-12-09', rule: 'day', date: '2024-12-09', usdPerEur: usd(1.05) },
      { forAsOf: '2024-12-26', rule: 'earlier-day', date: '2024-12-24', usdPerEur: usd(1.04) },
    ]);
  });

  it('format 1 → 2: money, event and price rows get a label per translated language, their English one', () => {
    const out = migrateRelease(1, {
      money: [{ id: 'm', label: 'Procurement contract' }],
      events: [{ id: 'e', label: 'MareNostrum 5 inaugurated' }],
      prices: [{ id: 'p', label: 'Lambda, 1× H100 on demand' }],
      systems: [{ id: 's', name: 'MN5' }],
    });
    expect(out.money).toEqual([{ id: 'm', label: 'Procurement contract', labels: { es: 'Procurement contract' } }]);
    expect(out.events).toEqual([{ id: 'e', label: 'MareNostrum 5 inaugurated', labels: { es: 'MareNostrum 5 inaugurated' } }]);
    expect(out.prices).toEqual([{ id: 'p', label: 'Lambda, 1× H100 on demand', labels: { es: 'Lambda, 1× H100 on demand' } }]);
    expect(out.systems).toEqual([{ id: 's', name: 'MN5' }]);
  });
});
