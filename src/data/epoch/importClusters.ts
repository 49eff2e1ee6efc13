/** `gpu_clusters.csv` rows → `WorldCluster` records (ids, `duplicateOf` and matches are added by importWorld). */
import type { DataError } from '../validate.ts';
import { cellReader, type Row } from './cells.ts';
import {
  calculatedConfidence,
  EPOCH_CERTAINTIES,
  EPOCH_SECTORS,
  EPOCH_STATUSES,
  regionOf,
  sectorOf,
  statedConfidence,
  statusOf,
} from './classify.ts';
import { NAME_MAX, PLACE_MAX, displayName } from './textLimits.ts';
import type { WorldCluster } from './worldTypes.ts';

export const CLUSTER_COLUMNS = [
  'Name', 'Status', 'Certainty', 'Single cluster?', 'H100 equivalents', 'Chip type (primary)', 'Chip quantity (primary)',
  'Chip type (secondary)', 'Chip quantity (secondary)', 'Total number of AI chips', 'GPU Supplier (primary)', 'Country',
  'Location', 'Owner', 'Sector', 'First Operational Date', 'Decommissioned Date (if applicable)',
  'Calculated Power Capacity (MW)', 'Reported Power Capacity (MW)', 'Calculated Cost', 'Reported Cost', '16-bit OP/s',
  '8-bit OP/s', 'Possible Duplicate', 'Possible Duplicate Of', 'Include in Standard Analysis',
  'Source 1', 'Source 2', 'Source 3', 'Source 4', 'Source 5',
] as const;

/** A cluster before ids are known: `duplicateOfNames` still holds Epoch's names. */
export type ClusterDraft = Omit<WorldCluster, 'id' | 'duplicateOf'> & { duplicateOfNames: string[] };

export function readCluster(file: string, rowNumber: number, row: Row, snapshot: string, errors: DataError[]): ClusterDraft | undefined {
  const before = errors.length;
  const label = (row['Name'] ?? '').slice(0, 60);
  const c = cellReader(file, rowNumber, label, row, errors);
  const name = displayName(c.text('Name', NAME_MAX, true));
  const statusWord = c.word('Status', EPOCH_STATUSES, true);
  // The fallbacks below are never published: a missing word is an error and the row is dropped.
  const certainty = c.word('Certainty', EPOCH_CERTAINTIES, true) ?? 'Unlikely';
  const firstOperational = c.date('First Operational Date');
  const asOf = firstOperational ?? snapshot;
  const stated = statedConfidence(certainty);
  const calculated = calculatedConfidence(certainty);
  const place = c.country('Country', PLACE_MAX);
  const country = place?.name;
  const reportedPower = c.fig('Reported Power Capacity (MW)', 'MW', asOf, stated);
  const single = c.word('Single cluster?', ['Yes', 'No', 'Unclear'] as const);

  const draft: ClusterDraft = {
    name: name ?? '',
    status: statusOf(statusWord ?? 'Existing'),
    epochCertainty: certainty,
    singleCluster: single && (single.toLowerCase() as 'yes' | 'no' | 'unclear'),
    country,
    ...(place ? { countryCode: place.code } : {}),
    region: regionOf(country),
    sector: sectorOf(c.word('Sector', EPOCH_SECTORS)),
    owner: c.text('Owner', PLACE_MAX),
    location: c.text('Location', PLACE_MAX),
    chipVendor: c.text('GPU Supplier (primary)', NAME_MAX) ?? 'Unknown',
    chip: c.text('Chip type (primary)', NAME_MAX),
    chipSecondary: c.text('Chip type (secondary)', NAME_MAX),
    firstOperational,
    decommissioned: c.date('Decommissioned Date (if applicable)'),
    h100e: c.fig('H100 equivalents', 'H100e', asOf, calculated),
    chipCount: c.fig('Total number of AI chips', 'accelerators', asOf, stated),
    chipCountPrimary: c.fig('Chip quantity (primary)', 'accelerators', asOf, stated),
    chipCountSecondary: c.fig('Chip quantity (secondary)', 'accelerators', asOf, stated),
    powerMw: reportedPower ?? c.fig('Calculated Power Capacity (MW)', 'MW', asOf, calculated),
    hardwareCostUsd: c.fig('Calculated Cost', 'USD', asOf, calculated),
    reportedCostUsd: c.fig('Reported Cost', 'USD', asOf, stated),
    peak16BitOps: c.fig('16-bit OP/s', 'OP/s', asOf, calculated),
    peak8BitOps: c.fig('8-bit OP/s', 'OP/s', asOf, calculated),
    isPossibleDuplicate: c.flag('Possible Duplicate'),
    duplicateOfNames: c.list('Possible Duplicate Of', NAME_MAX),
    isStandardAnalysis: c.flag('Include in Standard Analysis'),
    source: {
      dataset: 'gpu-clusters',
      row: rowNumber,
      epochName: name ?? '',
      sourceUrls: c.urls(['Source 1', 'Source 2', 'Source 3', 'Source 4', 'Source 5']),
    },
  };
  if (draft.status === 'planned' && draft.decommissioned)
    errors.push({ file, record: `row ${rowNumber} (${label})`, field: 'Decommissioned Date (if applicable)', message: 'a planned cluster cannot have a decommissioned date' });
  if (draft.status === 'existing' && draft.decommissioned)
    errors.push({ file, record: `row ${rowNumber} (${label})`, field: 'Decommissioned Date (if applicable)', message: 'an existing cluster cannot have a decommissioned date' });
  return errors.length === before ? draft : undefined;
}
