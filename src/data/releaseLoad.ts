/**
 * Fetches a dated release (`data/releases/<id>.json`) or the list of releases, only when a URL
 * names one (a pinned view) or the Sources tab lists them. The build validated both (after
 * migrating old releases to today's format); here only the shape is checked, as for atlas.json.
 * No React; TanStack Query wraps these (releaseQueries.ts).
 */
import { datasetShapeProblem, asDataset } from './datasetShape.ts';
import { fetchJson } from './fetchJson.ts';
import { DatasetLoadError } from './loadError.ts';
import { releaseFileName, RELEASE_INDEX_FILE, type PublishedRelease, type ReleaseIndex } from './release.ts';

const withSlash = (base: string) => (base.endsWith('/') ? base : base + '/');
export const releaseUrl = (base: string, id: string) => withSlash(base) + releaseFileName(id);
export const releaseIndexUrl = (base: string) => withSlash(base) + RELEASE_INDEX_FILE;

export async function fetchRelease(url: string, id: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<PublishedRelease> {
  const json = (await fetchJson(url, fetchImpl, { signal, credentials: 'same-origin', what: 'data' })) as Partial<PublishedRelease> | null;
  const problem = json?.id !== id ? `The file is not release ${id}.` : datasetShapeProblem(json.dataset, null);
  if (problem || !json || typeof json.changedSince !== 'object' || json.changedSince === null)
    throw new DatasetLoadError('malformed', 'The data file is not in the expected format.', [problem ?? 'changedSince is missing']);
  return { id, dataset: asDataset(json.dataset), changedSince: json.changedSince };
}

export async function fetchReleaseIndex(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<ReleaseIndex> {
  const json = (await fetchJson(url, fetchImpl, { signal, credentials: 'same-origin', what: 'data' })) as Partial<ReleaseIndex> | null;
  if (!json || !Array.isArray(json.releases)) throw new DatasetLoadError('malformed', 'The list of releases is not in the expected format.', [url]);
  return json as ReleaseIndex;
}
