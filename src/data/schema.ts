/**
 * The dataset's schema: the one place where files in `data/` become typed records.
 *
 * Every number is a `Figure`: value + unit + as-of date + source id + confidence (+ note).
 * Units are fixed per field (a GPU count is in "accelerators", a Rmax in "PFLOP/s"), so a row
 * typed with the wrong unit fails validation instead of being silently mis-scaled.
 *
 * Past `parseDataset`, code trusts the types. Errors name the file, the record (by id when it
 * has one) and the field path, e.g. `data/systems.json › systems[3] (lumi) › acceleratorCount.unit`.
 */
import { z } from 'zod';
import {
  COMPARISON_METRICS,
  CONFIDENCES,
  EVENT_KINDS,
  HARDWARE_KINDS,
  MONEY_SCOPES,
  OWNER_TYPES,
  QUALIFIERS,
  RATE_RULES,
  REGIONS,
  SYSTEM_KINDS,
  type FileKey,
} from './model.ts';
import { TEXT_LIMITS, textProblems } from './text.ts';
import { TRANSLATED_LANGS, type Translations } from './labels.ts';

// The enumerations live in model.ts (zod-free, for the browser); their types are re-exported
// here beside the record types, where the dataset's code has always found them.
export type { Confidence, FileKey, MoneyScope, OwnerType, RateRule, Region, SystemKind } from './model.ts';

// No `new Function` probing: the site runs under a CSP without 'unsafe-eval'.
z.config({ jitless: true });

/** kebab-case: ids are part of public URLs, so they stay short, lowercase and stable. */
const idSchema = z.string().max(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** Third-party text: no bidi or control characters (see text.ts), and a limit per kind of field. */
const checkText = (max: number) => (value: string, ctx: z.RefinementCtx) => {
  for (const message of textProblems(value, max)) ctx.addIssue({ code: 'custom', message });
};
const text = (kind: keyof typeof TEXT_LIMITS) => z.string().superRefine(checkText(TEXT_LIMITS[kind]));
/** An as-of date: a year, a month or a day. */
const asOfSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
/**
 * A display label in every language of the atlas but the data's own (labels.ts): each one is
 * required, so a missing translation fails the build naming the row and `labels.<lang>`.
 */
const labelsSchema: z.ZodType<Translations> = z.strictObject(
  Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, text('label')])) as Record<keyof Translations, z.ZodString>,
  { error: (issue) => (issue.input === undefined ? `a label in every language is required (${TRANSLATED_LANGS.join(', ')})` : undefined) },
);
/** Optional translations of a name (most names are proper names, the same in every language). */
/** Optional translations of a name, key by key; `kind` sets their length limit (a short name fits a phone's axis). */
const translatedNames = (kind: 'name' | 'shortName'): z.ZodType<Partial<Translations>> =>
  z.strictObject(Object.fromEntries(TRANSLATED_LANGS.map((l) => [l, text(kind).optional()])) as Record<keyof Translations, z.ZodOptional<z.ZodString>>);
const namesSchema = translatedNames('name');
const daySchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD');

function figure<const U extends readonly [string, ...string[]]>(units: U) {
  return z
    .strictObject({
      value: z.number().finite(),
      high: z.number().finite().optional(),
      qualifier: z.enum(QUALIFIERS).optional(),
      unit: z.enum(units),
      asOf: asOfSchema,
      source: idSchema,
      confidence: z.enum(CONFIDENCES),
      note: text('note').optional(),
    })
    .refine((f) => (f.qualifier === 'range') === (f.high !== undefined), {
      message: 'a "range" qualifier needs "high", and "high" needs qualifier "range"',
      path: ['high'],
    })
    .refine((f) => f.high === undefined || f.high >= f.value, {
      message: '"high" must be >= "value"',
      path: ['high'],
    });
}

const positive = <T extends z.ZodType<{ value: number }>>(s: T) =>
  s.refine((f) => f.value > 0, { message: 'must be > 0', path: ['value'] });

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text('label'),
  publisher: text('name'),
  /** Absent only where the facts sheet gives no address (an interview known through a quote). */
  url: z.url({ protocol: /^https?$/ }).superRefine(checkText(TEXT_LIMITS.url)).optional(),
  date: asOfSchema,
  /** Where the figures were actually read, when that was a mirror or a copy. */
  via: text('label').optional(),
});

export const hardwareSchema = z.strictObject({
  id: idSchema,
  name: text('name'),
  shortName: text('shortName'),
  vendor: text('name'),
  kind: z.enum(HARDWARE_KINDS),
  memoryGb: positive(figure(['GB'])).optional(),
  bf16DenseTflops: positive(figure(['TFLOP/s'])).optional(),
  fp8DenseTflops: positive(figure(['TFLOP/s'])).optional(),
  tdpW: positive(figure(['W'])).optional(),
  note: text('note').optional(),
});


export const top500EntrySchema = z.strictObject({
  /** List edition, "YYYY-06" or "YYYY-11". */
  edition: z.string().regex(/^\d{4}-(?:06|11)$/, 'must be YYYY-06 or YYYY-11'),
  rank: figure(['rank']).refine((f) => Number.isInteger(f.value) && f.value >= 1 && f.value <= 500, {
    message: 'rank must be an integer from 1 to 500',
    path: ['value'],
  }),
  rmaxPflops: positive(figure(['PFLOP/s'])).optional(),
});

