/**
 * Fetches the published dataset and validates it at the edge. No React here: the query layer
 * wraps it. Errors are typed so the page can say what went wrong (offline, server, bad file).
 */
import { FILE_KEYS, type Dataset } from './schema.ts';
import { formatDataError, parseDataset, type RawFiles } from './validate.ts';

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

export function parsePublishedDataset(json: unknown): Dataset {
  if (!json || typeof json !== 'object') throw new DatasetLoadError('malformed', 'The data file is not a JSON object.');
  const obj = json as Record<string, unknown>;
  const raw: RawFiles = Object.fromEntries(FILE_KEYS.map((k) => [k, obj[k] === undefined ? undefined : { [k]: obj[k] }]));
  const version = typeof obj.version === 'string' ? obj.version : 'unknown';
  const result = parseDataset(raw, version);
  if (!result.ok)
    throw new DatasetLoadError('malformed', 'The data file does not match the schema.', result.errors.slice(0, 5).map(formatDataError));
  return result.dataset;
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
  return parsePublishedDataset(json);
}
