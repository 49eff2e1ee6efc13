/**
 * The static data API: every table of one release as CSV and JSON, a `metadata.json` (fields,
 * types, units, licence and citation per table) and an `index.json`, as files under
 * `data/api/<dir>/`. Pure — the same inputs give the same bytes (the date in the metadata is the
 * data's own date, never the clock), so builds are reproducible and a release's files never
 * change once published. The Vite plugin (vitePluginDataApi.ts) writes them.
 *
 * CSV: UTF-8 **without** a byte-order mark, because pandas, R and `curl | head` would read a BOM
 * as part of the first column's name (Excel's double-click import is the one reader that wants
 * it, and `IMPORTDATA`/Power Query don't); one header row; RFC 4180 quoting and CRLF, like the
 * chart exports; numbers as JavaScript writes them (dot decimals, `1e+24`), never formatted;
 * dates ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source); lists joined with
 * "; "; empty = unknown. A cell a spreadsheet would run as a formula gets the same leading `'`
 * as the exports (`csvCell`). JSON: the rows exactly as the atlas holds them.
 */
import curatedLicence from '../data/licence.json' with { type: 'json' };
import type { Dataset } from '../src/data/schema.ts';
import { EPOCH_ATTRIBUTION } from '../src/data/epoch/attribution.ts';
import type { WorldData } from '../src/data/epoch/worldTypes.ts';
import { TRANSLATED_LANGS } from '../src/data/labels.ts';
import { currentRelease } from '../src/data/release.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { csvCell } from '../src/data/text.ts';
import { TABLES, type FieldKind, type TableSpec } from './dataApiTables.ts';

export const API_DIR = 'data/api';
/** The alias of the newest release: a copy, since static hosts have no redirects they all honour. */
export const LATEST = 'latest';
export const LIST_SEPARATOR = '; ';

export type ColumnType = 'string' | 'date' | 'number' | 'integer' | 'boolean' | 'list';
export interface ColumnMeta {
  name: string;
  type: ColumnType;
  unit?: string;
  description: string;
}

export interface ApiFile {
  path: string;
  contents: string;
}

type Part = { part: string; type: ColumnType; description: string; hasUnit?: boolean };
const FIGURE: Part[] = [
  { part: 'value', type: 'number', description: 'the value', hasUnit: true },
  { part: 'high', type: 'number', description: 'upper end, for a range', hasUnit: true },
  { part: 'qualifier', type: 'string', description: 'exact (when empty), about, less-than, at-most, at-least or range' },
  { part: 'unit', type: 'string', description: 'unit of the value' },
  { part: 'asOf', type: 'date', description: 'the date the figure refers to' },
  { part: 'source', type: 'string', description: 'the sources table id' },
  { part: 'confidence', type: 'string', description: 'official, reported, estimate or claim' },
  { part: 'note', type: 'string', description: 'note on this figure' },
];
const PARTS: Partial<Record<FieldKind, Part[]>> = {
  figure: FIGURE,
  'world-figure': FIGURE.filter((p) => ['value', 'unit', 'asOf', 'confidence'].includes(p.part)).map((p) =>
    p.part === 'confidence' ? { ...p, description: "Epoch's certainty or confidence on the atlas's scale: official, reported, estimate or claim" } : p,
  ),
  translations: TRANSLATED_LANGS.map((l) => ({ part: l, type: 'string' as const, description: `in ${LOCALES[l].nativeName} (${l})` })),
  provenance: [
    { part: 'dataset', type: 'string', description: "Epoch's dataset" },
    { part: 'row', type: 'integer', description: '1-based data row in the CSV Epoch published' },
    { part: 'epochName', type: 'string', description: 'the row\'s name in Epoch\'s file' },
    { part: 'sourceUrls', type: 'list', description: "the row's source links" },
  ],
};
const SIMPLE: Record<Exclude<FieldKind, 'figure' | 'world-figure' | 'provenance' | 'translations'>, ColumnType> = {
  id: 'string',
  text: 'string',
  date: 'date',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  list: 'list',
};

/** A table's columns in order: a plain field is one column, a figure one per part (`x.value`, `x.unit`…). */
export function columnsOf(table: TableSpec): ColumnMeta[] {
  return Object.entries(table.fields).flatMap(([key, spec]) => {
    const parts = PARTS[spec.kind];
    if (!parts) return [{ name: key, type: SIMPLE[spec.kind as keyof typeof SIMPLE], description: spec.description }];
    return parts.map((p) => ({
      name: `${key}.${p.part}`,
      type: p.type,
      ...(p.hasUnit && spec.unit ? { unit: spec.unit } : {}),
      description: `${spec.description} — ${p.description}.`,
    }));
  });
}

/** The value at a column's path (`acceleratorCount.value`) of a row. */
function at(row: object, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row);
}

/** Refuses a key the table does not describe, so no field is ever dropped from the API unnoticed. */
function checkKeys(table: TableSpec, row: object, index: number): void {
  const where = () => `data API › ${table.name}[${index}]${'id' in row ? ` (${String(row.id)})` : ''}`;
  for (const [key, value] of Object.entries(row)) {
    if (table.childKeys?.includes(key)) continue;
    const spec = table.fields[key];
    if (!spec) throw new Error(`${where()} › ${key}: a field scripts/dataApiTables.ts does not describe`);
    const parts = PARTS[spec.kind];
    if (!parts || value === undefined) continue;
    for (const sub of Object.keys(value as object)) {
      if (!parts.some((p) => p.part === sub)) throw new Error(`${where()} › ${key}.${sub}: a part scripts/dataApi.ts does not publish`);
    }
  }
}

