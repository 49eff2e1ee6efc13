/**
 * Which release of the data a build shows, for the data API and the line inside every exported
 * image. Until dated releases land (`data/releases/<id>/`, issue 13), a build's release is its
 * dataset's content version: it changes exactly when a figure does. The release work replaces
 * this one function (and keeps its shape), so the API and the images follow without edits.
 */
import type { Dataset } from './schema.ts';

export interface ReleaseInfo {
  /** The id in URLs and file paths (`data/api/<id>/`). */
  id: string;
  /** The date the data speaks for: the newest source document (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
}

export function currentRelease(dataset: Pick<Dataset, 'version' | 'sources'>): ReleaseInfo {
  const date = dataset.sources.reduce((a, s) => (s.date > a ? s.date : a), '');
  return { id: dataset.version, date };
}
