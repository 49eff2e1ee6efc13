/**
 * "A = N × B" between any two named things (systems, models, money figures) that share a
 * measure, with the reasons the two sides may not be alike: different accelerators, money
 * scopes, system kinds or dates, a claim, a range or bound, a currency conversion.
 * Pure: the dataset in, plain values out.
 */
import type { Comparison, Confidence, Dataset, Figure, Hardware, ModelRecord, MoneyRecord, Rate, SystemRecord } from '../data/schema.ts';
import { indexDataset } from '../data/indexes.ts';
import { DATA_LANG, subjectIn } from '../data/labels.ts';
import type { Lang } from '../i18n/locales.ts';
import { weakestConfidence } from './confidence.ts';
import { asOfToDay, convertMoney, currencyOf, type Currency } from './currency.ts';
import { ratio, type Ratio } from './ratio.ts';
import { SYSTEM_METRICS, systemMetric, type SystemMetric } from './systemMetrics.ts';

export type EntityKind = 'system' | 'model' | 'money';
/** System metrics, money, and a model's training compute (hardware-neutral) or GPU-hours. */
export type CompareMetric = SystemMetric | 'money' | 'training-flop' | 'gpu-hours';
const MODEL_METRICS = ['training-flop', 'gpu-hours'] as const;

export type BoundQualifier = 'range' | 'at-most' | 'less-than' | 'at-least';
export type ComparisonWarning =
  | { kind: 'different-accelerators'; a: Hardware; b: Hardware }
  | { kind: 'different-scopes'; a: MoneyRecord['scope']; b: MoneyRecord['scope'] }
  /** Sides whose figure is a claim (a quote, not a measured value). */
  | { kind: 'claim'; names?: string[] }
  /** B converted into A's currency at the ECB rate of B's own date (the rate and its rule in `rate`). */
  | { kind: 'converted'; rateDate: string; usdPerEur?: number; rate?: Rate; from?: Currency; to?: Currency; original?: number };

/**
 * Further differences found when comparing any two things. Kept apart from `warnings` so that
 * callers which switch over the original kinds (the headline cards) stay exhaustive.
 */
export type ComparisonCaution =
  | { kind: 'different-system-kinds'; a: SystemRecord['kind']; b: SystemRecord['kind'] }
  /** As-of dates more than a year apart: prices, fleets and exchange rates move. */
  | { kind: 'different-dates'; a: string; b: string }
  /** A range or a bound on one side makes the ratio a range or a bound too. */
  | { kind: 'bound'; name: string; qualifier: BoundQualifier };

export interface ComparisonSide {
  id: string;
  name: string;
  entityKind: EntityKind;
  /** The primary data figure (for systems the accelerator count, even when comparing H100-eq). */
  figure: Figure;
  /** The value compared, after any conversion (for money, millions of the A side's currency). */
  value: number;
  /** Upper end of a range, in the same unit as `value`. */
  high?: number;
  /** Unit of `value`: 'accelerators' | 'PFLOP/s' | 'H100-eq' | 'M EUR' | 'M USD' | 'FLOP' | 'M GPU-hours'. */
  unit: string;
  confidence: Confidence;
  asOf: string;
  /** Every figure behind `value` (count × peak, amount × rate), for sources. */
  inputs: Figure[];
  system?: SystemRecord;
  model?: ModelRecord;
  hardware?: Hardware;
  money?: MoneyRecord;
}

export interface ComputedComparison {
  id: string;
  metric: CompareMetric;
  a: ComparisonSide;
  b: ComparisonSide;
  ratio: Ratio;
  warnings: ComparisonWarning[];
  cautions: ComparisonCaution[];
}

type Entity = { kind: 'system'; r: SystemRecord } | { kind: 'model'; r: ModelRecord } | { kind: 'money'; r: MoneyRecord };

function entityOf(d: Dataset, id: string): Entity | undefined {
  const idx = indexDataset(d);
  const s = idx.systemById.get(id);
  if (s) return { kind: 'system', r: s };
  const m = idx.modelById.get(id);
  if (m) return { kind: 'model', r: m };
  const mo = idx.moneyById.get(id);
  return mo ? { kind: 'money', r: mo } : undefined;
}

