/**
 * Node-side access to `data/releases/`: cutting a release (scripts/release.ts) and reading every
 * release back for the build. A release is a folder named by its day:
 *   data/releases/<id>/dataset.json   the whole curated dataset, validated and normalised (what
 *                                     `loadValidDataset` gives: the browser's `data/atlas.json`)
 *   data/releases/<id>/manifest.json  format, dataset version, previous release, Epoch snapshot
 *   data/releases/<id>/changes.json   figures added / changed (old → new) / removed since the previous
 *   data/releases/checksums.json      a digest of every release's files, written when it is cut
 * Release folders are immutable (checked against checksums.json on every read): old formats are
 * read forward by src/data/releaseMigrations.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KEYS } from '../src/data/model.ts';
import type { Dataset } from '../src/data/schema.ts';
import { formatDataError, parseDataset, type RawFiles } from '../src/data/validate.ts';
import { collectFigures } from '../src/data/figures.ts';
import { DATA_LANG } from '../src/data/labels.ts';
import { changedSinceOf, diffDatasets } from '../src/data/releaseDiff.ts';
import { migrateRelease } from '../src/data/releaseMigrations.ts';
import {
  isReleaseId,
  RELEASE_FORMAT,
  type ChangedSince,
  type ReleaseChanges,
  type ReleaseIndex,
  type ReleaseManifest,
} from '../src/data/release.ts';
import { loadDatasetFromDir, loadValidDataset } from './datasetFiles.ts';

export const releasesDirOf = (dataDir: string) => join(dataDir, 'releases');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
/** Stable, reviewable files: two-space JSON with a final newline. */
const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2) + '\n');

/**
 * `data/releases/checksums.json`: per release, a SHA-256 of each of its files, written when it is
 * cut. A release is never edited (old formats are read forward in code), and this makes an edit
 * fail the build instead of silently changing what pinned links show. The digest is of the JSON
 * re-serialised, so whitespace and line endings (a checkout's autocrlf) don't count; any value does.
 */
export const CHECKSUMS_FILE = 'checksums.json';
const RELEASE_FILES = ['dataset.json', 'manifest.json', 'changes.json'] as const;
type Checksums = Record<string, Record<string, string>>;

const jsonDigest = (path: string) => createHash('sha256').update(JSON.stringify(readJson(path))).digest('hex');
const releaseDigests = (dir: string) => Object.fromEntries(RELEASE_FILES.map((f) => [f, jsonDigest(join(dir, f))]));
const readChecksums = (releasesDir: string): Checksums =>
  existsSync(join(releasesDir, CHECKSUMS_FILE)) ? (readJson(join(releasesDir, CHECKSUMS_FILE)) as Checksums) : {};

/** Throws, naming the file, when release `id` differs from what was recorded when it was cut. */
export function checkReleaseUnedited(releasesDir: string, id: string): void {
  const recorded = readChecksums(releasesDir)[id];
  if (!recorded) throw new Error(`Release ${id} is not in data/releases/${CHECKSUMS_FILE}: releases are written by \`npm run release\`, never by hand.`);
  const now = releaseDigests(join(releasesDir, id));
  const edited = RELEASE_FILES.filter((f) => now[f] !== recorded[f]);
  if (edited.length) {
    throw new Error(
      `Release ${id} was edited after it was cut: ${edited.map((f) => `data/releases/${id}/${f}`).join(', ')} differ from data/releases/${CHECKSUMS_FILE}. ` +
        'Releases are never edited: restore the files (git checkout) and read old formats forward in src/data/releaseMigrations.ts.',
    );
  }
}

/** Release ids present in the folder, oldest first (ids are dates, so text order is date order). */
export function listReleases(releasesDir: string): string[] {
  if (!existsSync(releasesDir)) return [];
  return readdirSync(releasesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isReleaseId(e.name))
    .map((e) => e.name)
    .sort();
}

export function readManifest(releasesDir: string, id: string): ReleaseManifest {
  return readJson(join(releasesDir, id, 'manifest.json')) as ReleaseManifest;
}

/**
 * A release's dataset in today's format, validated by today's schema; errors name the release,
 * file, record and field.
 */
export function loadRelease(releasesDir: string, id: string): Dataset {
  checkReleaseUnedited(releasesDir, id);
  const manifest = readManifest(releasesDir, id);
  const stored = readJson(join(releasesDir, id, 'dataset.json')) as Record<string, unknown>;
  const migrated = migrateRelease(manifest.format, stored);
  const raw: RawFiles = Object.fromEntries(FILE_KEYS.map((k) => [k, { [k]: migrated[k] }]));
  const result = parseDataset(raw, String(migrated.version ?? manifest.datasetVersion));
  if (!result.ok) {
    const lines = result.errors.map((e) => `data/releases/${id} › ${formatDataError(e)}`);
    throw new Error(`Release ${id} does not validate after migration:\n  ${lines.join('\n  ')}`);
  }
  return result.dataset;
}

