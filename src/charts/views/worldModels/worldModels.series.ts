/**
 * Models over time: one mark per model with a training-compute figure and a date, Epoch's
 * notable models and the curated ones together. A model in both (a match in
 * data/epoch/matches.json, carried as `curatedId`) is one entity: the curated figure and date
 * win and Epoch's figure is kept beside it when the two differ. Curated models Epoch lacks
 * (ALIA-40b, Salamandra) come from the curated data alone. Pure.
 */
import type { Confidence, Dataset, ModelRecord } from '../../../data/schema.ts';
import type { WorldData, WorldModel } from '../../../data/epoch/worldTypes.ts';
import { isolate } from '../../../data/text.ts';
import { formatDate, formatFlop, formatNumber, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { fitLogLinear, fractionalYear, type TrendFit } from '../../../metrics/trendFit.ts';
import { figureNotes, figureSources, pointDetails, type DataPoint, type PointColumn } from '../../frame/dataPoint.ts';
import type { MarkShape, TimeKeyEntry, TimeLineSeries, TimeMarkDatum } from '../../kinds/timeScatter.layout.ts';
import { confidenceKey } from '../world/confidenceKey.ts';
import { epochSource } from '../world/epochSource.ts';

export const ACCESS = ['all', 'open', 'closed'] as const;
export type Access = (typeof ACCESS)[number];

/**
 * The trend is fitted from the deep-learning era on, as Epoch fits its own compute trend:
 * before ~2010 models grew on a different, slower curve, and one line across both eras
 * describes neither. The chart's subtitle states the year.
 */
export const TREND_FROM_YEAR = 2010;

export interface ModelEntity {
  id: string;
  name: string;
  organization?: string;
  date: string;
  flop: number;
  confidence: Confidence;
  /** Epoch's own word for the figure, shown beside the atlas's scale. */
  epochWord?: string;
  isOpenWeights?: boolean;
  /** The post's models: the curated data. */
  isPost: boolean;
  origin: 'curated' | 'epoch' | 'both';
  /** Epoch's figure when a curated one wins and the two differ by more than 0.5 %. */
  epochFlop?: number;
  point: Omit<DataPoint, 'columns'>;
}

/**
 * The curated data names a licence only for models whose weights are published (ALIA,
 * Salamandra, DeepSeek); a closed model has no licence field. Without a licence the curated
 * data does not say, so the answer is "unknown", not "closed".
 */
const curatedOpen = (m: ModelRecord): boolean | undefined => (m.licence ? true : undefined);

const differs = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b) > 0.005;

export function modelEntities(d: Dataset, world: WorldData, lang: Lang): { entities: ModelEntity[]; notShown: string[] } {
  const curatedById = new Map(d.models.map((m) => [m.id, m]));
  const epochSrc = epochSource('notable-ai-models', lang);
  const entities: ModelEntity[] = [];
  const notShown: string[] = [];
  const matched = new Set<string>();
  for (const w of world.models) {
    const c = w.curatedId ? curatedById.get(w.curatedId) : undefined;
    if (c) matched.add(c.id);
    const e = entity(d, c, w, epochSrc);
    if (e) entities.push(e);
    else if (c) notShown.push(c.name); // an Epoch row without compute is one of hundreds; a curated one is named
  }
  for (const c of d.models) {
    if (matched.has(c.id)) continue;
    const e = entity(d, c, undefined, epochSrc);
    if (e) entities.push(e);
    else notShown.push(c.name);
  }
  return { entities, notShown };
}

function entity(d: Dataset, c: ModelRecord | undefined, w: WorldModel | undefined, epochSrc: DataPoint['sources'][number]): ModelEntity | undefined {
  const cf = c?.trainingFlop;
  const wf = w?.trainingComputeFlop;
  const flop = cf ?? wf;
  const date = c?.releaseDate ?? w?.publicationDate;
  if (!flop || !date || !(flop.value > 0)) return undefined;
  const origin = c && w ? 'both' : c ? 'curated' : 'epoch';
  const sources = cf ? figureSources(d, [cf]) : [];
  if (w) sources.push(epochSrc);
  const name = c?.name ?? w!.name;
  const organization = c?.developer ?? w?.organization;
  const isOpenWeights = w?.isOpenWeights ?? (c ? curatedOpen(c) : undefined);
  return {
    id: c?.id ?? w!.id,
    name,
    ...(organization ? { organization } : {}),
    date,
    flop: flop.value,
    confidence: flop.confidence,
    ...(!cf && w?.epochConfidence ? { epochWord: w.epochConfidence } : {}),
    ...(isOpenWeights === undefined ? {} : { isOpenWeights }),
    isPost: c !== undefined,
    origin,
    ...(cf && wf && differs(cf.value, wf.value) ? { epochFlop: wf.value } : {}),
    point: {
      id: c?.id ?? w!.id,
      name,
      value: flop.value,
      unit: 'FLOP',
      asOf: date,
      confidence: flop.confidence,
      sources,
      notes: cf ? figureNotes([cf]) : [],
    },
  };
}

