/**
 * The data API a build publishes across releases (issue 13: "every release's data … and a
 * `latest` alias"): two releases cut from a copy of data/ where MareNostrum 5's GPU count changes
 * between them. Each release's folder keeps its own figures, `latest` follows the newest data,
 * the index lists only folders that exist, and a release cut with an older Epoch snapshot keeps
 * its curated tables instead of vanishing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { cutRelease } from './releaseFiles.ts';
import { publishedApiFiles } from './vitePluginDataApi.ts';
import type { ApiFile } from './dataApi.ts';

const root = resolve(import.meta.dirname, '..');
const MN5 = 'marenostrum-5-acc';
let dataDir: string;

function setMn5(count: number, source: string) {
  const path = join(dataDir, 'systems.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const mn5 = file.systems.find((s: { id: string }) => s.id === MN5);
  mn5.acceleratorCount = { ...mn5.acceleratorCount, value: count, source };
  writeFileSync(path, JSON.stringify(file, null, 2));
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-api-releases-'));
  cpSync(join(root, 'data'), dataDir, { recursive: true, filter: (src) => !src.startsWith(join(root, 'data', 'releases')) });
  cutRelease(dataDir, '2026-11-30');
  setMn5(4_500, 'top500-2024-11');
  cutRelease(dataDir, '2026-12-01');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const reader = (files: readonly ApiFile[]) => (path: string) => {
  const file = files.find((f) => f.path === `data/api/${path}`);
  if (!file) throw new Error(`the build publishes no data/api/${path}`);
  return file.contents;
};
const mn5Row = (csv: string) => csvParse(csv).find((r) => r.id === MN5)!;

test("each release's folder has its own figures; latest is the newest release, byte for byte", () => {
  const file = reader(publishedApiFiles(dataDir));
  expect(JSON.parse(file('index.json'))).toEqual({ latest: '2026-12-01', releases: ['2026-11-30', '2026-12-01'] });
  const old = mn5Row(file('2026-11-30/systems.csv'));
  expect([old['acceleratorCount.value'], old['acceleratorCount.source']]).toEqual(['4480', 'bsc-mn5-page']);
  const now = mn5Row(file('2026-12-01/systems.csv'));
  expect([now['acceleratorCount.value'], now['acceleratorCount.source']]).toEqual(['4500', 'top500-2024-11']);
  expect(JSON.parse(file('2026-11-30/metadata.json')).release).toBe('2026-11-30');
  for (const name of ['systems.csv', 'systems.json', 'epoch-clusters.csv', 'index.json']) expect(file(`latest/${name}`)).toBe(file(`2026-12-01/${name}`));
});

test('figures newer than every release are in latest only, named by their content version; the index lists only folders that exist', () => {
  setMn5(4_600, 'top500-2024-11');
  try {
    const files = publishedApiFiles(dataDir);
    const file = reader(files);
    const index = JSON.parse(file('index.json'));
    expect(index.releases).toEqual(['2026-11-30', '2026-12-01']);
    expect(index.latest).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.parse(file('latest/metadata.json')).release).toBe(index.latest);
    for (const id of index.releases) expect(() => file(`${id}/index.json`)).not.toThrow();
    expect(mn5Row(file('latest/systems.csv'))['acceleratorCount.value']).toBe('4600');
    expect(mn5Row(file('2026-12-01/systems.csv'))['acceleratorCount.value']).toBe('4500');
  } finally {
    setMn5(4_500, 'top500-2024-11');
  }
});

test('a release cut with another Epoch snapshot keeps its curated tables, without Epoch tables it would mislabel', () => {
  // Any change to data/epoch/ is a new snapshot to the releases' fingerprint.
  const extra = join(dataDir, 'epoch', 'refreshed.json');
  writeFileSync(extra, '{}');
  try {
    const files = publishedApiFiles(dataDir);
    const file = reader(files);
    expect(JSON.parse(file('index.json')).releases).toEqual(['2026-11-30', '2026-12-01']);
    expect(mn5Row(file('2026-11-30/systems.csv'))['acceleratorCount.value']).toBe('4480');
    expect(files.filter((f) => f.path.startsWith('data/api/2026-11-30/epoch-'))).toEqual([]);
    const meta = JSON.parse(file('2026-11-30/metadata.json'));
    expect(meta.tables.map((t: { name: string }) => t.name)).not.toContain('epoch-clusters');
    expect(meta.tables.map((t: { name: string }) => t.name)).toContain('systems');
    expect(meta.epoch).toMatch(/left out/);
    expect(meta.citations.join('\n')).not.toMatch(/Epoch/);
    expect(JSON.parse(file('2026-11-30/index.json')).tables.map((t: { name: string }) => t.name)).not.toContain('epoch-models');
    // latest is built with the snapshot there is, so it has them.
    expect(file('latest/epoch-clusters.csv').length).toBeGreaterThan(0);
  } finally {
    rmSync(extra);
  }
});
