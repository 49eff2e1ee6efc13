import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  countryName,
  formatCompact,
  formatDate,
  formatEdition,
  formatFlop,
  formatInteger,
  formatMoneyLong,
  formatMoneyShort,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatRatio,
  formatSignificant,
  formatUnitValue,
  NO_VALUE,
  type Currency,
  type Lang,
} from './format.ts';

/**
 * Expected strings are user-visible contracts. Every space inside a formatted value is a
 * no-break space (U+00A0); `nb` writes them readably: nb('650 M€') === '650\u00a0M€'.
 */
const nb = (s: string) => s.replace(/ /g, '\u00a0');
const LANGS: readonly Lang[] = ['es', 'en'];

/** Every formatter that takes a number, for the properties that hold for all of them. */
const NUMERIC: ReadonlyArray<[string, (n: number, lang: Lang) => string]> = [
  ['formatNumber', (n, l) => formatNumber(n, l)],
  ['formatNumber 2dp', (n, l) => formatNumber(n, l, { minFractionDigits: 2, maxFractionDigits: 2 })],
  ['formatInteger', formatInteger],
  ['formatSignificant', (n, l) => formatSignificant(n, l)],
  ['formatRatio', formatRatio],
  ['formatPercent', (n, l) => formatPercent(n, l)],
  ['formatMoneyShort EUR', (n, l) => formatMoneyShort(n, 'EUR', l)],
  ['formatMoneyShort USD', (n, l) => formatMoneyShort(n, 'USD', l)],
  ['formatMoneyLong EUR', (n, l) => formatMoneyLong(n, 'EUR', l)],
  ['formatMoneyLong USD', (n, l) => formatMoneyLong(n, 'USD', l)],
  ['formatFlop', formatFlop],
  ['formatCompact', formatCompact],
  ['formatOrdinal', formatOrdinal],
  ...(
    [
      'accelerators', 'nodes', 'PFLOP/s', 'TFLOP/s', 'kW', 'W', 'GB', 'B params', 'T tokens', 'M GPU-hours',
      'M EUR', 'M USD', 'FLOP', 'rank', 'USD/EUR', 'USD/GPU-hour', 'days',
    ] as const
  ).map((u): [string, (n: number, lang: Lang) => string] => [`formatUnitValue ${u}`, (n, l) => formatUnitValue(n, u, l)]),
];

/** Doubles spread over every magnitude from 10⁻¹² to 10¹⁸, both signs. */
const anyMagnitude = fc
  .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -12, max: 18 }), fc.boolean())
  .map(([m, e, negative]) => (negative ? -1 : 1) * m * 10 ** e);

/** Reads a Spanish or English number back (grouping and decimal marks swapped as needed). */
function parseNumber(text: string, lang: Lang): number {
  const digits = text.replace(/[^\d.,-]/g, '');
  return Number(lang === 'es' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''));
}

describe('formatNumber', () => {
  it('groups 4-digit numbers in Spanish too (CLDR alone would print 4480)', () => {
    expect(formatNumber(4480, 'es')).toBe('4.480');
    expect(formatNumber(1120, 'es')).toBe('1.120');
    expect(formatNumber(4480, 'en')).toBe('4,480');
    expect(formatNumber(1120, 'en')).toBe('1,120');
    expect(formatNumber(663040, 'es')).toBe('663.040');
    expect(formatNumber(1234567.5, 'es')).toBe('1.234.567,5');
  });

  it('uses the decimal mark of the language', () => {
    expect(formatNumber(175.3, 'es')).toBe('175,3');
    expect(formatNumber(175.3, 'en')).toBe('175.3');
    expect(formatNumber(4158.9, 'es')).toBe('4.158,9');
  });

  it('honours fraction digit options, defaulting like Intl (0 to 3)', () => {
    expect(formatNumber(2.78849, 'es')).toBe('2,788');
    expect(formatNumber(1.04, 'es', { minFractionDigits: 4, maxFractionDigits: 4 })).toBe('1,0400');
    expect(formatNumber(175.3, 'en', { maxFractionDigits: 0 })).toBe('175');
    expect(formatNumber(2, 'en', { minFractionDigits: 2 })).toBe('2.00');
    // min > max or absurd digits never throw (Intl would raise a RangeError).
    expect(formatNumber(1.23456, 'en', { minFractionDigits: 3, maxFractionDigits: 1 })).toBe('1.235');
    expect(formatNumber(1.5, 'en', { maxFractionDigits: -4 })).toBe('2');
    expect(formatNumber(1.5, 'en', { maxFractionDigits: Number.NaN })).toBe('1.5');
  });

  it('never prints a negative zero', () => {
    expect(formatNumber(-0, 'es')).toBe('0');
    expect(formatNumber(-0.0001, 'en', { maxFractionDigits: 1 })).toBe('0');
    expect(formatNumber(-5, 'es')).toBe('-5');
  });
});