const ACCESS_STYLE: Record<'open' | 'closed' | 'unknown', { colour: number; shape: MarkShape }> = {
  open: { colour: 0, shape: 'circle' },
  closed: { colour: 1, shape: 'square' },
  unknown: { colour: 2, shape: 'triangle' },
};
export const accessKey = (e: Pick<ModelEntity, 'isOpenWeights'>) => (e.isOpenWeights === undefined ? 'unknown' : e.isOpenWeights ? 'open' : 'closed');
export const accessStyle = (key: keyof typeof ACCESS_STYLE) => ACCESS_STYLE[key];

export interface ModelsOverTime {
  /** Every model with a figure, whatever the filter: the chart's frame. */
  frame: TimeMarkDatum[];
  /** Ids of the frame's marks the filter leaves out. */
  hidden: ReadonlySet<string>;
  /** The shown marks and their points (exports, counts, alt text). */
  marks: TimeMarkDatum[];
  points: DataPoint[];
  lines: TimeLineSeries[];
  trend: TrendFit | undefined;
  notShown: string[];
  post: ModelEntity[];
  largest: ModelEntity | undefined;
}

/** Every model's mark and point, before any filter (the part a filter does not change). */
export interface ModelsFrame {
  rows: { entity: ModelEntity; mark: TimeMarkDatum; point: DataPoint }[];
  marks: TimeMarkDatum[];
  notShown: string[];
}

/**
 * `pins`: the reader's pinned ids (curated or Epoch's); a pinned model is labelled first and drawn
 * larger, whichever of its two ids the pin names.
 */
export function modelsFrame(d: Dataset, world: WorldData, lang: Lang, m: Messages, w: Messages['worldCharts'], pins: readonly string[] = []): ModelsFrame {
  const { entities, notShown } = modelEntities(d, world, lang);
  const pinned = new Set(pins);
  for (const wm of world.models) if (wm.curatedId && pinned.has(wm.id)) pinned.add(wm.curatedId);
  const accessText = { open: w.open, closed: w.closed, unknown: w.unknownAccess };
  const originText = { curated: w.fromCurated, epoch: w.fromEpoch, both: w.fromBoth };
  const rows = entities.map((e) => {
    const key = accessKey(e);
    const columns: PointColumn[] = [
      { key: 'organization', label: w.organization, value: e.organization ?? '—', raw: e.organization ?? '' },
      { key: 'weights', label: w.access, value: accessText[key], raw: key },
      { key: 'epoch_confidence', label: w.epochWord, value: e.epochWord ?? '—', raw: e.epochWord ?? '' },
      { key: 'figure_from', label: w.from, value: originText[e.origin], raw: e.origin },
      ...(e.epochFlop ? [{ key: 'epoch_flop', label: w.epochValue, value: formatFlop(e.epochFlop, lang), raw: String(e.epochFlop) }] : []),
    ];
    const point: DataPoint = { ...e.point, columns };
    const valueText = formatFlop(e.flop, lang);
    const mark: TimeMarkDatum = {
      id: e.id,
      label: e.name,
      date: e.date,
      value: e.flop,
      ...accessStyle(key),
      confidence: e.confidence,
      isLabelled: e.isPost,
      isHighlighted: pinned.has(e.id),
      details: pointDetails(point, valueText, lang, m),
      ariaLabel: `${e.name}: ${valueText}, ${formatDate(e.date, lang)}`,
    };
    return { entity: e, mark, point };
  });
  return { rows, marks: rows.map((r) => r.mark), notShown };
}

