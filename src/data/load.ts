/**
 * Fetches the published dataset and validates it at the edge. No React here: the query layer
 * wraps it. Errors are typed so the page can say what went wrong (offline, server, bad file).
 */
import type { Dataset } from './schema.ts';

export type DatasetErrorKind = 'network' | 'http' | 'malformed';

export class DatasetLoadError extends Error {
  readonly kind: DatasetErrorKind;
  readonly details: string[];
  constructor(kind: DatasetErrorKind, message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.details = details;
  }
}

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
  // The validator (zod) is loaded only now, in parallel with nothing on the critical path of the
  // first paint: the page is prerendered, and this keeps ~25 KB gzipped out of first-load JS.
  const { parsePublishedDataset } = await import('./parsePublished.ts');
  return parsePublishedDataset(json);
}
