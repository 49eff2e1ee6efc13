/**
 * The warnings and cautions of a comparison, as sentences: under a compared pair and on the
 * headline cards. Its own module so the cards (on the first screen) do not bring the compare
 * view's series and waffle layout along. Pure.
 */
import { formatDate, formatMoneyShort, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { rateText } from '../../../i18n/rateText.ts';
import type { CompareMetric, ComputedComparison } from '../../../metrics/comparisons.ts';

const measureKind = (metric: CompareMetric) => (metric === 'gpu-hours' ? 'hours' : metric === 'accelerators' ? 'count' : 'peak');

export function warningTexts(c: ComputedComparison, lang: Lang, m: Messages): string[] {
  const w = m.compareWarnings;
  const texts = c.warnings.map((x) => {
    switch (x.kind) {
      case 'different-accelerators': {
        const k = measureKind(c.metric);
        return (k === 'hours' ? w.gpusHours : k === 'count' ? w.gpusCount : w.gpusPeak)(x.a.shortName, x.b.shortName);
      }
      case 'different-scopes':
        return w.scopes(m.scopes[x.a], m.scopes[x.b]);
      case 'claim':
        return w.claim((x.names ?? []).join(', '));
      case 'converted':
        return w.converted(
          c.b.name,
          x.from && x.original !== undefined ? formatMoneyShort(x.original, x.from, lang) : '—',
          x.rate ? rateText(x.rate, lang, m) : '—',
          formatDate(c.a.asOf, lang),
        );
    }
  });
  const cautions = c.cautions.map((x) => {
    switch (x.kind) {
      case 'different-system-kinds':
        return w.systemKinds(w.kinds[x.a], w.kinds[x.b]);
      case 'different-dates':
        return w.dates(formatDate(x.a, lang), formatDate(x.b, lang));
      case 'bound':
        return w.bound(x.name, w.bounds[x.qualifier]);
    }
  });
  return [...new Set([...texts, ...cautions])];
}
