/**
 * TOP500 history: each system's rank per list edition, and one edition's systems by Rmax.
 * Pure: dataset + options in, sourced points and chart rows out.
 */
import { isolate } from '../../../data/text.ts';
import type { Dataset, Source, SystemRecord, Top500Entry } from '../../../data/schema.ts';
import { formatEdition, formatNumber, formatOrdinal, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { DetailedBarRow } from '../../kinds/BarChart.tsx';
import { figureNotes, figureSources, pointDetails, type DataPoint } from '../../frame/dataPoint.ts';
import type { RankSeries } from '../../kinds/top500.layout.ts';

/**
 * The systems the post is about: MareNostrum 5's two partitions are always drawn highlighted.
 * Ids, not numbers: their ranks still come from data/systems.json.
 */
export const FOCUS_SYSTEMS: readonly string[] = ['marenostrum-5-acc', 'marenostrum-5-gpp'];

const ranked = (d: Dataset) => d.systems.filter((s) => s.top500.length > 0);
const byEdition = (a: Top500Entry, b: Top500Entry) => a.edition.localeCompare(b.edition);

/** Every edition in the data, oldest first. */
export function editionsOf(d: Dataset): string[] {
  return [...new Set(d.systems.flatMap((s) => s.top500.map((t) => t.edition)))].sort();
}

/** The default edition: of those listing the most systems, the latest. */
export function defaultEdition(d: Dataset): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const e of editionsOf(d)) {
    const count = d.systems.filter((s) => s.top500.some((t) => t.edition === e)).length;
    if (count >= bestCount) [best, bestCount] = [e, count];
  }
  return best;
}

export const resolveEdition = (d: Dataset, edition: string | null): string | null =>
  edition && editionsOf(d).includes(edition) ? edition : defaultEdition(d);

export const isFocus = (id: string, highlight: string | null) => FOCUS_SYSTEMS.includes(id) || id === highlight;

const rmaxText = (v: number, lang: Lang) => `${formatNumber(v, lang, { maxFractionDigits: v < 100 ? 2 : 1 })}\u00a0PFLOP/s`;

/** A system's place on one edition of the list, kept typed beside the columns it shows. */
export interface RankPoint extends DataPoint {
  rank: number;
  /** `YYYY-MM`. */
  edition: string;
  rmaxPflops?: number | undefined;
}

function entryPoint(d: Dataset, s: SystemRecord, t: Top500Entry, lang: Lang, m: Messages): RankPoint {
  const figures = t.rmaxPflops ? [t.rank, t.rmaxPflops] : [t.rank];
  return {
    rank: t.rank.value,
    edition: t.edition,
    rmaxPflops: t.rmaxPflops?.value,
    id: `${s.id}@${t.edition}`,
    name: `${s.shortName} · ${formatEdition(t.edition, lang)}`,
    value: t.rank.value,
    unit: 'rank',
    asOf: t.rank.asOf,
    confidence: t.rank.confidence,
    sources: figureSources(d, figures),
    notes: figureNotes(figures),
    columns: [
      { key: 'edition', label: m.top500.edition, value: formatEdition(t.edition, lang), raw: t.edition },
      { key: 'rmax_pflops', label: m.top500.rmax, value: t.rmaxPflops ? rmaxText(t.rmaxPflops.value, lang) : m.top500.noRmax, raw: t.rmaxPflops ? String(t.rmaxPflops.value) : '' },
    ],
  };
}

/** One point per (system, edition), systems in dataset order, editions oldest first. */
export function historyPoints(d: Dataset, lang: Lang, m: Messages): RankPoint[] {
  return ranked(d).flatMap((s) => [...s.top500].sort(byEdition).map((t) => entryPoint(d, s, t, lang, m)));
}

/** The same points grouped into the lines the layout draws, focus systems last (drawn on top). */
export function historySeries(d: Dataset, points: readonly RankPoint[], highlight: string | null, lang: Lang, m: Messages): RankSeries[] {
  const series = ranked(d).map((s): RankSeries => {
    const own = points.filter((p) => p.id.startsWith(`${s.id}@`));
    return {
      id: s.id,
      label: s.shortName,
      isHighlighted: isFocus(s.id, highlight),
      points: own.map((p) => {
        const rank = formatOrdinal(p.rank, lang);
        const rmax = p.rmaxPflops === undefined ? m.top500.noRmax : rmaxText(p.rmaxPflops, lang);
        return {
          id: p.id,
          edition: p.edition,
          rank: p.rank,
          confidence: p.confidence,
          details: pointDetails(p, rank, lang, m),
          ariaLabel: `${s.shortName}, ${formatEdition(p.edition, lang)}: ${rank}, ${m.top500.rmax} ${rmax}, ${m.confidences[p.confidence].toLowerCase()}, ${publishers(p.sources)}`,
        };
      }),
    };
  });
  return series.sort((a, b) => Number(a.isHighlighted) - Number(b.isHighlighted));
}

