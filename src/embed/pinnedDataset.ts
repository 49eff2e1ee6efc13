/**
 * The dataset as embeds load it: the build writes `data/atlas.<version>.json` (already validated
 * by the schema when `vite build` ran, and immutable, so caches may keep it forever) and names it
 * in a `<meta name="atlas-data">` of every page it writes. Embeds trust that file instead of
 * re-validating it with the schema in the browser: zod alone would be a third of the embed's
 * JavaScript budget. What can still go wrong in transit (a host's HTML error page, a cut-off
 * file, a file of another build) is caught by the checks below and shown with a retry.
 */
import type { Dataset, FileKey } from '../data/schema.ts';

export const DATA_META = 'atlas-data';

/** The schema's FILE_KEYS, typed from it but not imported (importing the schema brings zod). */
export const DATASET_KEYS = [
  'sources', 'hardware', 'systems', 'models', 'money', 'rates', 'events', 'prices', 'comparisons',
] as const satisfies readonly FileKey[];

export class PinnedDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PinnedDataError';
  }
}

/** The file the page was built with, else the unversioned one (dev server, or an old page). */
export function pinnedDataUrl(doc: Pick<Document, 'querySelector'>, base: string): string {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${DATA_META}"]`);
  return meta?.content || `${base.endsWith('/') ? base : base + '/'}data/atlas.json`;
}

/** The version in `atlas.<version>.json`, if the URL has one. */
export function versionOfUrl(url: string): string | null {
  return /atlas\.([0-9a-f]{6,64})\.json(?:$|[?#])/.exec(url)?.[1] ?? null;
}

export function checkPinnedDataset(json: unknown, expectedVersion: string | null): Dataset {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new PinnedDataError('The data file is not a JSON object.');
  const obj = json as Record<string, unknown>;
  if (typeof obj.version !== 'string') throw new PinnedDataError('The data file has no version.');
  if (expectedVersion && obj.version !== expectedVersion)
    throw new PinnedDataError(`The data file is version ${obj.version.slice(0, 12)}, not ${expectedVersion}.`);
  const missing = DATASET_KEYS.filter((k) => !Array.isArray(obj[k]));
  if (missing.length) throw new PinnedDataError(`The data file lacks ${missing.join(', ')}.`);
  return obj as unknown as Dataset;
}

/**
 * `credentials: 'same-origin'` matches the `<link rel="preload" as="fetch" crossorigin>` the build
 * adds, so the browser reuses the preloaded response; inside a sandboxed (opaque-origin) iframe
 * it sends no cookies, and we set none anyway.
 */
export async function loadPinnedDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  let res: Response;
  try {
    res = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new PinnedDataError(`The data could not be downloaded (${(e as Error).message}).`);
  }
  if (!res.ok) throw new PinnedDataError(`The data server answered ${res.status}.`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new PinnedDataError('The data file is not valid JSON.');
  }
  return checkPinnedDataset(json, versionOfUrl(url));
}
