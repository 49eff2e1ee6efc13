import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadValidDataset } from './datasetFiles.ts';
import { CHECKSUMS_FILE, cutRelease, listReleases, loadPublishedDataset, loadRelease, publishedReleases, releasesDirOf } from './releaseFiles.ts';
import { RELEASE_FORMAT, type ReleaseChanges, type ReleaseManifest } from '../src/data/release.ts';
import { labelIn } from '../src/data/labels.ts';

const root = resolve(import.meta.dirname, '..');
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of data/ without its releases, to cut releases into. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-release-'));
  temps.push(dir);
  cpSync(join(root, 'data'), dir, { recursive: true, filter: (src) => !src.includes(`${join(root, 'data', 'releases')}`) });
  return dir;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

function editSystem(dataDir: string, id: string, edit: (s: Record<string, any>) => void) {
  const path = join(dataDir, 'systems.json');
  const file = readJson(path);
  edit(file.systems.find((s: { id: string }) => s.id === id));
  writeFileSync(path, JSON.stringify(file, null, 2));
}

describe('cutRelease', () => {
  it('writes the validated dataset, its manifest and an empty first changelog', () => {
    const dir = dataCopy();
    const { manifest } = cutRelease(dir, '2026-11-30');
    const folder = join(releasesDirOf(dir), '2026-11-30');
    expect(readdirSync(folder).sort()).toEqual(['changes.json', 'dataset.json', 'manifest.json']);
    expect(readJson(join(folder, 'dataset.json'))).toEqual(JSON.parse(JSON.stringify(loadValidDataset(dir))));
    expect(readJson(join(folder, 'manifest.json'))).toEqual(manifest);
    expect(manifest).toMatchObject({ id: '2026-11-30', format: RELEASE_FORMAT, previous: null, epoch: { snapshot: '2025-12-17' } });
    expect(manifest.figureCount).toBeGreaterThan(200);
    expect(readJson(join(folder, 'changes.json'))).toEqual({ from: null, to: '2026-11-30', entities: [] });
  });

  it('refuses a bad id, an existing release, an earlier day, and data that does not validate', () => {
    const dir = dataCopy();
    expect(() => cutRelease(dir, '2026-13-01')).toThrow(/not a release id/);
    cutRelease(dir, '2026-11-30');
    const before = readFileSync(join(releasesDirOf(dir), '2026-11-30', 'dataset.json'), 'utf8');
    expect(() => cutRelease(dir, '2026-11-30')).toThrow(/exists already/);
    expect(() => cutRelease(dir, '2026-11-01')).toThrow(/before the newest release, 2026-11-30/);
    expect(() => cutRelease(dir, '2026-12-01')).toThrow(/release 2026-11-30's, figure for figure .*nothing to release/);
    editSystem(dir, 'marenostrum-5-acc', (s) => (s.acceleratorCount.unit = 'gpus'));
    expect(() => cutRelease(dir, '2026-12-01')).toThrow(/data\/systems\.json › systems\[\d+\] \(marenostrum-5-acc\) › acceleratorCount\.unit/);
    expect(listReleases(releasesDirOf(dir))).toEqual(['2026-11-30']);
    expect(existsSync(join(releasesDirOf(dir), '.2026-12-01.partial'))).toBe(false);
    expect(readFileSync(join(releasesDirOf(dir), '2026-11-30', 'dataset.json'), 'utf8')).toBe(before);
  });

  it('diffs a second release against the first: the changed figure with both values and sources', () => {
    const dir = dataCopy();
    cutRelease(dir, '2026-11-30');
    editSystem(dir, 'marenostrum-5-acc', (s) => {
      s.acceleratorCount.value = 4_500;
      s.acceleratorCount.source = 'top500-2024-11';
    });
    const { manifest, changes } = cutRelease(dir, '2026-12-01');
    expect(manifest.previous).toBe('2026-11-30');
    expect(readJson(join(releasesDirOf(dir), '2026-12-01', 'changes.json'))).toEqual(JSON.parse(JSON.stringify(changes)));
    expect(changes.entities).toHaveLength(1);
    expect(changes.entities[0]).toMatchObject({
      id: 'marenostrum-5-acc',
      changes: [{ kind: 'changed', field: 'acceleratorCount', old: { value: 4_480, source: 'bsc-mn5-page' }, new: { value: 4_500, source: 'top500-2024-11' } }],
    });
  });

  it('records each release in checksums.json; a release edited afterwards fails to load, naming the file, while reformatting it does not', () => {
    const dir = dataCopy();
    cutRelease(dir, '2026-11-30');
    const releasesDir = releasesDirOf(dir);
    expect(Object.keys(readJson(join(releasesDir, CHECKSUMS_FILE)))).toEqual(['2026-11-30']);
    const path = join(releasesDir, '2026-11-30', 'dataset.json');
    const stored = readJson(path);
    // A checkout with CRLF line ends and other indentation is the same release.
    writeFileSync(path, JSON.stringify(stored, null, 4).replace(/\n/g, '\r\n'));
    expect(loadRelease(releasesDir, '2026-11-30').systems.find((s) => s.id === 'marenostrum-5-acc')!.acceleratorCount!.value).toBe(4_480);
    stored.systems.find((s: { id: string }) => s.id === 'marenostrum-5-acc').acceleratorCount.value = 4_500;
    writeFileSync(path, JSON.stringify(stored, null, 2));
    expect(() => loadRelease(releasesDir, '2026-11-30')).toThrow(/Release 2026-11-30 was edited after it was cut: data\/releases\/2026-11-30\/dataset\.json differ/);
    // …and the next cut refuses, writing nothing, even when the edited one is not the newest.
    stored.systems.find((s: { id: string }) => s.id === 'marenostrum-5-acc').acceleratorCount.value = 4_480;
    writeFileSync(path, JSON.stringify(stored, null, 2));
    editSystem(dir, 'marenostrum-5-acc', (s) => (s.acceleratorCount.value = 4_490)); // something to release
    cutRelease(dir, '2026-12-01');
    stored.systems.find((s: { id: string }) => s.id === 'marenostrum-5-acc').acceleratorCount.value = 4_500;
    writeFileSync(path, JSON.stringify(stored, null, 2));
    expect(() => cutRelease(dir, '2026-12-02')).toThrow(/2026-11-30 was edited/);
    expect(listReleases(releasesDir)).toEqual(['2026-11-30', '2026-12-01']);
    expect(Object.keys(readJson(join(releasesDir, CHECKSUMS_FILE)))).toEqual(['2026-11-30', '2026-12-01']);
  });

  it('refuses a release folder written by hand, without checksums', () => {
    const dir = dataCopy();
    cutRelease(dir, '2026-11-30');
    const releasesDir = releasesDirOf(dir);
    cpSync(join(releasesDir, '2026-11-30'), join(releasesDir, '2026-12-01'), { recursive: true });
    expect(() => loadRelease(releasesDir, '2026-12-01')).toThrow(/Release 2026-12-01 is not in data\/releases\/checksums\.json/);
  });
});

describe('publishedReleases', () => {
  it('lists releases newest first, tags each dataset, and counts what changed since in the current data', () => {
    const dir = dataCopy();
    cutRelease(dir, '2026-11-30');
    expect(loadPublishedDataset(dir).release).toBe('2026-11-30');
    editSystem(dir, 'marenostrum-5-acc', (s) => (s.acceleratorCount.value = 4_500));
    cutRelease(dir, '2026-12-01');
    editSystem(dir, 'marenostrum-5-acc', (s) => (s.acceleratorCount.value = 4_600));
    const current = loadPublishedDataset(dir);
    expect(current.release).toBeUndefined(); // changed since the newest release
    const published = publishedReleases(dir, current);
    expect(published.index.current).toBeNull();
    expect(published.index.releases.map((r) => r.id)).toEqual(['2026-12-01', '2026-11-30']);
    expect(published.index.releases[0]!.changes.entities.map((e) => e.id)).toEqual(['marenostrum-5-acc']);
    expect(published.files.map((f) => [f.id, f.dataset.release, f.changedSince['marenostrum-5-acc']])).toEqual([
      ['2026-11-30', '2026-11-30', 1],
      ['2026-12-01', '2026-12-01', 1],
    ]);
    const mn5 = (id: string) => published.files.find((f) => f.id === id)!.dataset.systems.find((s) => s.id === 'marenostrum-5-acc')!;
    expect([mn5('2026-11-30').acceleratorCount!.value, mn5('2026-12-01').acceleratorCount!.value]).toEqual([4_480, 4_500]);
  });

  it('reads a release of an older format forward, without editing it', () => {
    const dir = join(root, 'tests/fixtures/releases-format0');
    const stored = readJson(join(dir, 'releases/2026-11-20/dataset.json'));
    expect((readJson(join(dir, 'releases/2026-11-20/manifest.json')) as ReleaseManifest).format).toBe(0);
    expect(stored.rates[0]).toHaveProperty('label');
    const dataset = loadRelease(releasesDirOf(dir), '2026-11-20');
    expect(dataset.rates.length).toBeGreaterThan(0);
    for (const m of dataset.money) expect(dataset.rates.some((r) => r.forAsOf === m.amount.asOf)).toBe(true);
    expect(dataset.systems).toEqual(stored.systems);
    expect(readJson(join(dir, 'releases/2026-11-20/dataset.json'))).toEqual(stored);
  });

  it('reads a release cut before labels were translated (format 1): each language shows its English label', () => {
    const dir = join(root, 'tests/fixtures/releases-format0');
    const stored = readJson(join(dir, 'releases/2026-11-20/dataset.json'));
    expect(stored.money[0]).not.toHaveProperty('labels');
    const dataset = loadRelease(releasesDirOf(dir), '2026-11-20');
    const rows = [...dataset.money, ...dataset.events, ...dataset.prices];
    expect(rows.length).toBe(stored.money.length + stored.events.length + stored.prices.length);
    for (const r of rows) expect([labelIn(r, 'es'), labelIn(r, 'en')]).toEqual([r.label, r.label]);
  });
});

const realReleases = releasesDirOf(join(root, 'data'));
describe.runIf(listReleases(realReleases).length > 0)('the releases in data/releases', () => {
  const releasesDir = realReleases;
  for (const id of listReleases(releasesDir)) {
    it(`${id} validates after migration, and its changes.json is the diff against the release before it`, () => {
      const dataset = loadRelease(releasesDir, id);
      const manifest = readJson(join(releasesDir, id, 'manifest.json')) as ReleaseManifest;
      expect(dataset.version).toBe(manifest.datasetVersion);
      const stored = readJson(join(releasesDir, id, 'changes.json')) as ReleaseChanges;
      const summary = publishedReleases(join(root, 'data'), loadValidDataset(join(root, 'data'))).index.releases.find((r) => r.id === id)!;
      expect(stored).toEqual(JSON.parse(JSON.stringify(summary.changes)));
    });
  }
});
