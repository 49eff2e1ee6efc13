/**
 * Fetches the published world data (Epoch AI's clusters, models and chips) with a cheap check of
 * its shape and format: the build already validated every row, so the browser only makes sure
 * it got the file it expects, without zod.
 */
import { fetchJson } from './fetchJson.ts';
import { DatasetLoadError } from './loadError.ts';
import { WORLD_FORMAT, type WorldData } from './epoch/worldTypes.ts';

export const WORLD_PATH = 'data/world.json';
export const pinnedWorldPath = (version: string) => `data/world.${version}.json`;

export function worldUrl(base: string): string {
  return `${base.endsWith('/') ? base : base + '/'}${WORLD_PATH}`;
}

const hasIdAndName = (x: unknown) =>
  !!x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' && typeof (x as { name?: unknown }).name === 'string';

/** The problems with a parsed world file, or none. */
export function worldShapeProblems(json: unknown): string[] {
  if (!json || typeof json !== 'object') return ['not an object'];
  const w = json as Record<string, unknown>;
  const problems: string[] = [];
  if (w.format !== WORLD_FORMAT) problems.push(`format ${String(w.format)}, expected ${WORLD_FORMAT}`);
  if (typeof w.version !== 'string') problems.push('no version');
  if (typeof w.snapshot !== 'string') problems.push('no snapshot date');
  for (const key of ['clusters', 'models', 'chips'] as const) {
    const list = w[key];
    if (!Array.isArray(list)) problems.push(`"${key}" is not a list`);
    else if (!list.every(hasIdAndName)) problems.push(`"${key}" has a record without id or name`);
  }
  if (!Array.isArray(w.matches)) problems.push('"matches" is not a list');
  return problems;
}

export async function fetchWorld(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<WorldData> {
  const json = await fetchJson(url, fetchImpl, { signal, credentials: 'omit', what: 'world data' });
  const problems = worldShapeProblems(json);
  if (problems.length) throw new DatasetLoadError('malformed', 'The world data file is not what this page expects.', problems);
  return json as WorldData;
}
