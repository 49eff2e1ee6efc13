/**
 * The view state and its URL form. This is the only module that knows parameter names; the
 * URL is a public interface (PRODUCT.md), so a published link must open the same view forever.
 * Renaming a parameter means a new entry in migrations.ts, never an edit here alone.
 */
import {
  decimalParam,
  editionParam,
  enumParam,
  enumSetParam,
  flagParam,
  idListParam,
  monthParam,
  idParam,
  optionalEnumParam,
  releaseParam,
  type IgnoreReason,
  type ParamCodec,
  type ParseContext,
} from './paramCodecs.ts';
import { LANGS } from '../i18n/lang.ts';
import type { Lang } from '../i18n/locales.ts';
import { applyMigrations, URL_MIGRATIONS, type UrlMigration } from './migrations.ts';
import { capQuery, forDisplay, isTrackingParam, MAX_REPORTS, MAX_VALUE_LENGTH } from './queryLimits.ts';
import { VIEW_TABLE, VIEWS, type ViewName } from './views.ts';
import { CLUSTER_STATUSES, OWNER_TYPES, REGIONS, SECTORS, SYSTEM_KINDS, WORLD_REGIONS } from '../data/model.ts';

export type { IgnoreReason, ParseContext } from './paramCodecs.ts';

/** The view ids come from the table of views (views.ts); `v=` accepts exactly those. */
export { VIEWS, type ViewName };
export const METRICS = ['accelerators', 'bf16', 'h100e'] as const;
export const SCALES = ['log', 'linear'] as const;
export const CURRENCIES = ['eur', 'usd'] as const;
/**
 * The data model's lists (src/data/model.ts) filter the views; their order is the canonical
 * order of each filter in the URL (and a sensible order for its controls).
 */
export { REGIONS, SECTORS, WORLD_REGIONS };
export const OWNERS = OWNER_TYPES;
export const KINDS = SYSTEM_KINDS;
export const STATUSES = CLUSTER_STATUSES;
export const BASES = ['bf16', 'fp8'] as const;
export const THEMES = ['light', 'dark'] as const;
/** Models over time: which weights to show (Epoch's `Model accessibility`). */
export const ACCESS = ['all', 'open', 'closed'] as const;
/** Epoch's clusters (view `clusters`): the certainties and chip vendors, in the post's terms. */
export const CERTAINTIES = ['confirmed', 'likely', 'unlikely'] as const;
/** Vendors with enough clusters to filter by; the rest are "other", Epoch's Anonymized/Unknown "undisclosed". */
export const VENDORS = ['nvidia', 'amd', 'google', 'other', 'undisclosed'] as const;
/** What the cluster trend lines are fitted to: Epoch's standard-analysis rows, or every counted row. */
export const TREND_SELECTIONS = ['standard', 'all'] as const;
/** Where the compute is: H100-equivalents grouped by the post's regions, or by sector. */
export const WHERE_GROUPS = ['region', 'sector'] as const;
/** A chart of more bars than this is unreadable; it also bounds what a hostile link can ask for. */
export const MAX_IDS = 60;
/** Pins are labelled on the charts: past a dozen, the labels hide each other and the marks. */
export const MAX_PINS = 12;
/** GPU bars: the post's systems (today's default), plus the world's largest, or every known cluster. */
export const BAR_SETS = ['post', 'top', 'all'] as const;

export interface ViewState {
  readonly view: ViewName;
  /** Selected entity ids in display order; [] means "the view's own default selection". */
  readonly ids: readonly string[];
  readonly metric: (typeof METRICS)[number];
  readonly scale: (typeof SCALES)[number];
  readonly currency: (typeof CURRENCIES)[number];
  /** Filters: [] means "no filter" (all). */
  readonly regions: readonly (typeof REGIONS)[number][];
  readonly owners: readonly (typeof OWNERS)[number][];
  readonly kinds: readonly (typeof KINDS)[number][];
  readonly highlight: string | null;
  readonly compareA: string | null;
  readonly compareB: string | null;
  /** What-if inputs; null means "the app's default" so that default can improve without breaking links. */
  readonly whatifModel: string | null;
  readonly whatifSystem: string | null;
  readonly whatifGpus: number | null;
  readonly whatifMfu: number | null;
  readonly whatifPrice: number | null;
  readonly whatifPue: number | null;
  readonly basis: (typeof BASES)[number];
  readonly edition: string | null;
  /** null follows the browser's language / prefers-color-scheme. */
  readonly lang: Lang | null;
  readonly theme: (typeof THEMES)[number] | null;
  readonly hideTitle: boolean;
  readonly access: (typeof ACCESS)[number];
  /** Clusters view filters: [] means "no filter", except `statuses`, where [] means what has run (planned only when listed). */
  readonly worldRegions: readonly (typeof WORLD_REGIONS)[number][];
  readonly sectors: readonly (typeof SECTORS)[number][];
  readonly statuses: readonly (typeof STATUSES)[number][];
  readonly certainties: readonly (typeof CERTAINTIES)[number][];
  readonly vendors: readonly (typeof VENDORS)[number][];
  readonly trendSelection: (typeof TREND_SELECTIONS)[number];
  /** As of a date: "YYYY-MM"; null is the data's last month, which only the world data knows. */
  readonly asOf: string | null;
  readonly whereGroup: (typeof WHERE_GROUPS)[number];
  /** Where the compute is: each group's share of the known total instead of H100-equivalents. */
  readonly isShare: boolean;
  /** Pinned entities (curated or Epoch ids), in the order the reader pinned them. */
  readonly pins: readonly string[];
  /** Which clusters the GPU bar chart shows besides the pinned ones. */
  readonly bars: (typeof BAR_SETS)[number];
  /** A dated data release (`2026-12-01`) whose figures the view shows; null shows the latest. */
  readonly release: string | null;
}