/** Which Epoch AI snapshot the data folder holds: its date and a hash of its files. */
export function epochFingerprint(dataDir: string): ReleaseManifest['epoch'] {
  const dir = join(dataDir, 'epoch');
  const attribution = join(dir, 'attribution.json');
  if (!existsSync(attribution)) return null;
  const files = readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f)).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\u0000`).update(readFileSync(join(dir, f)));
  return { snapshot: String((readJson(attribution) as { snapshot?: unknown }).snapshot ?? ''), sha256: hash.digest('hex') };
}

export interface CutResult {
  readonly manifest: ReleaseManifest;
  readonly changes: ReleaseChanges;
}

/**
 * Writes release `id` from the data folder. Refuses (throws, writing nothing) when the data does
 * not validate, the id is not a date, the release exists, it is not after the newest one, an
 * existing release was edited, or nothing changed since the newest one.
 */
export function cutRelease(dataDir: string, id: string): CutResult {
  if (!isReleaseId(id)) throw new Error(`"${id}" is not a release id: use the day, YYYY-MM-DD.`);
  const releasesDir = releasesDirOf(dataDir);
  const existing = listReleases(releasesDir);
  if (existing.includes(id) || existsSync(join(releasesDir, id))) throw new Error(`Release ${id} exists already; releases are never rewritten.`);
  const newest = existing.at(-1) ?? null;
  if (newest && newest > id) throw new Error(`Release ${id} would come before the newest release, ${newest}.`);
  for (const r of existing) checkReleaseUnedited(releasesDir, r);
  const loaded = loadDatasetFromDir(dataDir);
  if (!loaded.ok) throw new Error(`The data does not validate; no release written:\n  ${loaded.messages.join('\n  ')}`);
  const dataset = loaded.dataset;
  const epoch = epochFingerprint(dataDir);
  if (newest) {
    const last = readManifest(releasesDir, newest);
    // A second name for the same figures would only make readers compare two equal releases.
    if (last.datasetVersion === dataset.version && JSON.stringify(last.epoch) === JSON.stringify(epoch))
      throw new Error(`The data is release ${newest}'s, figure for figure (and the same Epoch AI snapshot): nothing to release.`);
  }
  const previous = newest ? loadRelease(releasesDir, newest) : null;
  const changes: ReleaseChanges = { from: newest, to: id, entities: previous ? diffDatasets(previous, dataset) : [] };
  const manifest: ReleaseManifest = {
    id,
    format: RELEASE_FORMAT,
    datasetVersion: dataset.version,
    previous: newest,
    figureCount: collectFigures(dataset, DATA_LANG).length,
    epoch,
  };
  // Written beside, then renamed: a failed write leaves no half release behind.
  mkdirSync(releasesDir, { recursive: true });
  const temp = join(releasesDir, `.${id}.partial`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  writeJson(join(temp, 'dataset.json'), dataset);
  writeJson(join(temp, 'manifest.json'), manifest);
  writeJson(join(temp, 'changes.json'), changes);
  // Recorded before the rename: a crash in between leaves a sum without a folder, which is inert.
  writeJson(join(releasesDir, CHECKSUMS_FILE), { ...readChecksums(releasesDir), [id]: releaseDigests(temp) });
  renameSync(temp, join(releasesDir, id));
  return { manifest, changes };
}

/** Everything the build publishes about releases, from one read of the folder. */
export interface PublishedReleases {
  readonly index: ReleaseIndex;
  /** Per release: its dataset (tagged with its id) and what changed in the current data since. */
  readonly files: readonly { readonly id: string; readonly dataset: Dataset; readonly changedSince: ChangedSince }[];
}

export function publishedReleases(dataDir: string, current: Dataset): PublishedReleases {
  const releasesDir = releasesDirOf(dataDir);
  const ids = listReleases(releasesDir);
  const datasets = ids.map((id) => loadRelease(releasesDir, id));
  const summaries = ids.map((id, i) => ({
    id,
    figureCount: readManifest(releasesDir, id).figureCount,
    changes: { from: ids[i - 1] ?? null, to: id, entities: i === 0 ? [] : diffDatasets(datasets[i - 1]!, datasets[i]!) },
  }));
  return {
    index: { current: currentReleaseId(releasesDir, current), releases: summaries.reverse() },
    files: ids.map((id, i) => ({ id, dataset: { ...datasets[i]!, release: id }, changedSince: changedSinceOf(diffDatasets(datasets[i]!, current)) })),
  };
}

/** The newest release, if the data folder still holds exactly its figures. */
export function currentReleaseId(releasesDir: string, current: Dataset): string | null {
  const newest = listReleases(releasesDir).at(-1);
  return newest && readManifest(releasesDir, newest).datasetVersion === current.version ? newest : null;
}

/** The dataset as the site publishes it: validated, and tagged with the release it is, if any. */
export function loadPublishedDataset(dataDir: string): Dataset {
  const dataset = loadValidDataset(dataDir);
  const releasesDir = releasesDirOf(dataDir);
  const release = currentReleaseId(releasesDir, dataset);
  return { ...dataset, ...(release ? { release } : {}), releases: listReleases(releasesDir) };
}