describe('formatInteger', () => {
  it('rounds half away from zero and groups', () => {
    expect(formatInteger(4480.4, 'es')).toBe('4.480');
    expect(formatInteger(2.5, 'en')).toBe('3');
    expect(formatInteger(-2.5, 'en')).toBe('-3');
    expect(formatInteger(2048, 'en')).toBe('2,048');
  });
});

describe('formatSignificant', () => {
  it('keeps 3 significant digits without hiding integer digits', () => {
    expect(formatSignificant(2.1875, 'es')).toBe('2,19');
    expect(formatSignificant(2.1875, 'en')).toBe('2.19');
    expect(formatSignificant(64.356, 'es')).toBe('64,4');
    expect(formatSignificant(64.356, 'en')).toBe('64.4');
    expect(formatSignificant(1234.5, 'es')).toBe('1.235');
    expect(formatSignificant(1234.5, 'en')).toBe('1,235');
    expect(formatSignificant(0.000123456, 'en')).toBe('0.000123');
    expect(formatSignificant(0, 'es')).toBe('0');
  });

  it('takes a digit count', () => {
    expect(formatSignificant(2.1875, 'es', 2)).toBe('2,2');
    expect(formatSignificant(2.1875, 'en', 5)).toBe('2.1875');
    expect(formatSignificant(2.1875, 'en', 0)).toBe('2');
  });
});

describe('formatRatio', () => {
  it('prints ×value with U+00D7', () => {
    expect(formatRatio(2.1875, 'es')).toBe('×2,19');
    expect(formatRatio(2.1875, 'en')).toBe('×2.19');
    expect(formatRatio(64.36, 'es')).toBe('×64,4');
    expect(formatRatio(64.36, 'en')).toBe('×64.4');
    expect(formatRatio(0.457, 'es')).toBe('×0,457');
    expect(formatRatio(0.457, 'en')).toBe('×0.457');
    expect(formatRatio(65, 'es')).toBe('×65');
  });

  it('gives the headline ratios of the post', () => {
    expect(formatRatio(4480 / 2048, 'es')).toBe('×2,19');
    expect(formatRatio(4480 / 2048, 'en')).toBe('×2.19');
    expect(formatRatio(650 / 10.1, 'es')).toBe('×64,4');
    expect(formatRatio(2048 / 4480, 'es')).toBe('×0,457');
  });

  it('prints a dash for a division by zero', () => {
    expect(formatRatio(4480 / 0, 'es')).toBe(NO_VALUE);
    expect(formatRatio(0 / 0, 'en')).toBe(NO_VALUE);
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before % in Spanish only', () => {
    expect(formatPercent(0.457, 'es')).toBe('45,7\u00a0%');
    expect(formatPercent(0.457, 'en')).toBe('45.7%');
    expect(formatPercent(2048 / 4480, 'es')).toBe('45,7\u00a0%');
    expect(formatPercent(0.5, 'es')).toBe('50\u00a0%');
    expect(formatPercent(0.45714, 'en', 2)).toBe('45.71%');
    expect(formatPercent(12.345, 'es')).toBe('1.234,5\u00a0%');
  });
});

describe('formatMoneyShort', () => {
  const cases: Array<[number, Currency, string, string]> = [
    [650, 'EUR', '650 M€', '€650M'],
    [10.1, 'EUR', '10,1 M€', '€10.1M'],
    [10.15, 'EUR', '10,2 M€', '€10.2M'],
    [1500, 'EUR', '1.500 M€', '€1.5B'],
    [7000, 'EUR', '7.000 M€', '€7B'],
    [5.576, 'USD', '5,58 M$', '$5.58M'],
    [0.5, 'EUR', '0,5 M€', '€0.5M'],
    [151.41, 'EUR', '151 M€', '€151M'],
    [999.6, 'EUR', '1.000 M€', '€1B'],
    [12345, 'USD', '12.345 M$', '$12.3B'],
    [1_600_000, 'USD', '1.600.000 M$', '$1.6T'],
    [-650, 'EUR', '-650 M€', '-€650M'],
    [0, 'EUR', '0 M€', '€0M'],
  ];
  it.each(cases)('%s %s → %s / %s', (millions, currency, es, en) => {
    expect(formatMoneyShort(millions, currency, 'es')).toBe(nb(es));
    expect(formatMoneyShort(millions, currency, 'en')).toBe(en);
  });
});

