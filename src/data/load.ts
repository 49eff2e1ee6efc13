/**
 * Fetches the published dataset and checks its version and shape (src/data/datasetShape.ts; the
 * build has validated every record). No React here: the query layer
 * wraps it. Errors are typed so the page can say what went wrong (offline, server, bad file).
 */
import type { Dataset } from './schema.ts';
import { asDataset, datasetShapeProblem, versionOfUrl } from './datasetShape.ts';

// In its own module so the embed can load the world data without this file (oxlint.config.mjs).
import { DatasetLoadError } from './loadError.ts';
export { DatasetLoadError, type DatasetErrorKind } from './loadError.ts';

export function datasetUrl(base: string): string {
  return `${base.endsWith('/') ? base : base + '/'}data/atlas.json`;
}

export async function fetchDataset(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<Dataset> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal, credentials: 'omit' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DatasetLoadError('network', 'The data could not be downloaded.', [String((e as Error).message ?? e)]);
  }
  if (!res.ok) throw new DatasetLoadError('http', `The data server answered ${res.status}.`, [url]);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new DatasetLoadError('malformed', 'The data file is not valid JSON.', [url]);
  }
  const problem = datasetShapeProblem(json, versionOfUrl(url));
  if (problem) throw new DatasetLoadError('malformed', 'The data file is not in the expected format.', [problem]);
  return asDataset(json);
}
