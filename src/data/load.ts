/**
 * Fetches the published dataset and checks its version and shape (src/data/datasetShape.ts; the
 * build has validated every record). No React here: the query layer
 * wraps it. Errors are typed so the page can say what went wrong (offline, server, bad file).
 */
import type { Dataset } from './schema.ts';
import { asDataset, datasetShapeProblem, versionOfUrl } from './datasetShape.ts';
import { fetchJson } from './fetchJson.ts';

// In its own module so the embed can load the world data without this file (oxlint.config.mjs).
import { DatasetLoadError } from './loadError.ts';
export { DatasetLoadError, type DatasetErrorKind } from './loadError.ts';

export function datasetUrl(base: string): string {
  return `${base.endsWith('/') ? base : base + '/'}data/atlas.json`;
}

export async function fetchDataset(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<Dataset> {
  const json = await fetchJson(url, fetchImpl, { signal, credentials: 'omit', what: 'data' });
  const problem = datasetShapeProblem(json, versionOfUrl(url));
  if (problem) throw new DatasetLoadError('malformed', 'The data file is not in the expected format.', [problem]);
  return asDataset(json);
}
