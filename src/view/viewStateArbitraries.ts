/**
 * Test helpers (fast-check arbitraries and a validity check written independently of the
 * codecs). Imported by tests only; nothing in the app imports it.
 */
import fc from 'fast-check';
import { LANGS } from '../i18n/lang.ts';
import { expect } from 'vitest';
import {
  ACCESS,
  BAR_SETS,
  BASES,
  MAX_PINS,
  CERTAINTIES,
  SECTORS,
  STATUSES,
  TREND_SELECTIONS,
  VENDORS,
  WORLD_REGIONS,
  CURRENCIES,
  KINDS,
  METRICS,
  OWNERS,
  PARAM_ORDER,
  REGIONS,
  SCALES,
  THEMES,
  VIEWS,
  WHERE_GROUPS,
  type ViewState,
} from './viewState.ts';

export const idArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const decimal = (min: number, max: number, decimals: number) =>
  fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => n / 10 ** decimals);

/** Any valid view state; `fc.record` is typed, so a new field fails to compile until added here. */
export const viewStateArb: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  ids: fc.uniqueArray(idArb, { maxLength: 60 }),
  metric: fc.constantFrom(...METRICS),
  scale: fc.constantFrom(...SCALES),
  currency: fc.constantFrom(...CURRENCIES),
  regions: fc.subarray([...REGIONS]),
  owners: fc.subarray([...OWNERS]),
  kinds: fc.subarray([...KINDS]),
  highlight: nullable(idArb),
  compareA: nullable(idArb),
  compareB: nullable(idArb),
  whatifModel: nullable(idArb),
  whatifSystem: nullable(idArb),
  whatifGpus: nullable(fc.integer({ min: 1, max: 10_000_000 })),
  whatifMfu: nullable(decimal(1, 100, 1)),
  whatifPrice: nullable(decimal(0, 1000, 3)),
  whatifPue: nullable(decimal(1, 3, 2)),
  basis: fc.constantFrom(...BASES),
  edition: nullable(fc.tuple(fc.integer({ min: 1993, max: 2099 }), fc.constantFrom('06', '11')).map(([y, m]) => `${y}-${m}`)),
  lang: nullable(fc.constantFrom(...LANGS)),
  theme: nullable(fc.constantFrom(...THEMES)),
  hideTitle: fc.boolean(),
  access: fc.constantFrom(...ACCESS),
  worldRegions: fc.subarray([...WORLD_REGIONS]),
  sectors: fc.subarray([...SECTORS]),
  statuses: fc.subarray([...STATUSES]),
  certainties: fc.subarray([...CERTAINTIES]),
  vendors: fc.subarray([...VENDORS]),
  trendSelection: fc.constantFrom(...TREND_SELECTIONS),
  asOf: nullable(fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)),
  whereGroup: fc.constantFrom(...WHERE_GROUPS),
  isShare: fc.boolean(),
  pins: fc.uniqueArray(idArb, { maxLength: MAX_PINS }),
  bars: fc.constantFrom(...BAR_SETS),
  release: nullable(fc.date({ min: new Date('2026-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
});

const HOSTILE_VALUES = [
  '<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', '1e999', '-1e999',
  'NaN', 'Infinity', '-Infinity', '-1', '0', '1.5', '0x10', '1,5', '38,5', ' 40', '40 ', '%E0%A4%A', '%',
  '%%', '%00', '+', ' ', '~', '~~', ',', 'a,b', 'a+b', 'a b', '\u0000', '\uD800', '😀', 'ñandú', 'Ω-ω',
  'marenostrum-5-acc', 'deepseek-v3-cluster', 'MARENOSTRUM', '2024-11', '2024-13', '2026-12-01', '2026-02-30', '2026-12-1', '1900-06', '100', '100.04',
  '0.0005', '1000.0004', '3.005', '10000001', '99999999999999999999999', 'x'.repeat(5000),
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'V', 'IDS', 'utm_source', 'fbclid', '😀', '%'];

const rawValueArb = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.uniqueArray(idArb, { minLength: 50, maxLength: 2500 }).map((ids) => ids.join('~')),
  fc
    .tuple(fc.array(fc.oneof(idArb, fc.constantFrom(...HOSTILE_VALUES)), { maxLength: 20 }), fc.constantFrom('~', '+', ' ', ','))
    .map(([items, separator]) => items.join(separator)),
);

/** Writes a value the ways links arrive: raw, percent-encoded, double-encoded or with `+` for spaces. */
const encodedArb = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, fc.constantFrom('raw', 'encoded', 'double', 'form')).map(([text, how]) => {
    const safe = (s: string) => {
      try {
        return encodeURIComponent(s);
      } catch {
        return s;
      }
    };
    if (how === 'encoded') return safe(text);
    if (how === 'double') return safe(safe(text));
    if (how === 'form') return text.replace(/ /g, '+');
    return text;
  });

