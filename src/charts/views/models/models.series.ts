/**
 * Models on two log-log scatters: training compute against cost, and parameters against
 * tokens. Pure. A model lacking a figure stays in the table (value "none published") and is
 * named under the chart; nothing is invented to fill the gap.
 */
import type { Dataset, Figure, ModelRecord, MoneyRecord } from '../../../data/schema.ts';
import { CONFIDENCES } from '../../../data/model.ts';
import { formatFlop, formatMoneyLong, formatMoneyShort, formatUnitValue, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { rateRaw, rateText } from '../../../i18n/rateText.ts';
import { weakestConfidence } from '../../../metrics/confidence.ts';
import { convertMoney, type Currency } from '../../../metrics/currency.ts';
import { figureNotes, figureSources, pointDetails, type DataPoint, type PointColumn } from '../../frame/dataPoint.ts';
import type { ScatterDatum } from '../../kinds/scatter.layout.ts';

export interface NotShown {
  names: string[];
  why: string;
}
export interface ScatterView {
  /** Table and CSV rows: every model with the x figure, with or without the y figure. */
  points: DataPoint[];
  /** The marks: models with both figures. */
  data: ScatterDatum[];
  notShown: NotShown[];
}

const withConfidence = (text: string, f: Figure, m: Messages) => `${text} (${m.confidences[f.confidence].toLowerCase()})`;
const publishers = (p: DataPoint) => p.sources.map((s) => s.publisher).join('; ');

/** The training run's compute cost: a money row about the model or its run, strongest confidence first. */
export function trainingCost(d: Dataset, model: ModelRecord): MoneyRecord | undefined {
  const rank = (r: MoneyRecord) => CONFIDENCES.indexOf(r.amount.confidence);
  return d.money
    .filter((r) => r.scope === 'training-compute' && r.about !== undefined && (r.about === model.id || r.about === model.trainedOn))
    .sort((a, b) => rank(a) - rank(b))[0];
}

function scatterPoint(d: Dataset, model: ModelRecord, x: Figure, y: Figure | undefined, extraFigures: Figure[], columns: PointColumn[]): DataPoint {
  const figures = [x, ...(y ? [y] : []), ...extraFigures];
  return {
    id: model.id,
    name: model.name,
    value: x.value,
    unit: x.unit,
    asOf: x.asOf,
    confidence: y ? weakestConfidence(x.confidence, y.confidence) : x.confidence,
    sources: figureSources(d, figures),
    notes: figureNotes(figures),
    columns,
  };
}

export function costView(d: Dataset, currency: Currency, highlight: string | null, lang: Lang, m: Messages): ScatterView {
  const out: ScatterView = { points: [], data: [], notShown: [] };
  const noFlop: string[] = [];
  const noCost: string[] = [];
  for (const model of d.models) {
    const flop = model.trainingFlop;
    if (!flop) {
      noFlop.push(model.name);
      continue;
    }
    const row = trainingCost(d, model);
    const c = row ? convertMoney(row.amount, currency, d.rates) : null;
    const costText = c && row ? withConfidence(formatMoneyShort(c.valueM, currency, lang), row.amount, m) : m.modelCharts.noCost;
    const p = scatterPoint(d, model, flop, c ? row!.amount : undefined, c?.rate ? [c.rate.usdPerEur] : [], [
      { key: `cost_m_${currency.toLowerCase()}`, label: m.modelCharts.cost, value: costText, raw: c ? String(c.valueM) : '' },
      ...(c?.rate ? [{ key: 'rate', label: m.detail.rate, value: rateText(c.rate, lang, m), raw: rateRaw(c.rate) }] : []),
    ]);
    out.points.push(p);
    if (!c) {
      noCost.push(model.name);
      continue;
    }
    const flopText = formatFlop(flop.value, lang);
    out.data.push({
      id: model.id,
      label: model.name,
      x: flop.value,
      y: c.valueM,
      confidence: p.confidence,
      isHighlighted: model.id === highlight,
      details: pointDetails(p, withConfidence(flopText, flop, m), lang, m),
      ariaLabel: `${model.name}: ${flopText}, ${formatMoneyLong(c.valueM, currency, lang)}, ${m.confidences[p.confidence].toLowerCase()}, ${publishers(p)}`,
    });
  }
  out.notShown = [
    { names: noFlop, why: m.modelCharts.whyNoFlop },
    { names: noCost, why: m.modelCharts.whyNoCost },
  ].filter((n) => n.names.length);
  return out;
}

export function paramsView(d: Dataset, highlight: string | null, lang: Lang, m: Messages): ScatterView {
  const out: ScatterView = { points: [], data: [], notShown: [] };
  const noParams: string[] = [];
  const noTokens: string[] = [];
  for (const model of d.models) {
    const params = model.paramsB;
    if (!params) {
      noParams.push(model.name);
      continue;
    }
    const tokens = model.tokensT;
    const tokensText = tokens ? withConfidence(formatUnitValue(tokens.value, 'T tokens', lang), tokens, m) : m.modelCharts.noTokens;
    const p = scatterPoint(d, model, params, tokens, [], [{ key: 'tokens_t', label: m.modelCharts.tokens, value: tokensText, raw: tokens ? String(tokens.value) : '' }]);
    out.points.push(p);
    if (!tokens) {
      noTokens.push(model.name);
      continue;
    }
    const paramsText = formatUnitValue(params.value, 'B params', lang);
    out.data.push({
      id: model.id,
      label: model.name,
      x: params.value,
      y: tokens.value,
      confidence: p.confidence,
      isHighlighted: model.id === highlight,
      details: pointDetails(p, withConfidence(paramsText, params, m), lang, m),
      ariaLabel: `${model.name}: ${paramsText}, ${formatUnitValue(tokens.value, 'T tokens', lang)}, ${m.confidences[p.confidence].toLowerCase()}, ${publishers(p)}`,
    });
  }
  out.notShown = [
    { names: noParams, why: m.modelCharts.whyNoParams },
    { names: noTokens, why: m.modelCharts.whyNoTokens },
  ].filter((n) => n.names.length);
  return out;
}

export const notShownLines = (v: ScatterView, m: Messages) => v.notShown.map((n) => m.modelCharts.notShown(n.names.join(', '), n.why));

/** Alt text: what is plotted, the largest on the x axis, and what is missing. */
export function scatterDescription(v: ScatterView, kind: 'cost' | 'params', currency: Currency, lang: Lang, m: Messages): string {
  const top = [...v.data].sort((a, b) => b.x - a.x)[0];
  const what = (kind === 'cost' ? m.modelCharts.costTitle : m.modelCharts.paramsTitle).toLowerCase();
  const lead = !top
    ? m.modelCharts.emptyScatter
    : kind === 'cost'
      ? m.modelCharts.costTop(top.label, formatFlop(top.x, lang), formatMoneyLong(top.y, currency, lang))
      : m.modelCharts.paramsTop(top.label, formatUnitValue(top.x, 'B params', lang), formatUnitValue(top.y, 'T tokens', lang));
  return [m.modelCharts.scatterAlt(what, v.data.length, lead), ...notShownLines(v, m)].join(' ');
}