describe('formatMoneyLong', () => {
  const cases: Array<[number, Currency, string, string]> = [
    [650, 'EUR', '650 millones de €', '€650 million'],
    [1500, 'EUR', '1.500 millones de €', '€1.5 billion'],
    [1000, 'EUR', '1.000 millones de €', '€1 billion'],
    [5.576, 'USD', '5,58 millones de $', '$5.58 million'],
    [10.1, 'EUR', '10,1 millones de €', '€10.1 million'],
    [1, 'EUR', '1 millón de €', '€1 million'],
    [1.0004, 'EUR', '1 millón de €', '€1 million'],
    [0.5, 'USD', '0,5 millones de $', '$0.5 million'],
    [2_000_000, 'EUR', '2.000.000 millones de €', '€2 trillion'],
  ];
  it.each(cases)('%s %s → %s / %s', (millions, currency, es, en) => {
    expect(formatMoneyLong(millions, currency, 'es')).toBe(nb(es));
    expect(formatMoneyLong(millions, currency, 'en')).toBe(nb(en));
  });
});

describe('money in Spanish never says billón (10¹² in Spanish) nor B', () => {
  it('holds at every magnitude, for both currencies', () => {
    fc.assert(
      fc.property(anyMagnitude, fc.constantFrom<Currency>('EUR', 'USD'), (millions, currency) => {
        const short = formatMoneyShort(millions, currency, 'es');
        const long = formatMoneyLong(millions, currency, 'es');
        for (const text of [short, long]) {
          expect(text).not.toMatch(/bill[oó]n|B/i);
        }
        expect(short).toMatch(/\u00a0M[€$]$/);
        expect(long).toMatch(/\u00a0mill(ón|ones)\u00a0de\u00a0[€$]$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps 3 significant digits in both languages (short labels read back within 0.5 %)', () => {
    const scale: Record<string, number> = { M: 1, B: 1e3, T: 1e6 };
    fc.assert(
      fc.property(anyMagnitude, (millions) => {
        const es = parseNumber(formatMoneyShort(millions, 'EUR', 'es'), 'es');
        const enText = formatMoneyShort(millions, 'EUR', 'en');
        const en = parseNumber(enText, 'en') * (scale[enText.slice(-1)] ?? Number.NaN);
        for (const back of [es, en]) {
          // 3 significant digits can be off by half a unit in the 3rd digit; tiny values are
          // limited by Intl's 20 fraction digits, hence the absolute tolerance.
          expect(Math.abs(back - millions)).toBeLessThanOrEqual(Math.abs(millions) * 0.005 + 1e-20);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatFlop', () => {
  it('prints scientific notation with superscript exponents', () => {
    expect(formatFlop(3.8e25, 'es')).toBe(nb('3,8 × 10²⁵ FLOP'));
    expect(formatFlop(3.8e25, 'en')).toBe(nb('3.8 × 10²⁵ FLOP'));
    expect(formatFlop(2.15e25, 'es')).toBe(nb('2,15 × 10²⁵ FLOP'));
    expect(formatFlop(3.3e24, 'en')).toBe(nb('3.3 × 10²⁴ FLOP'));
    expect(formatFlop(1.234e23, 'en')).toBe(nb('1.23 × 10²³ FLOP'));
    expect(formatFlop(1e3, 'es')).toBe(nb('1 × 10³ FLOP'));
    expect(formatFlop(1.5e-5, 'es')).toBe(nb('1,5 × 10⁻⁵ FLOP'));
    expect(formatFlop(-3.8e25, 'es')).toBe(nb('-3,8 × 10²⁵ FLOP'));
  });

  it('carries a rounded mantissa into the exponent', () => {
    expect(formatFlop(9.999e25, 'en')).toBe(nb('1 × 10²⁶ FLOP'));
  });

  it('prints small values plainly', () => {
    expect(formatFlop(0, 'es')).toBe(nb('0 FLOP'));
    expect(formatFlop(500, 'es')).toBe(nb('500 FLOP'));
    expect(formatFlop(2.5, 'es')).toBe(nb('2,5 FLOP'));
  });
});

describe('formatCompact', () => {
  const cases: Array<[number, string, string]> = [
    [0, '0', '0'],
    [0.5, '0,5', '0.5'],
    [100, '100', '100'],
    [1000, '1.000', '1k'],
    [4480, '4.480', '4.48k'],
    [10_000, '10.000', '10k'],
    [100_000, '100.000', '100k'],
    [999_999, '1 M', '1M'],
    [1e6, '1 M', '1M'],
    [2.5e6, '2,5 M', '2.5M'],
    [1e9, '1.000 M', '1B'],
    [1e12, '1.000.000 M', '1T'],
    [-20_000, '-20.000', '-20k'],
  ];
  it.each(cases)('%s → %s / %s', (n, es, en) => {
    expect(formatCompact(n, 'es')).toBe(nb(es));
    expect(formatCompact(n, 'en')).toBe(en);
  });

  it('never uses "mil", B or billón in Spanish', () => {
    fc.assert(
      fc.property(anyMagnitude, (n) => {
        expect(formatCompact(n, 'es')).toMatch(/^-?[\d.,]+(\u00a0M)?$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatDate', () => {
  const cases: Array<[string, string, string]> = [
    ['2024', '2024', '2024'],
    ['2024-11', 'nov 2024', 'Nov 2024'],
    ['2024-06', 'jun 2024', 'Jun 2024'],
    ['2023-09', 'sept 2023', 'Sep 2023'],
    ['2024-12-09', '9 dic 2024', 'Dec 9, 2024'],
    ['2024-02-25', '25 feb 2024', 'Feb 25, 2024'],
    ['2024-02-29', '29 feb 2024', 'Feb 29, 2024'],
    ['2025-01-01', '1 ene 2025', 'Jan 1, 2025'],
    ['2024-12-31', '31 dic 2024', 'Dec 31, 2024'],
  ];
  it.each(cases)('%s → %s / %s', (asOf, es, en) => {
    expect(formatDate(asOf, 'es')).toBe(nb(es));
    expect(formatDate(asOf, 'en')).toBe(nb(en));
  });

  it('reads dates as UTC calendar dates, whatever the time zone', () => {
    // vitest runs with TZ=UTC; a local-time bug would show at the first and last day of a year.
    expect(formatDate('2025-01-01', 'en')).toBe(nb('Jan 1, 2025'));
    expect(formatDate('2024-12-31', 'en')).toBe(nb('Dec 31, 2024'));
  });

  it('returns anything else unchanged', () => {
    for (const bad of ['', 'nov 2024', '2024-13', '2024-00', '2024-02-30', '2023-02-29', '2024-11-31', '24-11', '2024-1', '2024-11-09T00:00', ' 2024']) {
      expect(formatDate(bad, 'es')).toBe(bad);
      expect(formatDate(bad, 'en')).toBe(bad);
    }
  });
});

describe('formatEdition', () => {
  it('prints a TOP500 edition as its month', () => {
    expect(formatEdition('2024-11', 'es')).toBe(nb('nov 2024'));
    expect(formatEdition('2024-11', 'en')).toBe(nb('Nov 2024'));
    expect(formatEdition('2024-06', 'es')).toBe(nb('jun 2024'));
    expect(formatEdition('2024-06', 'en')).toBe(nb('Jun 2024'));
    expect(formatEdition('2024-11', 'es')).toBe(formatDate('2024-11', 'es'));
  });

  it('returns other strings unchanged', () => {
    expect(formatEdition('2024-07', 'es')).toBe('2024-07');
    expect(formatEdition('2024', 'en')).toBe('2024');
  });
});

describe('formatOrdinal', () => {
  it('prints Spanish "11.º" and English suffixes', () => {
    expect(formatOrdinal(11, 'es')).toBe('11.º');
    expect(formatOrdinal(8, 'es')).toBe('8.º');
    const en: Array<[number, string]> = [[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [23, '23rd'], [101, '101st'], [111, '111th']];
    for (const [n, text] of en) expect(formatOrdinal(n, 'en')).toBe(text);
  });
});

describe('formatUnitValue', () => {
  const cases: Array<[number, string, string, string]> = [
    [4480, 'accelerators', '4.480', '4,480'],
    [2048, 'accelerators', '2.048', '2,048'],
    [1120, 'nodes', '1.120 nodos', '1,120 nodes'],
    [1, 'nodes', '1 nodo', '1 node'],
    [175.3, 'PFLOP/s', '175,3 PFLOP/s', '175.3 PFLOP/s'],
    [249.44, 'PFLOP/s', '249,44 PFLOP/s', '249.44 PFLOP/s'],
    [989.4, 'TFLOP/s', '989,4 TFLOP/s', '989.4 TFLOP/s'],
    [4158.9, 'kW', '4.158,9 kW', '4,158.9 kW'],
    [700, 'W', '700 W', '700 W'],
    [64, 'GB', '64 GB', '64 GB'],
    [40.434, 'B params', '40,4 mil millones de parámetros', '40.4B parameters'],
    [671, 'B params', '671 mil millones de parámetros', '671B parameters'],
    [2.25, 'B params', '2,25 mil millones de parámetros', '2.25B parameters'],
    [0.5, 'B params', '500 millones de parámetros', '500M parameters'],
    [1800, 'B params', '1.800 mil millones de parámetros', '1.8T parameters'],
    [9.37, 'T tokens', '9,37 T tokens', '9.37T tokens'],
    [14.8, 'T tokens', '14,8 T tokens', '14.8T tokens'],
    [2.788, 'M GPU-hours', '2,788 M GPU-horas', '2.788M GPU-hours'],
    [0.119, 'M GPU-hours', '0,119 M GPU-horas', '0.119M GPU-hours'],
    [650, 'M EUR', '650 M€', '€650M'],
    [5.576, 'M USD', '5,58 M$', '$5.58M'],
    [3.8e25, 'FLOP', '3,8 × 10²⁵ FLOP', '3.8 × 10²⁵ FLOP'],
    [11, 'rank', '11.º', '11th'],
    [1.0552, 'USD/EUR', '1,0552 USD/EUR', '1.0552 USD/EUR'],
    [1.04, 'USD/EUR', '1,0400 USD/EUR', '1.0400 USD/EUR'],
    [2, 'USD/GPU-hour', '2 $/GPU-hora', '$2/GPU-hour'],
    [2.49, 'USD/GPU-hour', '2,49 $/GPU-hora', '$2.49/GPU-hour'],
    [122, 'days', '122 days', '122 days'],
  ];
  it.each(cases)('%s %s → %s / %s', (n, unit, es, en) => {
    expect(formatUnitValue(n, unit, 'es')).toBe(nb(es));
    expect(formatUnitValue(n, unit, 'en')).toBe(nb(en));
  });

  it('says parameters and tokens without billón in Spanish', () => {
    fc.assert(
      fc.property(anyMagnitude, (n) => {
        for (const unit of ['B params', 'T tokens', 'M EUR', 'M USD'] as const) {
          expect(formatUnitValue(n, unit, 'es')).not.toMatch(/bill[oó]n/i);
        }
      }),
    );
  });
});

describe('every formatter', () => {
  it('prints a dash for NaN and ±Infinity', () => {
    for (const [, format] of NUMERIC) {
      for (const lang of LANGS) {
        for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
          expect(format(bad, lang)).toBe(NO_VALUE);
        }
      }
    }
  });

  it('never throws, never prints NaN, Infinity, -0 or an ordinary (breakable) space', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), anyMagnitude), fc.constantFrom(...LANGS), (n, lang) => {
        for (const [name, format] of NUMERIC) {
          const text = format(n, lang);
          expect(text, name).not.toMatch(/NaN|Infinity|∞|undefined|^-0$/);
          expect(text, name).not.toMatch(/ /);
          expect(text.length, name).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('builds each Intl formatter once per language and options', () => {
    const Original = Intl.NumberFormat;
    // A bare spy would return an object without Intl's internal slots; build the real one.
    const spy = vi
      .spyOn(Intl, 'NumberFormat')
      .mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        return new Original(...args);
      } as unknown as typeof Intl.NumberFormat);
    try {
      // Options not used elsewhere in this file, so the first call must construct one.
      formatNumber(1.5, 'es', { maxFractionDigits: 7 });
      const built = spy.mock.calls.length;
      expect(built).toBe(1);
      for (let i = 0; i < 100; i++) formatNumber(i + 0.5, 'es', { maxFractionDigits: 7 });
      expect(spy.mock.calls.length).toBe(built);
      formatNumber(1.5, 'en', { maxFractionDigits: 7 });
      expect(spy.mock.calls.length).toBe(built + 1);
    } finally {
      spy.mockRestore();
    }
  });
});

it('a country by its ISO code, in the page’s language; a dash without one, the code when unknown', () => {
  expect(countryName('US', 'es')).toBe('Estados Unidos');
  expect(countryName('US', 'en')).toBe('United States');
  expect(countryName('KR', 'es')).toBe('Corea del Sur');
  expect(countryName(undefined, 'es')).toBe('—');
  expect(countryName('QQ', 'en')).toBe('QQ');
  expect(countryName('not a code', 'en')).toBe('not a code');
});
