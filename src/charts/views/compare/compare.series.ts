/**
 * Compare any two: which pair is shown, the computed comparison → sourced points (table, CSV),
 * the ratio sentence, warnings, the waffle's unit and the generated alt text. Pure.
 */
import { isolate } from '../../../data/text.ts';
import type { Dataset } from '../../../data/schema.ts';
import { indexDataset } from '../../../data/indexes.ts';
import { labelIn, subjectIn } from '../../../data/labels.ts';
import { formatFlop, formatInteger, formatMoneyLong, formatMoneyShort, formatPercent, formatRatio, formatSignificant, formatUnitValue, NBSP, qualifierMark, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { rateRaw, rateText } from '../../../i18n/rateText.ts';
import type { ComparisonSide, ComputedComparison } from '../../../metrics/comparisons.ts';
import { currencyOf } from '../../../metrics/currency.ts';
import { figureNotes, figureSources, type DataPoint, type PointColumn } from '../../frame/dataPoint.ts';
import { niceUnit, squareCount } from '../../kinds/waffle.layout.ts';


/** The pair shown: the URL's ids, else the first seed-post preset (from data, never typed here). */
export function resolvePair(d: Dataset, a: string | null, b: string | null): { a: string | null; b: string | null } {
  const preset = d.comparisons[0];
  if (!preset) return { a, b };
  if (a === null && b === null) return { a: preset.a, b: preset.b };
  if (b === null) return { a, b: a === preset.b ? preset.a : preset.b };
  if (a === null) return { a: b === preset.a ? preset.b : preset.a, b };
  return { a, b };
}

/** How an entity is named in sentences and preset labels (a money figure by its subject). */
export function entityName(d: Dataset, id: string, lang: Lang): string {
  const idx = indexDataset(d);
  const money = idx.moneyById.get(id);
  return idx.systemById.get(id)?.shortName ?? idx.modelById.get(id)?.name ?? (money ? subjectIn(money, lang) : id);
}

/** A value as a person reads it: `4.480 GPU`, `650 M€`, `3,8 × 10²⁵ FLOP`, `2,788 M GPU-horas`. */
function formatCompareValue(v: number, c: Pick<ComputedComparison, 'metric' | 'a'>, lang: Lang, m: Messages, isLong = false): string {
  switch (c.metric) {
    case 'accelerators':
      return `${formatInteger(v, lang)}${NBSP}${m.compare.gpu}`;
    case 'h100e':
      return `${formatInteger(v, lang)}${NBSP}${m.compare.h100eq}`;
    case 'bf16':
      return formatUnitValue(v, 'PFLOP/s', lang);
    case 'money':
      return (isLong ? formatMoneyLong : formatMoneyShort)(v, currencyOf(c.a.figure), lang);
    case 'training-flop':
      return formatFlop(v, lang);
    case 'gpu-hours':
      return formatUnitValue(v, 'M GPU-hours', lang);
  }
}

/** The side's value with its qualifier or range: `~63 M$`, `≤16.384 GPU`, `1.024–2.048 GPU`. */
export function sideValueText(s: ComparisonSide, c: ComputedComparison, lang: Lang, m: Messages, isLong = false): string {
  const v = formatCompareValue(s.value, c, lang, m, isLong);
  if (s.high === undefined) return qualifierMark(s.figure.qualifier) + v;
  // One unit for both ends when they share it: `1.024–2.048 GPU`, `3,8–4,1 × 10²⁵ FLOP`.
  const hi = formatCompareValue(s.high, c, lang, m, isLong);
  const i = v.indexOf(NBSP);
  const j = hi.indexOf(NBSP);
  return i > 0 && j > 0 && v.slice(i) === hi.slice(j) ? `${v.slice(0, i)}–${hi}` : `${v}–${hi}`;
}

/** The unit chart's square value: the larger side (range included) fits in a few hundred squares. */
export function waffleUnit(c: ComputedComparison): number {
  const max = Math.max(c.a.high ?? c.a.value, c.b.high ?? c.b.value);
  // Counts are whole things: never a fraction of a GPU per square.
  const isCount = c.metric === 'accelerators' || c.metric === 'h100e';
  return niceUnit(max, undefined, isCount ? 1 : 0);
}

export function comparePoints(d: Dataset, c: ComputedComparison, lang: Lang, m: Messages): DataPoint[] {
  const converted = c.warnings.find((w) => w.kind === 'converted');
  return (['a', 'b'] as const).map((key) => {
    const s = c[key];
    const columns: PointColumn[] = [{ key: 'side', label: m.compare.side, value: key.toUpperCase(), raw: key }];
    if (s.hardware) columns.push({ key: 'accelerator', label: m.detail.accelerator, value: s.hardware.shortName, raw: s.hardware.id });
    if (s.system) columns.push({ key: 'kind', label: m.kind, value: m.kinds[s.system.kind], raw: s.system.kind });
    if (s.money) columns.push({ key: 'scope', label: m.compare.detail.scope, value: m.scopes[s.money.scope], raw: s.money.scope });
    if (key === 'b' && converted?.original !== undefined && converted.from)
      columns.push({
        key: 'converted_from',
        label: m.compare.detail.convertedFrom,
        value: `${formatMoneyShort(converted.original, converted.from, lang)} · ${converted.rate ? rateText(converted.rate, lang, m) : '—'}`,
        raw: `${converted.original} M ${converted.from} at ${converted.rate ? rateRaw(converted.rate) : '—'}`,
      });
    if (s.money?.saidBy) columns.push({ key: 'said_by', label: m.compare.detail.saidBy, value: s.money.saidBy, raw: s.money.saidBy });
    return {
      id: s.id,
      name: s.money ? `${subjectIn(s.money, lang)}: ${labelIn(s.money, lang)}` : s.name,
      value: s.value,
      high: s.high,
      unit: s.unit,
      asOf: s.asOf,
      confidence: s.confidence,
      sources: figureSources(d, s.inputs),
      notes: figureNotes(s.inputs),
      columns,
    };
  });
}

/** `×2,19` or `45,7 %`: how A stands against B, as a headline figure. */
export function ratioFigure(c: ComputedComparison, lang: Lang): string {
  return c.ratio.value >= 1 ? formatRatio(c.ratio.value, lang) : formatPercent(c.ratio.fraction, lang, percentDigits(c.ratio.fraction));
}

const percentDigits = (f: number) => (f < 0.001 ? 3 : f < 0.1 ? 2 : 1);

/** "A (x) = N × B (y)." when A ≥ B, else "A (x) is N % of B (y).", plus the ratio's range if any. */
export function ratioSentences(c: ComputedComparison, lang: Lang, m: Messages): string[] {
  const av = sideValueText(c.a, c, lang, m, true);
  const bv = sideValueText(c.b, c, lang, m, true);
  const out =
    c.ratio.value >= 1
      ? [m.compare.times(isolate(c.a.name), av, formatSignificant(c.ratio.value, lang), isolate(c.b.name), bv)]
      : [
          m.compare.percent(isolate(c.a.name), av, formatPercent(c.ratio.fraction, lang, percentDigits(c.ratio.fraction)), isolate(c.b.name), bv),
          m.compare.inverse(isolate(c.b.name), formatSignificant(c.ratio.inverse, lang), isolate(c.a.name)),
        ];
  if (c.a.high !== undefined || c.b.high !== undefined) {
    const lo = c.a.value / (c.b.high ?? c.b.value);
    const hi = (c.a.high ?? c.a.value) / c.b.value;
    out.push(m.compare.ratioRange(formatRatio(lo, lang), formatRatio(hi, lang)));
  }
  return out;
}

export { warningTexts } from './compare.warnings.ts';

/** The unit stated as a value: `20 GPU`, `5 M€`, `2 × 10²³ FLOP`. */
export function unitText(unit: number, c: ComputedComparison, lang: Lang, m: Messages): string {
  return formatCompareValue(unit, c, lang, m);
}

/** "MareNostrum 5 ACC: 4.480 GPU = 224 cuadrados; DeepSeek-V3 cluster: 2.048 GPU = 103 cuadrados". */
export function compareDescription(c: ComputedComparison, unit: number, lang: Lang, m: Messages): string {
  const blocks = [c.a, c.b]
    .map((s) => `${s.name}: ${sideValueText(s, c, lang, m)} = ${m.compare.squares(squareCount(s.value, unit))}`)
    .join('; ');
  return `${ratioSentences(c, lang, m)[0]} ${m.compare.chartAlt(blocks, unitText(unit, c, lang, m))}`;
}