const publishers = (sources: readonly Source[]) => sources.map((s) => s.publisher).join('; ');

/** "MareNostrum 5 ACC fue 8.º en nov 2023 y 14.º en nov 2025." for each highlighted system. */
export function historyDescription(series: readonly RankSeries[], lang: Lang, m: Messages): string {
  const sentences = series
    .filter((s) => s.isHighlighted && s.points.length)
    .map((s) => {
      const first = s.points[0]!;
      const last = s.points[s.points.length - 1]!;
      const [r1, e1, r2, e2] = [formatOrdinal(first.rank, lang), formatEdition(first.edition, lang), formatOrdinal(last.rank, lang), formatEdition(last.edition, lang)];
      const text = s.points.length > 1 ? m.top500.trajectory(isolate(s.label), r1, e1, r2, e2) : m.top500.single(isolate(s.label), r1, e1);
      return last.confidence === 'official' ? text : `${text} ${m.top500.notOfficial(e2)}`;
    });
  const editions = new Set(series.flatMap((s) => s.points.map((p) => p.edition)));
  return m.top500.top500Alt(sentences.join(' '), series.length, editions.size);
}

export interface EditionView {
  points: RankPoint[];
  rows: DetailedBarRow[];
  /** Systems on the list that edition but without an Rmax in the data: named, not dropped. */
  missing: string[];
}

/** One edition's systems, largest Rmax first, as bars. */
export function editionView(d: Dataset, edition: string, highlight: string | null, lang: Lang, m: Messages): EditionView {
  const points: RankPoint[] = [];
  const missing: string[] = [];
  for (const s of ranked(d)) {
    const t = s.top500.find((x) => x.edition === edition);
    if (!t) continue;
    if (!t.rmaxPflops) {
      missing.push(s.shortName);
      continue;
    }
    const base = entryPoint(d, s, t, lang, m);
    points.push({ ...base, id: s.id, name: s.shortName, value: t.rmaxPflops.value, unit: 'PFLOP/s', asOf: t.rmaxPflops.asOf, confidence: t.rmaxPflops.confidence, columns: [
      { key: 'rank', label: m.top500.rank, value: formatOrdinal(t.rank.value, lang), raw: String(t.rank.value) },
      { key: 'edition', label: m.top500.edition, value: formatEdition(edition, lang), raw: edition },
    ] });
  }
  points.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const rows = points.map((p): DetailedBarRow => {
    const rank = formatOrdinal(p.rank, lang);
    const valueText = rmaxText(p.value, lang);
    return {
      id: p.id,
      label: `${rank} ${p.name}`,
      value: p.value,
      confidence: p.confidence,
      valueLabel: formatNumber(p.value, lang, { maxFractionDigits: p.value < 100 ? 1 : 0 }),
      isHighlighted: isFocus(p.id, highlight),
      details: pointDetails(p, valueText, lang, m),
      ariaLabel: `${p.name}, ${rank}: ${valueText}, ${m.confidences[p.confidence].toLowerCase()}, ${publishers(p.sources)}`,
    };
  });
  return { points, rows, missing };
}

/** "… El Capitan es 1.º con 1.742 PFLOP/s. MareNostrum 5 ACC es 11.º con 175,3 PFLOP/s." */
export function editionDescription(view: EditionView, edition: string, lang: Lang, m: Messages): string {
  const named = view.rows.filter((r, i) => i === 0 || r.isHighlighted);
  const top = named
    .map((r) => {
      const p = view.points.find((x) => x.id === r.id)!;
      return m.top500.rankedWith(isolate(p.name), formatOrdinal(p.rank, lang), rmaxText(p.value, lang));
    })
    .join(' ');
  return m.top500.editionAlt(formatEdition(edition, lang), view.points.length, top);
}
