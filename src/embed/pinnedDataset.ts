/**
 * The dataset as embeds and the dashboard load it: the build writes `data/atlas.<version>.<digest>.json`
 * (already validated by the schema when `vite build` ran, and immutable, so caches may keep it
 * forever) and names it in a `<meta name="atlas-data">` of every page it writes. The browser
 * checks only its version and shape (src/data/datasetShape.ts) and shows a retry when they are wrong.
 */
import type { Dataset } from '../data/schema.ts';
import { asDataset, datasetShapeProblem, versionOfUrl } from '../data/datasetShape.ts';

export const DATA_META = 'atlas-data';

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

export function checkPinnedDataset(json: unknown, expectedVersion: string | null): Dataset {
  const problem = datasetShapeProblem(json, expectedVersion);
  if (problem) throw new PinnedDataError(problem);
  return asDataset(json);
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
