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
import type { ClusterDatum, ClustersSeries } from './clusters.series.ts';

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

/**
 * The trend, basis and gap sentences of every sector (`lines`), in a fixed order. A sentence about
 * a sector the filters hide (not in `shown`), or the gap when one side is hidden, is marked off:
 * the chart draws it muted in its place, as the key draws its entries (the fits do not depend on
 * the sector filter, so it is still true). The basis counts the fits drawn; `roomFor` is the same
 * sentences with every fit counted, whose wrapping the chart keeps room for.
 */
function captionsOf(lines: ClustersSeries['everySector'], shown: ClustersSeries, snapshot: string, trendSelection: ViewState['trendSelection'], lang: Lang, m: Messages) {
  const c = m.clusters;
  const trends = lines.trends.map((t) => ({ text: trendSentence(t.sector, t.fit, lang, m), isOff: !shown.trends.some((s) => s.sector === t.sector) }));
  const basis = (n: number) => ({ text: c.trendBasis(n, formatInteger(n, lang), c.trendSelections[trendSelection]) });
  const gap = lines.gap ? [{ text: c.gap(formatSignificant(lines.gap.ratio, lang, 2), formatDate(snapshot, lang)), isOff: !shown.gap }] : [];
  return {
    captions: [...trends, basis(shown.trendN), ...gap],
    roomFor: [...trends, basis(lines.trendN), ...gap].map((x) => x.text),
  };
}

/** The sectors (or 'none'), certainties and planned status a list of marks holds, in one pass. */
interface Kinds {
  sectors: Set<string>;
  certainties: Set<ClusterDatum['certainty']>;
  hasPlanned: boolean;
}
function kindsOf(list: readonly ClusterDatum[]): Kinds {
  const k: Kinds = { sectors: new Set(), certainties: new Set(), hasPlanned: false };
  for (const d of list) {
    k.sectors.add(d.sector ?? 'none');
    k.certainties.add(d.certainty);
    if (d.status === 'planned') k.hasPlanned = true;
  }
  return k;
}
/** The frame's kinds, once per frame (a filter keeps the frame). */
const frameKinds = new WeakMap<readonly ClusterDatum[], Kinds>();

/**
 * The key names everything the frame can show, in a fixed order, and an entry the filters show
 * nothing of is drawn off (`isOff`) in its place; the captions say every sector's sentences, those
 * of hidden sectors drawn off too, and keep room for the longest wording. So a filter moves
 * neither the key nor anything under the chart, and leaves no blank lines under it.
 */
export function clustersLayoutInput(series: ClustersSeries, snapshot: string, trendSelection: ViewState['trendSelection'], lang: Lang, m: Messages): ClustersLayoutInput {
  const c = m.clusters;
  const every = series.everySector;
  let inFrame = frameKinds.get(series.frame);
  if (!inFrame) frameKinds.set(series.frame, (inFrame = kindsOf(series.frame)));
  const shown = kindsOf(series.data);
  const certainties = (['confirmed', 'likely', 'unlikely'] as const).filter((k) => inFrame.certainties.has(k));
  const drawnFrontiers = new Set(series.frontiers.filter((f) => f.steps.length).map((f) => f.sector));
  const legend = [
    ...SECTORS.filter((s) => inFrame.sectors.has(s)).map((s) => ({ key: `sector:${s}`, label: c.sectors[s], isOff: !shown.sectors.has(s) })),
    ...(inFrame.sectors.has('none') ? [{ key: 'sector:none', label: c.noSector, isOff: !shown.sectors.has('none') }] : []),
    ...certainties.map((k) => ({ key: `cert:${k}`, label: c.certainties[k], isOff: !shown.certainties.has(k) })),
    ...(inFrame.hasPlanned ? [{ key: 'planned', label: c.statuses.planned, isOff: !shown.hasPlanned }] : []),
    ...(every.trends.some((t) => t.fit) ? [{ key: 'trend', label: c.trendLegend, isOff: !series.trends.some((t) => t.fit) }] : []),
    ...every.frontiers.filter((f) => f.steps.length).map((f) => ({ key: `frontier:${f.sector}`, label: c.frontier(c.sectors[f.sector]), isOff: !drawnFrontiers.has(f.sector) })),
  ];
  return {
    frame: series.frame,
    frameSteps: series.frameSteps,
    data: series.data,
    trends: series.trends,
    frontiers: series.frontiers,
    snapshot,
    legend,
    ...captionsOf(every, series, snapshot, trendSelection, lang, m),
  };
}