/**
 * One codec per field, typed so a field cannot exist without its parse and format. The order
 * of this literal IS the order of parameters in every URL we write: append new ones at the end.
 */
const PARAMS: { readonly [K in keyof ViewState]: ParamCodec<ViewState[K]> } = {
  view: enumParam('v', VIEWS, 'gpus'),
  ids: idListParam('ids', (ctx) => ctx.entityIds, MAX_IDS),
  metric: enumParam('metric', METRICS, 'accelerators'),
  scale: enumParam('scale', SCALES, 'log'),
  currency: enumParam('cur', CURRENCIES, 'eur'),
  regions: enumSetParam('region', REGIONS),
  owners: enumSetParam('owner', OWNERS),
  kinds: enumSetParam('kind', KINDS),
  highlight: idParam('hl', (ctx) => ctx.entityIds),
  // Epoch's clusters and models are accepted too, checked once the world data is there.
  compareA: idParam('a', (ctx) => ctx.entityIds, worldEntityIds),
  compareB: idParam('b', (ctx) => ctx.entityIds, worldEntityIds),
  whatifModel: idParam('model', (ctx) => ctx.modelIds, (ctx) => ctx.worldModelIds),
  whatifSystem: idParam('sys', (ctx) => ctx.systemIds, (ctx) => ctx.worldSystemIds),
  whatifGpus: decimalParam('gpus', 1, 10_000_000, 0),
  whatifMfu: decimalParam('mfu', 1, 100, 1),
  whatifPrice: decimalParam('price', 0, 1000, 3),
  whatifPue: decimalParam('pue', 1, 3, 2),
  basis: enumParam('basis', BASES, 'bf16'),
  edition: editionParam('ed', (ctx) => ctx.editions),
  lang: optionalEnumParam('lang', LANGS),
  theme: optionalEnumParam('theme', THEMES),
  hideTitle: flagParam('title', '0', '1'),
  access: enumParam('access', ACCESS, 'all'),
  worldRegions: enumSetParam('wregion', WORLD_REGIONS),
  sectors: enumSetParam('sector', SECTORS),
  statuses: enumSetParam('status', STATUSES),
  certainties: enumSetParam('cert', CERTAINTIES),
  vendors: enumSetParam('vendor', VENDORS),
  trendSelection: enumParam('trend', TREND_SELECTIONS, 'standard'),
  asOf: monthParam('at', 1990, 2099),
  whereGroup: enumParam('group', WHERE_GROUPS, 'region'),
  isShare: flagParam('share', '1', '0'),
  pins: idListParam('pin', (ctx) => ctx.pinIds, MAX_PINS, (ctx) => ctx.worldPinIds),
  bars: enumParam('show', BAR_SETS, 'post'),
  release: releaseParam('release', (ctx) => ctx.releaseIds),
};

const worldEntitySets = new WeakMap<ParseContext, ReadonlySet<string>>();
/** Compare takes any Epoch cluster or model; the union is built once per context. */
function worldEntityIds(ctx: ParseContext): ReadonlySet<string> | undefined {
  if (!ctx.worldSystemIds || !ctx.worldModelIds) return undefined;
  let set = worldEntitySets.get(ctx);
  if (!set) worldEntitySets.set(ctx, (set = new Set([...ctx.worldSystemIds, ...ctx.worldModelIds])));
  return set;
}

/**
 * The table of views cannot import this module (it is imported by it), so its rows are checked
 * here: every listed field is a ViewState field, every variant a partial ViewState.
 */
VIEW_TABLE satisfies readonly {
  readonly fields: readonly (Exclude<keyof ViewState, 'view' | 'lang' | 'theme' | 'hideTitle'>)[];
  readonly variants?: (dataset: never) => readonly { readonly state: Partial<ViewState> }[];
}[];

/** Object.keys keeps insertion order for non-numeric keys, so this is the literal's order. */
const FIELDS = Object.keys(PARAMS) as (keyof ViewState)[];
const FIELD_BY_PARAM = new Map(FIELDS.map((field) => [PARAMS[field].param, field] as const));

