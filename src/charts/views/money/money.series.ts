/**
 * Money compared: every money figure in one currency, converted at the ECB rate of the figure's
 * own date (metrics/currency.ts), each labelled with its scope and the rate used. Pure.
 */
import { isolate } from '../../../data/text.ts';
import type { Dataset, MoneyScope, Rate } from '../../../data/schema.ts';
import { indexDataset } from '../../../data/indexes.ts';
import { labelIn, subjectIn } from '../../../data/labels.ts';
import { formatDate, formatMoneyLong, formatMoneyShort, qualifierMark, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { rateMark, rateRaw, rateText } from '../../../i18n/rateText.ts';
import { convertMoney, currencyOf, type Currency } from '../../../metrics/currency.ts';
import type { DetailedBarRow } from '../../kinds/BarChart.tsx';
import { figureNotes, figureSources, pointDetails, type DataPoint } from '../../frame/dataPoint.ts';

export interface MoneyOptions {
  currency: Currency;
  ids: readonly string[];
  highlight: string | null;
}

export interface MoneyPoint extends DataPoint {
  scope: MoneyScope;
  /** The rate used, when the figure was converted. */
  rate?: Rate;
}

export function moneyPoints(d: Dataset, o: MoneyOptions, lang: Lang, m: Messages): MoneyPoint[] {
  const selected = new Set(o.ids);
  const out: MoneyPoint[] = [];
  for (const r of d.money) {
    if (selected.size && !selected.has(r.id)) continue;
    const c = convertMoney(r.amount, o.currency, d.rates);
    if (!c) continue;
    const figures = c.rate ? [r.amount, c.rate.usdPerEur] : [r.amount];
    const original = formatMoneyShort(r.amount.value, currencyOf(r.amount), lang);
    out.push({
      id: r.id,
      name: `${subjectIn(r, lang)}: ${labelIn(r, lang)}`,
      value: c.valueM,
      high: c.highM,
      unit: `M ${o.currency}`,
      asOf: r.amount.asOf,
      confidence: r.amount.confidence,
      sources: figureSources(d, figures),
      notes: figureNotes([r.amount]),
      scope: r.scope,
      rate: c.rate,
      columns: [
        { key: 'scope', label: m.detail.scope, value: m.scopes[r.scope], raw: r.scope },
        ...(c.rate
          ? [
              {
                key: 'converted_from',
                label: m.detail.rate,
                value: `${original} · ${rateText(c.rate, lang, m)}`,
                raw: `${r.amount.value} ${r.amount.unit} at ${rateRaw(c.rate)}`,
              },
            ]
          : []),
        ...(r.saidBy ? [{ key: 'said_by', label: m.detail.saidBy, value: r.saidBy, raw: r.saidBy }] : []),
      ],
    });
  }
  return out.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

export function moneyRows(d: Dataset, points: readonly MoneyPoint[], o: MoneyOptions, lang: Lang, m: Messages): DetailedBarRow[] {
  const { moneyById } = indexDataset(d);
  return points.map((p) => {
    const rec = moneyById.get(p.id)!;
    const prefix = qualifierMark(rec.amount.qualifier);
    // A figure dated after the last fixing says so beside its number, not only in the tooltip.
    const mark = rateMark(p.rate, lang, m);
    const valueLabel = prefix + formatMoneyShort(p.value, o.currency, lang) + mark;
    const valueText = prefix + formatMoneyLong(p.value, o.currency, lang) + mark;
    return {
      id: p.id,
      label: `${subjectIn(rec, lang)} · ${labelIn(rec, lang)}`,
      value: p.value,
      high: p.high,
      confidence: p.confidence,
      valueLabel,
      sublabel: m.scopes[p.scope],
      isHighlighted: p.id === o.highlight,
      details: pointDetails(p, valueText, lang, m),
      ariaLabel: `${subjectIn(rec, lang)}, ${labelIn(rec, lang)}: ${valueText}, ${m.scopes[p.scope]}, ${m.confidences[p.confidence].toLowerCase()}, ${formatDate(p.asOf, lang)}`,
    };
  });
}

export function distinctScopes(points: readonly MoneyPoint[]): MoneyScope[] {
  return [...new Set(points.map((p) => p.scope))];
}

export function moneyDescription(points: readonly MoneyPoint[], o: MoneyOptions, lang: Lang, m: Messages): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const top = [
    m.largest(isolate(first.name), formatMoneyLong(first.value, o.currency, lang)),
    ...(points.length > 1 ? [m.smallest(isolate(last.name), formatMoneyLong(last.value, o.currency, lang))] : []),
  ].join(' ');
  return m.chartAlt.money(top, points.length);
}