export function entityKind(d: Dataset, id: string): EntityKind | undefined {
  return entityOf(d, id)?.kind;
}

const scaleHigh = (f: Figure, value: number) => (f.high === undefined ? undefined : (value * f.high) / f.value);

/**
 * One side measured by `metric`, before any currency conversion; undefined if it has no such
 * value. A money side is named by its subject in `lang` (its `subjects`, else as written).
 */
function measure(d: Dataset, e: Entity, metric: CompareMetric, lang: Lang): ComparisonSide | undefined {
  const { hardwareById } = indexDataset(d);
  const base = { id: e.r.id, entityKind: e.kind };
  if (e.kind === 'system') {
    if (metric !== 'accelerators' && metric !== 'bf16' && metric !== 'h100e') return undefined;
    const v = systemMetric(e.r, hardwareById, metric);
    if (!v) return undefined;
    const figure = e.r.acceleratorCount!;
    const hardware = e.r.accelerator ? hardwareById.get(e.r.accelerator) : undefined;
    return { ...base, name: e.r.shortName, figure, value: v.value, high: scaleHigh(figure, v.value), unit: v.unit, confidence: v.confidence, asOf: v.asOf, inputs: v.inputs, system: e.r, hardware };
  }
  if (e.kind === 'model') {
    const figure = metric === 'training-flop' ? e.r.trainingFlop : metric === 'gpu-hours' ? e.r.gpuHoursM : undefined;
    if (!figure) return undefined;
    const hardware = metric === 'gpu-hours' && e.r.gpuHoursOn ? hardwareById.get(e.r.gpuHoursOn) : undefined;
    return { ...base, name: e.r.name, figure, value: figure.value, high: figure.high, unit: figure.unit, confidence: figure.confidence, asOf: figure.asOf, inputs: [figure], model: e.r, hardware };
  }
  if (metric !== 'money') return undefined;
  const f = e.r.amount;
  return { ...base, name: subjectIn(e.r, lang), figure: f, value: f.value, high: f.high, unit: f.unit, confidence: f.confidence, asOf: f.asOf, inputs: [f], money: e.r };
}

const CANDIDATES: Record<EntityKind, readonly CompareMetric[]> = {
  // Same order as the view's metric control, so a fallback picks what the control shows.
  system: SYSTEM_METRICS,
  model: MODEL_METRICS,
  money: ['money'],
};

/** The measures both sides have a value for, best first; [] when they share none. */
export function comparableMetrics(d: Dataset, a: string, b: string): CompareMetric[] {
  const ea = entityOf(d, a);
  const eb = entityOf(d, b);
  if (!ea || !eb || ea.kind !== eb.kind) return [];
  // Whether a side has a value does not depend on the language it would be named in.
  return CANDIDATES[ea.kind].filter((metric) => measure(d, ea, metric, DATA_LANG) && measure(d, eb, metric, DATA_LANG));
}

export type CompareResult =
  | { ok: true; comparison: ComputedComparison }
  | { ok: false; reason: 'unknown-entity' | 'different-kinds' | 'no-value'; a?: EntityKind; b?: EntityKind };

/**
 * Any two entities, by `preferred` when both have it, else by their best shared measure.
 * Never returns a non-finite ratio: a side without a positive value is a reason, not a number.
 */
export function compareEntities(d: Dataset, a: string, b: string, lang: Lang, preferred?: CompareMetric): CompareResult {
  const ea = entityOf(d, a);
  const eb = entityOf(d, b);
  if (!ea || !eb) return { ok: false, reason: 'unknown-entity', a: ea?.kind, b: eb?.kind };
  if (ea.kind !== eb.kind) return { ok: false, reason: 'different-kinds', a: ea.kind, b: eb.kind };
  const metrics = comparableMetrics(d, a, b);
  const metric = preferred && metrics.includes(preferred) ? preferred : metrics[0];
  const c = metric ? computeComparison(d, { id: `${a}--${b}`, metric, a, b }, lang) : null;
  return c ? { ok: true, comparison: c } : { ok: false, reason: 'no-value', a: ea.kind, b: eb.kind };
}