/** Parameter names in URL order (for tests and docs). */
export const PARAM_ORDER: readonly string[] = FIELDS.map((field) => PARAMS[field].param);

/** Frozen down to its lists, since every parsed state starts as a shallow copy of it. */
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze(
  Object.fromEntries(
    FIELDS.map((field) => {
      const value: unknown = PARAMS[field].defaultValue;
      return [field, Array.isArray(value) ? Object.freeze([...value]) : value];
    }),
  ) as unknown as ViewState,
);

export interface IgnoredParam {
  readonly param: string;
  /** Shortened for display; render it as text, never as HTML. */
  readonly value: string;
  readonly reason: IgnoreReason;
}

/**
 * Reads a query string (with or without `?`). Never throws: anything it cannot use falls back
 * to the default and is listed in `ignored`. Without `ctx`, any well-formed id is accepted
 * (the page parses once before data has loaded); with it, unknown ids are dropped.
 */
export function parseViewState(
  search: string,
  ctx: ParseContext = {},
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): { state: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const report = (param: string, value: string, reason: IgnoreReason) => {
    if (ignored.length < MAX_REPORTS) ignored.push({ param: forDisplay(param), value: forDisplay(value), reason });
  };
  const { kept, cut } = capQuery(search.startsWith('?') ? search.slice(1) : search);
  if (cut) report(cut.split('=', 1)[0] ?? '', cut, 'too-long');

  const state: { -readonly [K in keyof ViewState]: ViewState[K] } = { ...DEFAULT_VIEW_STATE };
  const seen = new Set<string>();
  // URLSearchParams never throws: bad percent-encoding decodes to U+FFFD, lone surrogates too.
  for (const [key, value] of applyMigrations(new URLSearchParams(kept), migrations)) {
    const field = FIELD_BY_PARAM.get(key);
    if (seen.has(key)) {
      if (field) report(key, value, 'repeated');
      continue;
    }
    seen.add(key);
    if (!field) {
      if (!isTrackingParam(key)) report(key, value, 'unknown-param');
    } else if (value.length > MAX_VALUE_LENGTH) {
      report(key, value, 'too-long');
    } else if (value !== '') {
      // An empty value (`?lang=`) says nothing, so it counts as missing and is not reported.
      readField(state, field, value, ctx, report);
    }
  }
  return { state, ignored };
}

function readField<K extends keyof ViewState>(
  state: { -readonly [P in keyof ViewState]: ViewState[P] },
  field: K,
  raw: string,
  ctx: ParseContext,
  report: (param: string, value: string, reason: IgnoreReason) => void,
): void {
  const codec: ParamCodec<ViewState[K]> = PARAMS[field];
  const result = codec.parse(raw, ctx);
  if (!result.ok) return report(codec.param, raw, result.reason);
  state[field] = result.value;
  for (const { value, reason } of result.dropped) report(codec.param, value, reason);
}

function encodeValue(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return ''; // a lone surrogate cannot be encoded; no valid state contains one
  }
}

/**
 * The canonical query: fixed order, only values that differ from the default, `~` lists,
 * numbers without locale. Returns '' for the default view (a bare URL) or '?…'.
 */
export function serialiseViewState(state: ViewState): string {
  const pairs: string[] = [];
  for (const field of FIELDS) {
    const pair = formatField(state, field);
    if (pair) pairs.push(pair);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

function formatField<K extends keyof ViewState>(state: ViewState, field: K): string | null {
  const codec: ParamCodec<ViewState[K]> = PARAMS[field];
  const text = encodeValue(codec.format(state[field]));
  const isDefault = text === '' || text === encodeValue(codec.format(codec.defaultValue));
  return isDefault ? null : `${codec.param}=${text}`;
}

/** Fields that change how the page reads (language, theme, data release, an embed's title), not what it shows. */
const PRESENTATION_FIELDS: ReadonlySet<keyof ViewState> = new Set(['lang', 'theme', 'release', 'hideTitle']);

/**
 * Whether a visit is the site's front door: the default view with nothing chosen, in any language,
 * theme or release. A visit with anything else came for a view someone chose (a shared or embedded
 * link), and the page then leads with that view's chart rather than the post's headline cards.
 */
export function isLandingState(state: ViewState): boolean {
  return FIELDS.every((field) => PRESENTATION_FIELDS.has(field) || formatField(state, field) === null);
}

/** `base` may be absolute or a path (e.g. `/atlas/embed/`); its own query and hash are replaced. */
export function viewStateUrl(base: string, state: ViewState): string {
  return base.replace(/[?#].*$/s, '') + serialiseViewState(state);
}

/** Round-trips a state through its URL form, so what is shown equals what a reload would show. */
export function canonicalViewState(state: ViewState, ctx: ParseContext = {}): ViewState {
  return parseViewState(serialiseViewState(state), ctx).state;
}
