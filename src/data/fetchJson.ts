/**
 * One GET of a published JSON file with the errors the page explains (offline, server, bad file):
 * the dataset, the world data and the releases share it. No React; the caller checks the shape.
 */
import { DatasetLoadError } from './loadError.ts';

export interface FetchJsonOptions {
  readonly signal?: AbortSignal | undefined;
  /** `omit` for the data files; `same-origin` where a `<link rel="preload" crossorigin>` must be reused. */
  readonly credentials: RequestCredentials;
  /** What the file is, in the error messages: "data", "world data". */
  readonly what: string;
}

export async function fetchJson(url: string, fetchImpl: typeof fetch, { signal, credentials, what }: FetchJsonOptions): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal, credentials });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DatasetLoadError('network', `The ${what} could not be downloaded.`, [String((e as Error).message ?? e)]);
  }
  if (!res.ok) throw new DatasetLoadError('http', `The data server answered ${res.status}.`, [url]);
  try {
    return await res.json();
  } catch {
    throw new DatasetLoadError('malformed', `The ${what} file is not valid JSON.`, [url]);
  }
}