/** The frame with the open/closed filter applied: what is shown, and the trend fitted to it. */
export function modelsView(frame: ModelsFrame, access: Access, lang: Lang, w: Messages['worldCharts']): ModelsOverTime {
  const isShown = (e: ModelEntity) => access === 'all' || (access === 'open' ? e.isOpenWeights === true : e.isOpenWeights === false);
  const rows = frame.rows.filter((r) => isShown(r.entity));
  const shown = rows.map((r) => r.entity);
  const hidden = new Set(frame.rows.filter((r) => !isShown(r.entity)).map((r) => r.mark.id));
  const trend = fitLogLinear(shown.filter((e) => fractionalYear(e.date) >= TREND_FROM_YEAR).map((e) => ({ date: e.date, value: e.flop })));
  const lines: TimeLineSeries[] = [];
  if (trend) {
    const years = shown.map((e) => fractionalYear(e.date)).filter((y) => y >= TREND_FROM_YEAR);
    const [a, b] = [Math.min(...years), Math.max(...years)];
    const at = (y: number) => ({ year: y, value: 10 ** (trend.interceptLog10 + trend.slopeLog10PerYear * y) });
    lines.push({ id: 'trend', label: w.trendLine(formatNumber(trend.growthPerYear, lang, { maxFractionDigits: 1 })), kind: 'line', colour: 3, isDashed: true, points: [at(a), at(b)] });
  }
  const post = shown.filter((e) => e.isPost);
  const largest = shown.reduce<ModelEntity | undefined>((best, e) => (!best || e.flop > best.flop ? e : best), undefined);
  return { frame: frame.marks, hidden, marks: rows.map((r) => r.mark), points: rows.map((r) => r.point), lines, trend, notShown: frame.notShown, post, largest };
}

/**
 * The chart's key: the access and confidence entries the frame can show (a filter keeps them, as
 * it keeps the axes, so nothing moves), each off when the filter shows none of its marks, then
 * the trend's line, which follows the filter.
 */
export function modelsKey(frame: ModelsFrame, view: ModelsOverTime, m: Messages, w: Messages['worldCharts']): TimeKeyEntry[] {
  const present = new Set(frame.marks.map((x) => x.colour));
  const colours = new Set(view.marks.map((x) => x.colour));
  const access = (['open', 'closed', 'unknown'] as const)
    .filter((k) => present.has(accessStyle(k).colour))
    .map((k) => ({ label: { open: w.open, closed: w.closed, unknown: w.unknownAccess }[k], ...accessStyle(k), confidence: 'reported' as const }));
  const confidences = (marks: readonly TimeMarkDatum[]) => new Set(marks.map((x) => x.confidence));
  return [
    ...access.map((e) => ({ ...e, isOff: !colours.has(e.colour) })),
    ...confidenceKey(confidences(frame.marks), m, confidences(view.marks)),
    ...view.lines.map((l) => ({ label: l.label, colour: l.colour, shape: 'circle' as const, confidence: 'reported' as const, line: { isDashed: l.isDashed ?? false } })),
  ];
}

/** `modelsFrame` and `modelsView` in one call. */
export function modelsOverTime(d: Dataset, world: WorldData, access: Access, lang: Lang, m: Messages, w: Messages['worldCharts'], pins: readonly string[] = []): ModelsOverTime {
  return modelsView(modelsFrame(d, world, lang, m, w, pins), access, lang, w);
}

const months = (years: number) => (Number.isFinite(years) ? years * 12 : Infinity);

/** "×4.2 a year (90 %: ×3.9 to ×4.6); doubles every 5.8 months (…)", or why there is no trend. */
export function trendSentence(trend: TrendFit | undefined, lang: Lang, w: Messages['worldCharts']): string {
  if (!trend) return w.noTrend;
  const x = (v: number) => formatNumber(v, lang, { maxFractionDigits: 1 });
  const mo = (v: number) => (Number.isFinite(v) ? formatNumber(months(v), lang, { maxFractionDigits: 1 }) : '∞');
  const [dlo, dhi] = trend.doublingInterval;
  return w.trendSentence(x(trend.growthPerYear), x(trend.growthInterval[0]), x(trend.growthInterval[1]), mo(trend.doublingYears), mo(dlo), mo(dhi), trend.n);
}

/** Generated alt text: what the chart shows, its trend, its largest model and the post's models. */
export function modelsDescription(v: ModelsOverTime, lang: Lang, w: Messages['worldCharts']): string {
  const top = v.largest ? w.largest(isolate(v.largest.name), formatFlop(v.largest.flop, lang), formatDate(v.largest.date, lang)) : '';
  const post = v.post.length ? w.postModels(v.post.map((e) => `${isolate(e.name)} (${formatFlop(e.flop, lang)}, ${formatDate(e.date, lang)})`).join('; ')) : '';
  return w.modelsAlt(v.marks.length, trendSentence(v.trend, lang, w), top, post).trim();
}