const YEAR_MS = 366 * 24 * 3600 * 1000;
const BOUNDS: readonly string[] = ['range', 'at-most', 'less-than', 'at-least'] satisfies BoundQualifier[];

function warningsFor(sa: ComparisonSide, sb: ComparisonSide): ComparisonWarning[] {
  const w: ComparisonWarning[] = [];
  if (sa.hardware && sb.hardware && sa.hardware.id !== sb.hardware.id) w.push({ kind: 'different-accelerators', a: sa.hardware, b: sb.hardware });
  if (sa.money && sb.money && sa.money.scope !== sb.money.scope) w.push({ kind: 'different-scopes', a: sa.money.scope, b: sb.money.scope });
  const claims = [sa, sb].filter((s) => s.figure.confidence === 'claim');
  if (claims.length) w.push({ kind: 'claim', names: claims.map((s) => s.name) });
  return w;
}

function cautionsFor(metric: CompareMetric, sa: ComparisonSide, sb: ComparisonSide): ComparisonCaution[] {
  const w: ComparisonCaution[] = [];
  // A training run's allocation against a whole machine: a part against a whole.
  if (sa.system && sb.system && sa.system.kind !== sb.system.kind && [sa.system.kind, sb.system.kind].includes('training-run'))
    w.push({ kind: 'different-system-kinds', a: sa.system.kind, b: sb.system.kind });
  // A model's training FLOP does not age; a fleet, a price or a budget does.
  if (metric !== 'training-flop' && Math.abs(asOfToDay(sa.figure.asOf) - asOfToDay(sb.figure.asOf)) > YEAR_MS)
    w.push({ kind: 'different-dates', a: sa.figure.asOf, b: sb.figure.asOf });
  for (const s of [sa, sb])
    if (s.figure.qualifier && BOUNDS.includes(s.figure.qualifier)) w.push({ kind: 'bound', name: s.name, qualifier: s.figure.qualifier as BoundQualifier });
  return w;
}

/**
 * A named comparison (the headline cards' `data/comparisons.json` rows, or any pair by a chosen
 * measure). null when either side is missing or has no positive value for that measure.
 */
export function computeComparison(
  d: Dataset,
  c: Pick<Comparison, 'id' | 'a' | 'b'> & { metric: CompareMetric },
  lang: Lang,
): ComputedComparison | null {
  const ea = entityOf(d, c.a);
  const eb = entityOf(d, c.b);
  if (!ea || !eb) return null;
  const sa = measure(d, ea, c.metric, lang);
  let sb = measure(d, eb, c.metric, lang);
  if (!sa || !sb) return null;
  let converted: ComparisonWarning | undefined;
  if (c.metric === 'money') {
    // Only B moves: A's figure is shown as published, B is expressed in A's currency.
    const cv = convertMoney(sb.figure, currencyOf(sa.figure), d.rates);
    if (!cv) return null;
    if (cv.rate) {
      converted = { kind: 'converted', rateDate: cv.rate.date, usdPerEur: cv.rate.usdPerEur.value, rate: cv.rate, from: currencyOf(sb.figure), to: cv.currency, original: sb.figure.value };
      sb = { ...sb, value: cv.valueM, high: cv.highM, unit: sa.unit, inputs: [...sb.inputs, cv.rate.usdPerEur], confidence: weakestConfidence(sb.confidence, cv.rate.usdPerEur.confidence) };
    }
  }
  const r = ratio(sa.value, sb.value);
  if (!r) return null;
  const warnings = warningsFor(sa, sb);
  if (converted) warnings.push(converted);
  return { id: c.id, metric: c.metric, a: sa, b: sb, ratio: r, warnings, cautions: cautionsFor(c.metric, sa, sb) };
}
