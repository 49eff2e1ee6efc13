/**
 * The data model's enumerations, plain: schema.ts (zod, run by the build and the tests) builds
 * its validators from them, and the browser (view state, metrics, charts) imports them from here,
 * so zod stays out of the browser's bundle and no list is kept twice.
 *
 * Order matters: confidences go from strongest to weakest (legends, "the weakest wins"),
 * and the filter lists' order is their canonical order in URLs (src/view/viewState.ts).
 */

/** Strongest to weakest. */
export const CONFIDENCES = ['official', 'reported', 'estimate', 'claim'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * How a value should be read: "about" (~7,000), "less-than" (<3), "at-most" (an upper bound),
 * "range" (value is the low end, `high` the upper).
 */
export const QUALIFIERS = ['exact', 'about', 'less-than', 'at-most', 'at-least', 'range'] as const;

export const HARDWARE_KINDS = ['gpu', 'tpu', 'apu', 'cpu'] as const;

export const SYSTEM_KINDS = ['supercomputer', 'ai-cluster', 'training-run'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];
export const REGIONS = ['europe', 'north-america', 'asia'] as const;
export type Region = (typeof REGIONS)[number];
export const OWNER_TYPES = ['public', 'private'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** What a money figure covers. Comparing across scopes is allowed but always labelled. */
export const MONEY_SCOPES = [
  'training-compute',
  /** A model's whole training cost as stated (compute and more, e.g. staff and failed runs). */
  'training-total',
  'programme-budget',
  'hardware-purchase',
  'total-investment',
  /** One funder's share of a larger budget or purchase. */
  'funding-share',
  'strategy-envelope',
  'political-claim',
] as const;
export type MoneyScope = (typeof MONEY_SCOPES)[number];

/**
 * How the USD/EUR rate of a money figure was chosen from the ECB's daily fixings (data/ecb/):
 * the fixing of its own day, else of the nearest earlier business day; for a figure dated only
 * by month or year, that period's mean; for a figure dated after the last fixing, the last one.
 */
export const RATE_RULES = ['day', 'earlier-day', 'month-mean', 'year-mean', 'after-last'] as const;
export type RateRule = (typeof RATE_RULES)[number];

export const EVENT_KINDS = ['announcement', 'agreement', 'policy', 'release', 'milestone'] as const;

/** What a headline comparison divides: accelerators (system ids) or money (money ids). */
export const COMPARISON_METRICS = ['accelerators', 'money'] as const;

/**
 * One file per entity kind; the key is both the file name (`data/<key>.json`) and its top-level
 * array. This order is the order in which the dataset's version hash reads the files.
 */
export const FILE_KEYS = ['sources', 'hardware', 'systems', 'models', 'money', 'rates', 'events', 'prices', 'comparisons'] as const;
export type FileKey = (typeof FILE_KEYS)[number];

/** Epoch AI's clusters (the world data), in the post's terms. */
export const CLUSTER_STATUSES = ['existing', 'decommissioned', 'planned'] as const;
export type ClusterStatus = (typeof CLUSTER_STATUSES)[number];
export const SECTORS = ['public', 'private', 'public-private'] as const;
export type Sector = (typeof SECTORS)[number];
/** The post's view of the world: Spain, the rest of the EU, the US, China, everyone else. */
export const WORLD_REGIONS = ['spain', 'rest-of-eu', 'us', 'china', 'others'] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];
