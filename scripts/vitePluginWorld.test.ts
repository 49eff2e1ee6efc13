/**
 * The world plugin reads the same data folder as the other data plugins (ATLAS_DATA_DIR, when
 * set): the prerendered world views name the world file of the data they were rendered with, and
 * a build of a copy of data/ whose curated figures differ failed with "rendered with
 * data/world.<v>.json, which the build did not write" when this plugin read data/ regardless.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadValidDataset } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { worldPlugin } from './vitePluginWorld.ts';
import { pinnedWorldPath } from '../src/data/worldLoad.ts';

const root = resolve(import.meta.dirname, '..');
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-world-plugin-'));
  cpSync(join(root, 'data'), dataDir, { recursive: true });
  const path = join(dataDir, 'systems.json');
  const file = JSON.parse(readFileSync(path, 'utf8'));
  file.systems.find((s: { id: string }) => s.id === 'marenostrum-5-acc').acceleratorCount.value = 4_500;
  writeFileSync(path, JSON.stringify(file));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('writes the world file of ATLAS_DATA_DIR, not of data/', () => {
  const own = loadValidWorld(dataDir, loadValidDataset(dataDir)).version;
  const checkedIn = loadValidWorld(join(root, 'data'), loadValidDataset(join(root, 'data'))).version;
  expect(own).not.toBe(checkedIn); // else this test could not tell the two folders apart
  vi.stubEnv('ATLAS_DATA_DIR', dataDir);
  try {
    const emitted: string[] = [];
    const plugin = worldPlugin(root) as unknown as { generateBundle(this: { emitFile(f: { fileName: string }): void }): void };
    plugin.generateBundle.call({ emitFile: (f) => void emitted.push(f.fileName) });
    expect(emitted).toContain(pinnedWorldPath(own));
  } finally {
    vi.unstubAllEnvs();
  }
});
