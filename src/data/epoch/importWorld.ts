/**
 * Epoch's three CSV files → typed world records with stable ids, or the list of every bad row
 * (file, row, column). Pure: the caller reads the files (scripts/worldFiles.ts) and adds matches.
 */
import { csvParse } from 'd3-dsv';
import type { DataError } from '../validate.ts';
import type { Row } from './cells.ts';
import { assignIds } from './ids.ts';
import { displayName } from './textLimits.ts';
import { CHIP_COLUMNS, readChip, type ChipDraft } from './importChips.ts';
import { CLUSTER_COLUMNS, readCluster, type ClusterDraft } from './importClusters.ts';
import { MODEL_COLUMNS, readModel, type ModelDraft } from './importModels.ts';
import type { WorldChip, WorldCluster, WorldModel } from './worldTypes.ts';

export const EPOCH_FILES = {
  clusters: 'data/epoch/gpu_clusters.csv',
  models: 'data/epoch/notable_ai_models.csv',
  chips: 'data/epoch/ml_hardware.csv',
} as const;

export interface EpochCsv {
  clusters: string;
  models: string;
  chips: string;
}

export interface WorldRecords {
  clusters: WorldCluster[];
  models: WorldModel[];
  chips: WorldChip[];
}

export type ImportResult = { ok: true; records: WorldRecords } | { ok: false; errors: DataError[] };

function readRows<T>(
  file: string,
  text: string,
  columns: readonly string[],
  read: (rowNumber: number, row: Row) => T | undefined,
  errors: DataError[],
): { drafts: T[]; rows: Row[] } {
  const parsed = csvParse(text);
  const missing = columns.filter((c) => !parsed.columns.includes(c));
  if (missing.length) {
    errors.push({ file, record: '', field: '', message: `missing column(s): ${missing.join(', ')}` });
    return { drafts: [], rows: [] };
  }
  const drafts: T[] = [];
  const rows: Row[] = [];
  parsed.forEach((row, i) => {
    const draft = read(i + 1, row);
    if (draft) {
      drafts.push(draft);
      rows.push(row);
    }
  });
  return { drafts, rows };
}

// Canonical content of a row (every column, in the file's order): breaks id ties independently of row order.
const contentKey = (row: Row) => JSON.stringify(Object.values(row));

/**
 * `taken`: ids already in use (the curated data's), which an Epoch id must not reuse.
 * `snapshot`: the download date, used as the as-of date of figures whose row has no date.
 */
export function importWorld(csv: EpochCsv, snapshot: string, taken: ReadonlySet<string>): ImportResult {
  const errors: DataError[] = [];
  const chips = readRows(EPOCH_FILES.chips, csv.chips, CHIP_COLUMNS, (n, r) => readChip(EPOCH_FILES.chips, n, r, snapshot, errors), errors);
  const clusters = readRows(EPOCH_FILES.clusters, csv.clusters, CLUSTER_COLUMNS, (n, r) => readCluster(EPOCH_FILES.clusters, n, r, snapshot, errors), errors);
  const models = readRows(EPOCH_FILES.models, csv.models, MODEL_COLUMNS, (n, r) => readModel(EPOCH_FILES.models, n, r, errors), errors);
  if (errors.length) return { ok: false, errors };

  // One id namespace across the three datasets and the curated data, so a pinned id is never ambiguous.
  const used = new Set(taken);
  const withIds = <D extends { name: string }>(part: { drafts: D[]; rows: Row[] }, date: (d: D) => string | undefined, suffix: string) => {
    const ids = assignIds(
      part.drafts.map((d, i) => ({ name: d.name, date: date(d) ?? '', content: contentKey(part.rows[i]!) })),
      used,
      suffix,
    );
    for (const id of ids) used.add(id);
    return part.drafts.map((d, i) => ({ ...d, id: ids[i]! }));
  };
  const chipRecords: WorldChip[] = withIds<ChipDraft>(chips, (d) => d.releaseDate, 'chip');
  // Clusters and models name their chips as the hardware list does; the id lets a view use the chip's figures.
  const chipIdOf = new Map(chipRecords.map((c) => [c.name, c.id]));
  const clusterDrafts = withIds<ClusterDraft>(clusters, (d) => d.firstOperational, 'cluster').map((d) => {
    const chipId = d.chip && chipIdOf.get(d.chip);
    const chipSecondaryId = d.chipSecondary && chipIdOf.get(d.chipSecondary);
    return { ...d, ...(chipId ? { chipId } : {}), ...(chipSecondaryId ? { chipSecondaryId } : {}) };
  });
  const modelRecords: WorldModel[] = withIds<ModelDraft>(models, (d) => d.publicationDate, 'model').map((d) => ({
    ...d,
    trainingChipIds: d.trainingHardware.flatMap((name) => chipIdOf.get(name) ?? []),
  }));

  const clusterRecords = resolveDuplicates(clusterDrafts, errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, records: { clusters: clusterRecords, models: modelRecords, chips: chipRecords } };
}

/**
 * `Possible Duplicate Of` names other rows, comma-separated, but names can contain commas
 * ("OpenAI/Microsoft Mt Pleasant, Wisconsin Phase 2"): parts are joined back until they name a row.
 * A name shared by several rows ("Anonymized Chinese System") cannot say which one, and fails.
 */
function resolveDuplicates(drafts: (ClusterDraft & { id: string })[], errors: DataError[]): WorldCluster[] {
  const byName = new Map<string, string[]>();
  for (const d of drafts) byName.set(d.name, [...(byName.get(d.name) ?? []), d.id]);
  return drafts.map(({ duplicateOfNames, ...d }) => {
    const duplicateOf: string[] = [];
    let pending = '';
    for (const part of duplicateOfNames) {
      const joined = pending ? `${pending}, ${part}` : part;
      const name = displayName(joined)!;
      const ids = byName.get(name);
      if (!ids) {
        pending = joined;
        continue;
      }
      pending = '';
      if (ids.length > 1)
        errors.push({ file: EPOCH_FILES.clusters, record: `row ${d.source.row} (${d.name})`, field: 'Possible Duplicate Of', message: `"${name}" names ${ids.length} rows` });
      else if (ids[0] !== d.id) duplicateOf.push(ids[0]!);
    }
    // Epoch names a few rows that are not in the published file (e.g. "Alibaba MLPerf 0.7
    // Submission"); the name is kept so a view can say so. Totals exclude every flagged row anyway.
    return pending ? { ...d, duplicateOf, duplicateOfUnlisted: pending.split(', ') } : { ...d, duplicateOf };
  });
}
