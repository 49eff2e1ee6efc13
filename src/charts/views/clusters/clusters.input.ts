/**
 * What the clusters chart draws besides its marks, in words: the trend and gap sentences and the
 * legend, from the series and the messages. Pure (no React), so the benchmark's hand-written page
 * (scripts/bench/clustersPage.ts) lays out exactly what the product lays out.
 */
import { SECTORS } from '../../../data/model.ts';
import { formatDate, formatInteger, formatSignificant, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { TrendFit } from '../../../metrics/trendFit.ts';
import type { ViewState } from '../../../view/viewState.ts';
import type { ClustersLayoutInput } from './clusters.layout.ts';
import type { ClustersSeries } from './clusters.series.ts';

const months = (years: number, lang: Lang) => (Number.isFinite(years) ? formatSignificant(years * 12, lang, 2) : '∞');

export function trendSentence(sector: 'public' | 'private', fit: TrendFit | undefined, lang: Lang, m: Messages): string {
  const c = m.clusters;
  const name = c.sectors[sector];
  if (!fit) return c.trendNone(name);
  const [lo, hi] = fit.doublingInterval;
  return c.trendLabel(name, formatSignificant(fit.growthPerYear, lang, 2), c.months(months(fit.doublingYears, lang)), c.months(`${months(lo, lang)}–${months(hi, lang)}`));
}

/** The time axis' tick labels: the year. */
export const clusterYear = (ms: number) => String(new Date(ms).getUTCFullYear());

export function clustersLayoutInput(series: ClustersSeries, snapshot: string, trendSelection: ViewState['trendSelection'], lang: Lang, m: Messages): ClustersLayoutInput {
  const c = m.clusters;
  const captions = [
    ...series.trends.map((t) => trendSentence(t.sector, t.fit, lang, m)),
    c.trendBasis(series.trendN, formatInteger(series.trendN, lang), c.trendSelections[trendSelection]),
    ...(series.gap ? [c.gap(formatSignificant(series.gap.ratio, lang, 2), formatDate(snapshot, lang))] : []),
  ];
  const present = new Set(series.data.map((d) => d.sector ?? 'none'));
  const legend = [
    ...SECTORS.filter((s) => present.has(s)).map((s) => ({ key: `sector:${s}`, label: c.sectors[s] })),
    ...(present.has('none') ? [{ key: 'sector:none', label: c.noSector }] : []),
    ...(['confirmed', 'likely', 'unlikely'] as const).filter((k) => series.data.some((d) => d.certainty === k)).map((k) => ({ key: `cert:${k}`, label: c.certainties[k] })),
    ...(series.data.some((d) => d.status === 'planned') ? [{ key: 'planned', label: c.statuses.planned }] : []),
    ...(series.trends.some((t) => t.fit) ? [{ key: 'trend', label: c.trendLegend }] : []),
    ...series.frontiers.filter((f) => f.steps.length).map((f) => ({ key: `frontier:${f.sector}`, label: c.frontier(c.sectors[f.sector]) })),
  ];
  return { frame: series.frame, frameSteps: series.frameSteps, data: series.data, trends: series.trends, frontiers: series.frontiers, snapshot, legend, captions };
}