function cellText(value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: not a finite number`);
    return String(value);
  }
  if (Array.isArray(value)) {
    const items = value.map(String);
    // A separator inside an item would make the list ambiguous to split.
    if (items.some((s) => s.includes(LIST_SEPARATOR))) throw new Error(`${where}: a list item contains "${LIST_SEPARATOR}"`);
    return items.join(LIST_SEPARATOR);
  }
  return String(value);
}

/** One table as CSV: a header row, then one guarded row per record, CRLF line ends. */
export function tableCsv(table: TableSpec, rows: readonly object[]): string {
  const columns = columnsOf(table);
  const lines = rows.map((row, i) => {
    checkKeys(table, row, i);
    return columns.map((c) => csvCell(cellText(at(row, c.name), `data API › ${table.name}[${i}] › ${c.name}`))).join(',');
  });
  return [columns.map((c) => csvCell(c.name)).join(','), ...lines].join('\r\n') + '\r\n';
}

/**
 * The date the data speaks for: the release's date (its newest source document) or Epoch's
 * snapshot, whichever is later. Used instead of a clock so that two builds of the same data give
 * the same files.
 */
export function dataDate(dataset: Dataset, world: WorldData | null): string {
  const own = currentRelease(dataset).date;
  return world && world.snapshot > own ? world.snapshot : own;
}

function licenceOf(table: TableSpec) {
  if (table.licence === 'curated') {
    return { licence: { name: curatedLicence.name, url: curatedLicence.url }, attribution: curatedLicence.holder, citation: curatedLicence.citation };
  }
  const a = EPOCH_ATTRIBUTION;
  const cited = a.datasets.find((d) => d.key === table.epochDataset);
  if (!cited) throw new Error(`data API › ${table.name}: no Epoch citation for ${String(table.epochDataset)}`);
  return {
    licence: a.licence,
    attribution: `${a.credit}, ${cited.title} (${cited.url}), downloaded ${a.snapshot}; imported by Compute Atlas`,
    citation: cited.citation,
  };
}

/**
 * Every file of one release's API under `data/api/<dir>/`: `dir` is the release id itself, or
 * `latest` for the alias (the same bytes, so a script can pin either). `world` null leaves out
 * Epoch AI's tables (a release cut with an Epoch snapshot this build no longer has): its curated
 * tables are still published, so `data/api/<release>/` never disappears.
 */
export function dataApiFiles(releaseId: string, dataset: Dataset, world: WorldData | null, dir: string = releaseId): ApiFile[] {
  const base = `${API_DIR}/${dir}`;
  const date = dataDate(dataset, world);
  const files: ApiFile[] = [];
  const tables = TABLES.filter((table) => world || table.licence !== 'epoch').map((table) => {
    const rows = table.rows(dataset, world);
    files.push({ path: `${base}/${table.name}.csv`, contents: tableCsv(table, rows) });
    files.push({ path: `${base}/${table.name}.json`, contents: JSON.stringify(rows) + '\n' });
    return { table, rows: rows.length };
  });
  const list = tables.map(({ table, rows }) => ({ name: table.name, title: table.title, rows, csv: `${table.name}.csv`, json: `${table.name}.json` }));
  const metadata = {
    title: 'Compute Atlas data',
    release: releaseId,
    datasetVersion: dataset.version,
    worldVersion: world?.version ?? null,
    generatedAt: date,
    ...(world ? {} : { epoch: "Epoch AI's tables are left out: this release was cut with an Epoch snapshot this build no longer has." }),
    citations: [
      `${curatedLicence.citation} Release ${releaseId}.`,
      ...(world ? EPOCH_ATTRIBUTION.datasets.map((d) => d.citation) : []),
    ],
    csv: {
      encoding: 'UTF-8',
      byteOrderMark: false,
      delimiter: ',',
      lineEnding: 'CRLF',
      headerRows: 1,
      listSeparator: LIST_SEPARATOR,
      empty: 'unknown (never 0)',
      formulaGuard: "a cell that a spreadsheet would run as a formula (starting with = + - @, also after spaces) starts with ' — remove it to get the original text",
    },
    tables: tables.map(({ table, rows }) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      rows,
      csv: `${table.name}.csv`,
      json: `${table.name}.json`,
      ...licenceOf(table),
      fields: columnsOf(table),
    })),
  };
  files.push({ path: `${base}/metadata.json`, contents: JSON.stringify(metadata, null, 2) + '\n' });
  files.push({ path: `${base}/index.json`, contents: JSON.stringify({ release: releaseId, generatedAt: date, metadata: 'metadata.json', tables: list }, null, 2) + '\n' });
  return files;
}

/** `data/api/index.json`: which releases the API has and which one `latest` copies. */
export function dataApiIndex(latest: string, releases: readonly string[]): ApiFile {
  return { path: `${API_DIR}/index.json`, contents: JSON.stringify({ latest, releases: [...releases] }, null, 2) + '\n' };
}
