import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../datasetFiles.ts';
import { loadValidWorld } from '../worldFiles.ts';
import { clustersInput } from './clustersPage.ts';
import { scaledWorld } from './scaledWorld.ts';

const dataDir = resolve(__dirname, '../../data');
const loaded = loadDatasetFromDir(dataDir);
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const world = loadValidWorld(dataDir, loaded.dataset);
const every = { statuses: ['existing', 'decommissioned', 'planned'] } as const;
const marksOf = (w: typeof world, patch = {}) => clustersInput(w, loaded.dataset, { ...every, ...patch }).layout.points;

test('the clusters chart with every status draws exactly the asked number of marks from the scaled world, fewer from the real one', () => {
  expect(marksOf(world).length).toBeLessThan(1000);
  const scaled = scaledWorld(world, 1000);
  expect(marksOf(scaled)).toHaveLength(1000);
  expect(new Set(scaled.clusters.map((c) => c.id)).size).toBe(scaled.clusters.length);
  expect(world.clusters.some((c) => c.id.includes('--copy'))).toBe(false);
});

test('a filter hides about the same share of the scaled chart as of the real one, and copies add no label', () => {
  const scaled = scaledWorld(world, 1000);
  const share = (w: typeof world) => marksOf(w, { sectors: ['public'] }).filter((p) => !p.isHidden).length / marksOf(w).length;
  expect(share(world)).toBeGreaterThan(0.1);
  expect(share(world)).toBeLessThan(0.9);
  expect(Math.abs(share(scaled) - share(world))).toBeLessThan(0.05);
  const labels = (w: typeof world) => marksOf(w).filter((p) => p.label).length;
  expect(labels(scaled)).toBe(labels(world));
});
