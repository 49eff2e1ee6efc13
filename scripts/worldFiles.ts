/**
 * Node-side access to `data/epoch/`: reads Epoch's CSVs and the curated matches, imports and
 * validates them against the curated dataset, and versions the result by content hash. Shared by
 * the Vite plugin (build and dev server) and the tests, so a bad row fails both the same way.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/data/schema.ts';
import { formatDataError } from '../src/data/validate.ts';
import { buildWorld } from '../src/data/epoch/buildWorld.ts';
import type { WorldData } from '../src/data/epoch/worldTypes.ts';
import type { EpochAttribution } from '../src/data/epoch/attribution.ts';

export function readEpochFiles(dataDir: string) {
  const dir = join(dataDir, 'epoch');
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    csv: { clusters: read('gpu_clusters.csv'), models: read('notable_ai_models.csv'), chips: read('ml_hardware.csv') },
    matches: JSON.parse(read('matches.json')) as unknown,
    attribution: JSON.parse(read('attribution.json')) as EpochAttribution,
  };
}

/**
 * One import per content: the world plugin, the data API (once per release) and the prerender all
 * ask for the same world during one build, and importing 1,900 rows is the slow part. Keyed by the
 * curated dataset's content version and Epoch's file contents, so an edit in dev gives a new one.
 */
const cache = new Map<string, WorldData>();

/** The validated world data, or an error listing every bad row. */
export function loadValidWorld(dataDir: string, dataset: Dataset): WorldData {
  const files = readEpochFiles(dataDir);
  const key = createHash('sha256').update(dataset.version).update(JSON.stringify(files)).digest('hex');
  const cached = cache.get(key);
  if (cached) return cached;
  const r = buildWorld(files.csv, files.matches, dataset, files.attribution.snapshot);
  if (!r.ok) throw new Error(`Invalid Epoch data:\n  ${r.errors.map(formatDataError).join('\n  ')}`);
  const version = createHash('sha256').update(JSON.stringify(r.world)).digest('hex').slice(0, 12);
  const world = { ...r.world, version };
  if (cache.size > 8) cache.clear();
  cache.set(key, world);
  return world;
}
