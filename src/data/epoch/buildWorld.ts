/**
 * The whole import, pure: CSV texts + matches + the curated dataset → the published world data,
 * or every error (file, row, column). scripts/worldFiles.ts reads the files and hashes the result.
 */
import type { Dataset } from '../schema.ts';
import type { DataError } from '../validate.ts';
import { importWorld, type EpochCsv } from './importWorld.ts';
import { applyMatches } from './matches.ts';
import { WORLD_FORMAT, type WorldData } from './worldTypes.ts';

export type WorldResult = { ok: true; world: Omit<WorldData, 'version'> } | { ok: false; errors: DataError[] };

export function buildWorld(csv: EpochCsv, rawMatches: unknown, dataset: Dataset, snapshot: string): WorldResult {
  // Curated ids come first: a matched Epoch row is shown under its curated id, and an unmatched
  // one never takes an id the curated data (and so a published URL) already uses.
  const taken = new Set([...dataset.systems, ...dataset.models, ...dataset.money, ...dataset.hardware].map((r) => r.id));
  const imported = importWorld(csv, snapshot, taken);
  if (!imported.ok) return imported;
  const { matches, records, errors } = applyMatches(rawMatches, dataset, imported.records);
  if (errors.length) return { ok: false, errors };
  return { ok: true, world: { format: WORLD_FORMAT, snapshot, ...records, matches } };
}
