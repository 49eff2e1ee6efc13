/**
 * Reads one CSV row cell by cell. Each reader returns a typed value or `undefined` for an empty
 * cell (unknown, never 0), and records an error naming the file, the row and the column when a
 * cell cannot be read, so one bad row fails the build with a message a person can act on.
 */
import { countryCodeOf } from './countries.ts';
import type { DataError } from '../validate.ts';
import { safeText } from './safeText.ts';
import type { WorldConfidence, WorldFigure } from './worldTypes.ts';

// A plain decimal or scientific notation (`3.4078e+24`), as Epoch writes numbers.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const NUMBER_LIST = /^[^,]+(?:,[^,]+)+$/;
const LIST_MAX = 1000;
const URL_TOKEN = /https?:\/\/[^\s,;]+/g;

/**
 * Figures keep six significant digits: Epoch's calculated columns carry float noise
 * (`30000.000000000004` chips, `4480.000000065971` H100e) that no source stated.
 */
export const sixDigits = (n: number) => Number(n.toPrecision(6));

export type Row = Record<string, string | undefined>;

export interface CellReader {
  /** A non-negative finite number; `undefined` when empty. */
  num(column: string): number | undefined;
  /** `num` as a figure with the given unit, date and confidence. */
  fig(column: string, unit: string, asOf: string, confidence: WorldConfidence): WorldFigure | undefined;
  date(column: string): string | undefined;
  /** Epoch's boolean columns hold `True` or nothing (`False` is accepted too). */
  flag(column: string): boolean;
  /** One of the listed words, or `undefined` when empty (an error when `isRequired`). */
  word<const W extends string>(column: string, words: readonly W[], isRequired?: boolean): W | undefined;
  text(column: string, maxLength: number, isRequired?: boolean): string | undefined;
  /** A country as Epoch names it, with its ISO 3166 code (countries.ts); a name the table lacks is an error. */
  country(column: string, maxLength: number): { name: string; code: string } | undefined;
  /** A comma-separated list of short texts (at most `LIST_MAX` characters in all). */
  list(column: string, maxLength: number): string[];
  /**
   * A number, where Epoch sometimes lists several (`2260275840,2290000001`) without saying which
   * applies: such a cell is read as unknown rather than guessed.
   */
  numOrList(column: string): number | undefined;
  /** Every http(s) address in the columns, in order, without repeats. Other text is dropped. */
  urls(columns: readonly string[]): string[];
}

export function cellReader(file: string, rowNumber: number, label: string, row: Row, errors: DataError[]): CellReader {
  const record = `row ${rowNumber}${label ? ` (${label})` : ''}`;
  const fail = (field: string, message: string) => {
    errors.push({ file, record, field, message });
    return undefined;
  };
  const cell = (column: string) => (row[column] ?? '').trim();

  const num = (column: string) => {
    const raw = cell(column);
    if (raw === '') return undefined;
    if (!NUMBER.test(raw)) return fail(column, `not a number: "${raw.slice(0, 40)}"`);
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) return fail(column, `must be a finite number ≥ 0, got "${raw}"`);
    return n;
  };

  const text = (column: string, maxLength: number, isRequired = false) => {
    const raw = cell(column);
    if (raw === '') return isRequired ? fail(column, 'is empty') : undefined;
    const r = safeText(raw, maxLength);
    return r.ok ? r.value || undefined : fail(column, r.message);
  };

  return {
    num,
    fig(column, unit, asOf, confidence) {
      const value = num(column);
      return value === undefined ? undefined : { value: sixDigits(value), unit, asOf, confidence };
    },
    date(column) {
      const raw = cell(column);
      if (raw === '') return undefined;
      return DATE.test(raw) ? raw : fail(column, `must be YYYY, YYYY-MM or YYYY-MM-DD, got "${raw.slice(0, 40)}"`);
    },
    flag(column) {
      const raw = cell(column);
      if (raw === '' || raw === 'False') return false;
      if (raw === 'True') return true;
      fail(column, `must be True, False or empty, got "${raw.slice(0, 40)}"`);
      return false;
    },
    word(column, words, isRequired = false) {
      const raw = cell(column);
      if (raw === '') return isRequired ? fail(column, 'is empty') : undefined;
      const w = words.find((x) => x === raw);
      return w ?? fail(column, `must be one of ${words.join(', ')}; got "${raw.slice(0, 40)}"`);
    },
    text,
    country(column, maxLength) {
      const name = text(column, maxLength);
      if (name === undefined) return undefined;
      const code = countryCodeOf(name);
      return code ? { name, code } : fail(column, `"${name}" has no ISO 3166 code: add it to EPOCH_COUNTRY_CODES in src/data/epoch/countries.ts`);
    },
    numOrList(column) {
      const raw = cell(column);
      const parts = raw.split(',');
      if (NUMBER_LIST.test(raw) && parts.every((p) => NUMBER.test(p.trim()))) return undefined;
      return num(column);
    },
    list(column, maxLength) {
      const joined = text(column, LIST_MAX);
      if (joined === undefined) return [];
      const items = joined.split(',').map((s) => s.trim()).filter(Boolean);
      const long = items.find((s) => s.length > maxLength);
      if (long) fail(column, `an item is ${long.length} characters long (at most ${maxLength})`);
      return [...new Set(items)];
    },
    urls(columns) {
      const out: string[] = [];
      for (const column of columns) {
        for (const match of cell(column).matchAll(URL_TOKEN)) {
          let url: URL;
          try {
            url = new URL(match[0]);
          } catch {
            fail(column, `not a valid address: "${match[0].slice(0, 60)}"`);
            continue;
          }
          if (!out.includes(url.href)) out.push(url.href);
        }
      }
      return out;
    },
  };
}
