/**
 * The common shape behind every chart's marks, table and CSV: one sourced value per entity.
 * A chart's series function builds `DataPoint`s from the dataset; everything users can read
 * about a mark (tooltip, table row, CSV line, alt text) derives from them.
 */
import type { Confidence, Dataset, Figure, Source } from '../../data/schema.ts';
import { indexDataset } from '../../data/indexes.ts';
import { csvCell, isolate } from '../../data/text.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { DetailLine } from '../kit/detail.ts';

export interface DataPoint {
  id: string;
  name: string;
  value: number;
  high?: number;
  /** Unit of `value` as written in CSV (e.g. "accelerators", "PFLOP/s", "M EUR"). */
  unit: string;
  /** How to read `value` when it is not exact (`about`, `at-most`…), as in a Figure. */
  qualifier?: string;
  asOf: string;
  confidence: Confidence;
  /** Every source behind the value (a derived value has several). */
  sources: Source[];
  notes: string[];
  /**
   * Labelled columns beyond the common ones (scope, accelerator, rate used…), shown in the
   * tooltip and the table and written to the CSV. For display only: a value the code needs
   * again (a rank, an edition) is a typed field of the view's own point type, not read back here.
   */
  columns: readonly PointColumn[];
}

/** One labelled column: `value` for people, `raw` for the CSV. */
export interface PointColumn {
  key: string;
  label: string;
  value: string;
  raw: string;
}

export function figureSources(d: Dataset, figures: readonly Figure[]): Source[] {
  const { sourceById } = indexDataset(d);
  const ids = [...new Set(figures.map((f) => f.source))];
  return ids.map((id) => sourceById.get(id)).filter((s): s is Source => s !== undefined);
}

export function figureNotes(figures: readonly Figure[]): string[] {
  return [...new Set(figures.flatMap((f) => (f.note ? [f.note] : [])))];
}

/** Tooltip lines for a point, in reading order. */
export function pointDetails(p: DataPoint, valueText: string, lang: Lang, m: Messages): DetailLine[] {
  return [
    { label: m.detail.value, value: valueText },
    ...p.columns.map((e) => ({ label: e.label, value: e.value })),
    { label: m.detail.asOf, value: formatDate(p.asOf, lang) },
    { label: m.detail.source, value: p.sources.map((s) => s.publisher).join('; ') || '—' },
    { label: m.detail.confidence, value: `${m.confidences[p.confidence]} (${m.confidenceHelp[p.confidence]})` },
    ...(p.notes.length ? [{ label: m.detail.note, value: p.notes.join(' ') }] : []),
  ];
}

/** Unique sources of a set of points, in order of first appearance. */
export function pointSources(points: readonly DataPoint[]): Source[] {
  const seen = new Map<string, Source>();
  for (const p of points) for (const s of p.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

const CSV_COLUMNS = ['id', 'name', 'value', 'value_high', 'unit', 'as_of', 'confidence', 'source_ids', 'source_titles', 'source_urls', 'note'] as const;

/** Several free-text items in one cell, each isolated so one's direction cannot spill into the next. */
const csvList = (items: readonly string[]) => (items.length > 1 ? items.map(isolate) : items).join('; ');

/** Machine-readable: dot decimals, ISO dates, no locale; one header row; CRLF per RFC 4180. */
export function toCsv(points: readonly DataPoint[]): string {
  const columnKeys = [...new Set(points.flatMap((p) => p.columns.map((e) => e.key)))];
  const header = [...CSV_COLUMNS, ...columnKeys];
  const lines = points.map((p) => {
    const base: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: p.id,
      name: p.name,
      value: String(p.value),
      value_high: p.high === undefined ? '' : String(p.high),
      unit: p.unit,
      as_of: p.asOf,
      confidence: p.confidence,
      source_ids: p.sources.map((s) => s.id).join('; '),
      source_titles: csvList(p.sources.map((s) => s.title)),
      source_urls: p.sources.map((s) => s.url ?? '').join('; '),
      note: csvList(p.notes),
    };
    const columnCells = columnKeys.map((k) => p.columns.find((e) => e.key === k)?.raw ?? '');
    return [...CSV_COLUMNS.map((c) => base[c]), ...columnCells].map(csvCell).join(',');
  });
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
