/**
 * Words for the rate that converted a money figure: "1 € = 1,1095 $ (media de los 256 cambios
 * diarios del BCE de 2015)". One place, so the chart, table, CSV, compare and what-if agree.
 */
import type { Rate } from '../data/schema.ts';
import { formatDate, formatNumber, type Lang } from './format.ts';
import type { Messages } from './messages.ts';

export function rateHow(r: Rate, lang: Lang, m: Messages): string {
  const h = m.rates.how;
  const date = formatDate(r.date, lang);
  switch (r.rule) {
    case 'day':
      return h.day(date);
    case 'earlier-day':
      return h.earlierDay(date, formatDate(r.forAsOf, lang));
    case 'month-mean':
    case 'year-mean':
      return r.lastFixing
        ? h.partialMean(date, r.fixings ?? 0, formatDate(r.lastFixing, lang))
        : h.mean(date, r.fixings ?? 0);
    case 'after-last':
      return h.afterLast(date, formatDate(r.forAsOf, lang));
  }
}

export const rateValue = (r: Rate, lang: Lang) => `1\u00a0€ = ${formatNumber(r.usdPerEur.value, lang, { maxFractionDigits: 4 })}\u00a0$`;

export const rateText = (r: Rate, lang: Lang, m: Messages) => `${rateValue(r, lang)} (${rateHow(r, lang, m)})`;

/** For CSV: dot decimals, ISO dates, the rule's id. */
export const rateRaw = (r: Rate) =>
  `${r.usdPerEur.value} USD/EUR; ${r.rule} ${r.date}${r.fixings ? ` (${r.fixings} fixings${r.lastFixing ? ` to ${r.lastFixing}` : ''})` : ''}`;

/** Beside the number, only when the figure is later than the last fixing. */
export const rateMark = (r: Rate | undefined, lang: Lang, m: Messages) =>
  r?.rule === 'after-last' ? ` ${m.rates.afterLastShort(formatDate(r.date, lang))}` : '';