/** Query strings mixing our keys, junk keys, hostile values, repeats and broken encodings. */
export const hostileQueryArb = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(encodedArb(fc.oneof(fc.constantFrom(...PARAM_ORDER), fc.constantFrom(...HOSTILE_KEYS), fc.string())), encodedArb(rawValueArb)),
      { maxLength: 30 },
    ),
    fc.constantFrom('&', '&&', ';', '&amp;'),
  )
  .map(([hasMark, pairs, joiner]) => (hasMark ? '?' : '') + pairs.map(([k, v]) => `${k}=${v}`).join(joiner));

const FIELD_NAMES = [
  'view', 'ids', 'metric', 'scale', 'currency', 'regions', 'owners', 'kinds', 'highlight', 'compareA', 'compareB',
  'whatifModel', 'whatifSystem', 'whatifGpus', 'whatifMfu', 'whatifPrice', 'whatifPue', 'basis', 'edition', 'lang',
  'theme', 'hideTitle', 'access',
  'worldRegions', 'sectors', 'statuses', 'certainties', 'vendors', 'trendSelection',
  'asOf', 'whereGroup', 'isShare', 'pins', 'bars', 'release',
];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isId = (x: unknown) => typeof x === 'string' && x.length <= 64 && KEBAB.test(x);
const isIdOrNull = (x: unknown) => x === null || isId(x);
const inRange = (x: unknown, min: number, max: number, decimals: number) =>
  x === null || (typeof x === 'number' && x >= min && x <= max && Math.round(x * 10 ** decimals) / 10 ** decimals === x);
const isSubsetInOrder = (xs: readonly string[], all: readonly string[]) =>
  xs.every((x, i) => all.includes(x) && (i === 0 || all.indexOf(x) > all.indexOf(xs[i - 1]!)));

/** Asserts every field obeys the URL contract (stated here apart from the codecs on purpose). */
export function expectValidState(s: ViewState): void {
  expect(Object.keys(s).sort()).toEqual([...FIELD_NAMES].sort());
  expect(VIEWS).toContain(s.view);
  expect(s.ids.length).toBeLessThanOrEqual(60);
  expect(new Set(s.ids).size).toBe(s.ids.length);
  expect(s.ids.every(isId)).toBe(true);
  expect(METRICS).toContain(s.metric);
  expect(SCALES).toContain(s.scale);
  expect(CURRENCIES).toContain(s.currency);
  expect(isSubsetInOrder(s.regions, REGIONS) && isSubsetInOrder(s.owners, OWNERS) && isSubsetInOrder(s.kinds, KINDS)).toBe(true);
  expect([s.highlight, s.compareA, s.compareB, s.whatifModel, s.whatifSystem].every(isIdOrNull)).toBe(true);
  expect(s.whatifGpus === null || (Number.isInteger(s.whatifGpus) && s.whatifGpus >= 1 && s.whatifGpus <= 1e7)).toBe(true);
  expect(inRange(s.whatifMfu, 1, 100, 1) && inRange(s.whatifPrice, 0, 1000, 3) && inRange(s.whatifPue, 1, 3, 2)).toBe(true);
  expect(BASES).toContain(s.basis);
  expect(s.edition === null || /^(?:199[3-9]|20\d\d)-(?:06|11)$/.test(s.edition)).toBe(true);
  expect([null, ...LANGS]).toContain(s.lang);
  expect([null, ...THEMES]).toContain(s.theme);
  expect(typeof s.hideTitle).toBe('boolean');
  expect(ACCESS).toContain(s.access);
  expect(s.pins.length).toBeLessThanOrEqual(12);
  expect(new Set(s.pins).size).toBe(s.pins.length);
  expect(s.pins.every(isId)).toBe(true);
  expect(BAR_SETS).toContain(s.bars);
  expect(isSubsetInOrder(s.worldRegions, WORLD_REGIONS) && isSubsetInOrder(s.sectors, SECTORS) && isSubsetInOrder(s.statuses, STATUSES)).toBe(true);
  expect(isSubsetInOrder(s.certainties, CERTAINTIES) && isSubsetInOrder(s.vendors, VENDORS)).toBe(true);
  expect(TREND_SELECTIONS).toContain(s.trendSelection);
  expect(s.asOf === null || /^(?:199\d|20\d\d)-(?:0[1-9]|1[0-2])$/.test(s.asOf)).toBe(true);
  expect(WHERE_GROUPS).toContain(s.whereGroup);
  expect(typeof s.isShare).toBe('boolean');
  expect(s.release === null || (/^\d{4}-\d{2}-\d{2}$/.test(s.release) && new Date(`${s.release}T00:00:00Z`).toISOString().startsWith(s.release))).toBe(true);
}