export const systemSchema = z.strictObject({
  id: idSchema,
  name: text('name'),
  /** Label for chart axes: short enough for a 360 px phone. */
  shortName: text('shortName'),
  /** `name` and `shortName` in other languages, where they are not proper names ("DeepSeek-V3 training cluster"). */
  names: namesSchema.optional(),
  shortNames: translatedNames('shortName').optional(),
  kind: z.enum(SYSTEM_KINDS),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  region: z.enum(REGIONS),
  ownerType: z.enum(OWNER_TYPES),
  owner: text('name'),
  /** A hardware id, or absent for CPU-only systems. */
  accelerator: idSchema.optional(),
  acceleratorCount: positive(figure(['accelerators'])).optional(),
  nodes: positive(figure(['nodes'])).optional(),
  rmaxPflops: positive(figure(['PFLOP/s'])).optional(),
  rpeakPflops: positive(figure(['PFLOP/s'])).optional(),
  powerKw: positive(figure(['kW'])).optional(),
  top500: z.array(top500EntrySchema).default([]),
  /** For training runs and allocations: the system they ran on, and the model they trained. */
  partOf: idSchema.optional(),
  model: idSchema.optional(),
  note: text('note').optional(),
});

export const modelSchema = z.strictObject({
  id: idSchema,
  name: text('name'),
  developer: text('name'),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  paramsB: positive(figure(['B params'])).optional(),
  /** Active parameters per token, for mixture-of-experts models. */
  activeParamsB: positive(figure(['B params'])).optional(),
  tokensT: positive(figure(['T tokens'])).optional(),
  gpuHoursM: positive(figure(['M GPU-hours'])).optional(),
  /** The hardware id the GPU-hours were counted on. Required with gpuHoursM. */
  gpuHoursOn: idSchema.optional(),
  trainingFlop: positive(figure(['FLOP'])).optional(),
  /** The system id (usually a training run) it was trained on. */
  trainedOn: idSchema.optional(),
  licence: text('name').optional(),
  releaseDate: asOfSchema.optional(),
  note: text('note').optional(),
});


export const moneySchema = z.strictObject({
  id: idSchema,
  /** The entity (system, model or programme) it is about, free text for display. */
  subject: text('name'),
  /** `subject` in other languages, where it is not a proper name ("Spain AI budgets"). */
  subjects: namesSchema.optional(),
  label: text('label'),
  labels: labelsSchema,
  scope: z.enum(MONEY_SCOPES),
  amount: positive(figure(['M EUR', 'M USD'])),
  /** For claims: who said it. */
  saidBy: text('name').optional(),
  /** Links to a system or model id when the money is about one. */
  about: idSchema.optional(),
});


/**
 * Not a file in data/: the build resolves one rate per money as-of date from the daily
 * fixings, so the browser gets ~20 rates instead of ~6,800 fixings.
 */
export const rateSchema = z.strictObject({
  /** The as-of date of the money figures this rate converts. */
  forAsOf: asOfSchema,
  rule: z.enum(RATE_RULES),
  /** The fixing used (YYYY-MM-DD), or the period averaged (YYYY or YYYY-MM). */
  date: asOfSchema,
  /** Means only: how many fixings were averaged. */
  fixings: z.number().int().positive().optional(),
  /** Means only, and only when the data stops inside the period: the last fixing averaged. */
  lastFixing: daySchema.optional(),
  usdPerEur: positive(figure(['USD/EUR'])),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: asOfSchema,
  kind: z.enum(EVENT_KINDS),
  label: text('label'),
  labels: labelsSchema,
  source: idSchema,
  confidence: z.enum(CONFIDENCES),
  note: text('note').optional(),
});

export const priceSchema = z.strictObject({
  id: idSchema,
  label: text('label'),
  labels: labelsSchema,
  hardware: idSchema,
  usdPerGpuHour: positive(figure(['USD/GPU-hour'])),
});

/**
 * A named comparison shown as a headline ratio card. Kept in data so that the headline is
 * computed, never typed: validation fails when either side has no value to divide.
 */
export const comparisonSchema = z.strictObject({
  id: idSchema,
  metric: z.enum(COMPARISON_METRICS),
  /** A system id for "accelerators", a money id for "money". */
  a: idSchema,
  b: idSchema,
  /** Other reports of B's quantity (same kind of id as B), shown beside it as corroboration. */
  corroboratedBy: z.array(idSchema).min(1).optional(),
});

export type Figure = z.infer<ReturnType<typeof figure>>;
export type Source = z.infer<typeof sourceSchema>;
export type Hardware = z.infer<typeof hardwareSchema>;
export type SystemRecord = z.infer<typeof systemSchema>;
export type Top500Entry = z.infer<typeof top500EntrySchema>;
export type ModelRecord = z.infer<typeof modelSchema>;
export type MoneyRecord = z.infer<typeof moneySchema>;
export type Rate = z.infer<typeof rateSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type GpuPrice = z.infer<typeof priceSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;

/** One schema per file of data/ (model.ts's FILE_KEYS): `data/<key>.json` holds an array of these. */
export const FILES = {
  sources: sourceSchema,
  hardware: hardwareSchema,
  systems: systemSchema,
  models: modelSchema,
  money: moneySchema,
  rates: rateSchema,
  events: eventSchema,
  prices: priceSchema,
  comparisons: comparisonSchema,
} as const satisfies { readonly [K in FileKey]: z.ZodType };

export interface Dataset {
  /** Content hash of the dataset, pinned by embeds. */
  version: string;
  /** The dated release (`2026-12-01`) these figures are, set by the build; absent when unreleased. */
  release?: string;
  /** Every dated release the site publishes, oldest first, set by the build on the latest data. */
  releases?: string[];
  sources: Source[];
  hardware: Hardware[];
  systems: SystemRecord[];
  models: ModelRecord[];
  money: MoneyRecord[];
  rates: Rate[];
  events: EventRecord[];
  prices: GpuPrice[];
  comparisons: Comparison[];
}
