/**
 * Codecs for single URL parameters. Each turns one decoded query value into a typed value
 * (or says why it cannot) and back. Only viewState.ts composes them; nothing else in the
 * app should import this file.
 */

/** Which known-id set a parameter checks its ids against, once data has loaded. */
export interface ParseContext {
  readonly entityIds?: ReadonlySet<string>;
  readonly systemIds?: ReadonlySet<string>;
  readonly modelIds?: ReadonlySet<string>;
  readonly editions?: ReadonlySet<string>;
  /** Pinnable curated ids (systems, models, chips): known as soon as the dataset is. */
  readonly pinIds?: ReadonlySet<string>;
  /**
   * Epoch's ids, known only once the world data has loaded (it is not fetched for the default
   * view). Until then an id outside the curated sets is kept, pending: it may be Epoch's.
   */
  readonly worldPinIds?: ReadonlySet<string>;
  readonly worldSystemIds?: ReadonlySet<string>;
  readonly worldModelIds?: ReadonlySet<string>;
  /** Dated data releases the site publishes (`2026-12-01`). */
  readonly releaseIds?: ReadonlySet<string>;
}

export type IgnoreReason = 'unknown-param' | 'invalid-value' | 'unknown-id' | 'repeated' | 'too-long' | 'unknown-release';

/** One list item (or a group of them) that a parameter dropped while the rest stayed valid. */
export interface Dropped {
  readonly value: string;
  readonly reason: IgnoreReason;
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly dropped: readonly Dropped[] }
  | { readonly ok: false; readonly reason: IgnoreReason };

export interface ParamCodec<T> {
  /** The short public name in the query string. Never change it: add a migration instead. */
  readonly param: string;
  readonly defaultValue: T;
  /** `raw` is decoded, non-empty and at most MAX_VALUE_LENGTH long. Never throws. */
  parse(raw: string, ctx: ParseContext): Parsed<T>;
  /** Unencoded text for the URL; '' for "nothing to write". Never throws. */
  format(value: T): string;
}

/** `~` is unreserved in RFC 3986, so no platform percent-encodes or rewrites it (unlike `+`). */
export const LIST_SEPARATOR = '~';
/** Same rule as the dataset schema's ids: ids are part of public URLs. */
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Long enough for any real id; bounds the ids list (60 × 65 chars fits MAX_VALUE_LENGTH). */
export const MAX_ID_LENGTH = 64;

export function isKebabId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && KEBAB_ID.test(value);
}

const valid = <T>(value: T, dropped: readonly Dropped[] = []): Parsed<T> => ({ ok: true, value, dropped });
const invalid = <T>(reason: IgnoreReason = 'invalid-value'): Parsed<T> => ({ ok: false, reason });

/** Where a parameter looks its ids up: the curated set, and optionally Epoch's (loaded later). */
export type KnownIds = (ctx: ParseContext) => ReadonlySet<string> | undefined;

function idProblem(id: string, known: ReadonlySet<string> | undefined, later?: { set: ReadonlySet<string> | undefined }): IgnoreReason | null {
  if (!isKebabId(id)) return 'invalid-value';
  if (!known || known.has(id)) return null;
  // Not curated: an Epoch id is judged once Epoch's ids are known, and kept until then.
  if (later) return !later.set || later.set.has(id) ? null : 'unknown-id';
  return 'unknown-id';
}

const laterOf = (later: KnownIds | undefined, ctx: ParseContext) => (later ? { set: later(ctx) } : undefined);

/** Groups dropped list items per reason so a hostile list of 2,000 ids gives one line, not 2,000. */
function groupDropped(items: readonly Dropped[]): Dropped[] {
  const byReason = new Map<IgnoreReason, string[]>();
  for (const { value, reason } of items) byReason.set(reason, [...(byReason.get(reason) ?? []), value]);
  return [...byReason].map(([reason, values]) => ({ reason, value: values.join(LIST_SEPARATOR) }));
}

function splitList(raw: string): string[] {
  // Empty items (`a~~b`, a trailing `~`) carry nothing, so they vanish without a report.
  return raw.split(LIST_SEPARATOR).filter((item) => item !== '');
}

/** A single value from a closed set, with a non-null default (e.g. `v`, `metric`). */
export function enumParam<const V extends string>(param: string, values: readonly V[], defaultValue: V): ParamCodec<V> {
  return {
    param,
    defaultValue,
    parse: (raw) => (values.includes(raw as V) ? valid(raw as V) : invalid()),
    format: (value) => value,
  };
}

/** A single value from a closed set whose default is "not chosen" (e.g. `lang`, `theme`). */
export function optionalEnumParam<const V extends string>(param: string, values: readonly V[]): ParamCodec<V | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => (values.includes(raw as V) ? valid(raw as V) : invalid()),
    format: (value) => value ?? '',
  };
}

