/**
 * The runtime check of the published dataset: its version and shape, nothing more. The build
 * validated every record with the schema (zod) before publishing the file, and the file is
 * immutable (`data/atlas.<version>.<digest>.json`), so the browser only needs to catch what can go wrong
 * in transit — a host's HTML error page, a cut-off file, a file of another build — and zod (a
 * quarter of the dashboard's first-visit JavaScript) stays out of the browser. Pure.
 */
import { FILE_KEYS } from './model.ts';
import type { Dataset } from './schema.ts';

/**
 * The version in `atlas.<version>.json` or `atlas.<version>.<digest>.json` (the build's name: the
 * digest of the whole published file, see scripts/pinnedDataFile.ts), if the URL has one.
 */
export function versionOfUrl(url: string): string | null {
  return /atlas\.([0-9a-f]{6,64})(?:\.[0-9a-f]{6,64})?\.json(?:$|[?#])/.exec(url)?.[1] ?? null;
}

/** What is wrong with the file's shape or version, or null when it is a dataset of that version. */
export function datasetShapeProblem(json: unknown, expectedVersion: string | null): string | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return 'The data file is not a JSON object.';
  const obj = json as Record<string, unknown>;
  if (typeof obj.version !== 'string') return 'The data file has no version.';
  if (expectedVersion && obj.version !== expectedVersion) return `The data file is version ${obj.version.slice(0, 12)}, not ${expectedVersion}.`;
  const missing = FILE_KEYS.filter((k) => !Array.isArray(obj[k]));
  if (missing.length) return `The data file lacks ${missing.join(', ')}.`;
  return null;
}

/** The file as a Dataset, trusted past its shape (see above). */
export const asDataset = (json: unknown): Dataset => json as Dataset;