/**
 * A subset of a closed set. Stored in the set's own order so that one selection has one URL,
 * whatever order the reader clicked in.
 */
export function enumSetParam<const V extends string>(param: string, values: readonly V[]): ParamCodec<readonly V[]> {
  return {
    param,
    defaultValue: [],
    parse: (raw) => {
      const items = splitList(raw);
      const dropped = items.filter((item) => !values.includes(item as V)).map((value) => ({ value, reason: 'invalid-value' as const }));
      return valid(values.filter((value) => items.includes(value)), groupDropped(dropped));
    },
    format: (value) => values.filter((v) => value.includes(v)).join(LIST_SEPARATOR),
  };
}

/** One entity id, checked against a known set once data has loaded. */
export function idParam(param: string, known: KnownIds, later?: KnownIds): ParamCodec<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw, ctx) => {
      const problem = idProblem(raw, known(ctx), laterOf(later, ctx));
      return problem ? invalid(problem) : valid(raw);
    },
    format: (value) => value ?? '',
  };
}

/** Entity ids in the reader's order (it is the bar order), without repeats, at most `max`. */
export function idListParam(
  param: string,
  known: KnownIds,
  max: number,
  later?: KnownIds,
): ParamCodec<readonly string[]> {
  return {
    param,
    defaultValue: [],
    parse: (raw, ctx) => {
      const kept: string[] = [];
      const dropped: Dropped[] = [];
      for (const id of splitList(raw)) {
        const problem = idProblem(id, known(ctx), laterOf(later, ctx));
        if (problem) dropped.push({ value: id, reason: problem });
        else if (kept.includes(id)) continue;
        else if (kept.length >= max) dropped.push({ value: id, reason: 'too-long' });
        else kept.push(id);
      }
      return valid(kept, groupDropped(dropped));
    },
    format: (value) => value.join(LIST_SEPARATOR),
  };
}

/**
 * A plain decimal (digits, optional point and digits) in [min, max], rounded to `decimals`.
 * The grammar rejects signs, exponents, `NaN`, `Infinity`, hex and locale commas before any
 * conversion, so `1e999` or `-1` can never sneak through Number().
 */
export function decimalParam(param: string, min: number, max: number, decimals: number): ParamCodec<number | null> {
  const grammar = decimals === 0 ? /^\d+$/ : /^\d+(?:\.\d+)?$/;
  const round = (value: number) => Number(value.toFixed(decimals));
  return {
    param,
    defaultValue: null,
    parse: (raw) => {
      if (!grammar.test(raw)) return invalid();
      // Extra decimals are rounded rather than rejected: a hand-edited `mfu=38.55` still opens.
      const value = round(Number(raw));
      return Number.isFinite(value) && value >= min && value <= max ? valid(value) : invalid();
    },
    // String() of a number rounded in these ranges never uses an exponent or a locale.
    format: (value) => (value === null || !Number.isFinite(value) ? '' : String(round(value))),
  };
}

/** A TOP500 list edition, "YYYY-06" or "YYYY-11"; the first list was June 1993. */
export function editionParam(param: string, known: (ctx: ParseContext) => ReadonlySet<string> | undefined): ParamCodec<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw, ctx) => {
      const match = /^(\d{4})-(?:06|11)$/.exec(raw);
      if (!match || Number(match[1]) < 1993 || Number(match[1]) > 2099) return invalid();
      const editions = known(ctx);
      return editions && !editions.has(raw) ? invalid('unknown-id') : valid(raw);
    },
    format: (value) => value ?? '',
  };
}

/**
 * A month, "YYYY-MM", with the year in [minYear, maxYear]. Which months the data covers is known
 * only once the world data has loaded, so the view clamps a well-formed month to that range.
 */
export function monthParam(param: string, minYear: number, maxYear: number): ParamCodec<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => {
      const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw);
      return match && Number(match[1]) >= minYear && Number(match[1]) <= maxYear ? valid(raw) : invalid();
    },
    format: (value) => value ?? '',
  };
}

/** A boolean written only when on, as `onText` (`title=0` hides the title); `offText` is accepted too. */
export function flagParam(param: string, onText: string, offText: string): ParamCodec<boolean> {
  return {
    param,
    defaultValue: false,
    parse: (raw) => (raw === onText ? valid(true) : raw === offText ? valid(false) : invalid()),
    format: (value) => (value ? onText : ''),
  };
}

/**
 * A dated data release, `YYYY-MM-DD` (a real day). A release the site does not publish (never
 * cut, or removed) is reported, so the page says it shows the latest figures instead.
 */
export function releaseParam(param: string, known: (ctx: ParseContext) => ReadonlySet<string> | undefined): ParamCodec<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw, ctx) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      if (!m || new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) !== raw) return invalid();
      const releases = known(ctx);
      return releases && !releases.has(raw) ? invalid('unknown-release') : valid(raw);
    },
    format: (value) => value ?? '',
  };
}
