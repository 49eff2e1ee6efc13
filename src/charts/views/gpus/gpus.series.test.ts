import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { gpuPoints, gpuRows, type GpuOptions } from './gpus.series.ts';
import { TOP_N } from './worldBars.ts';

const dataDir = resolve(__dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const m = MESSAGES.en;
const base: GpuOptions = { metric: 'accelerators', regions: [], owners: [], kinds: [], ids: [], highlight: null };
const withCount = dataset.systems.filter((s) => s.acceleratorCount).length;

test('the default chart is the post’s systems, with or without the world data', () => {
  expect(gpuPoints(dataset, base, m, 'en')).toHaveLength(withCount);
  expect(gpuPoints(dataset, { ...base, worldClusters: world.clusters }, m, 'en')).toHaveLength(withCount);
});

test('a pinned Epoch cluster is a bar with Epoch’s figure, its row, and the credit line; marked pinned', () => {
  const o: GpuOptions = { ...base, pins: ['meta-100k'], worldClusters: world.clusters };
  const points = gpuPoints(dataset, o, m, 'en');
  expect(points).toHaveLength(withCount + 1);
  const meta = points.find((p) => p.id === 'meta-100k')!;
  const epoch = world.clusters.find((c) => c.id === 'meta-100k')!;
  expect(meta.value).toBe(epoch.chipCount!.value);
  expect(meta.sources.map((s) => s.title)).toEqual(['Data: Epoch AI (CC BY 4.0)']);
  expect(meta.columns.find((e) => e.key === 'epoch_name')!.value).toBe(epoch.source.epochName);
  const row = gpuRows(points, o, 'en', m).find((r) => r.id === 'meta-100k')!;
  expect(row.sublabel).toBe(`Epoch AI · ${m.search.pinnedMark}`);
  expect(row.isHighlighted).toBe(true);
  expect(row.ariaLabel).toContain(m.search.pinnedMark);
});

test('a pin naming a curated system’s Epoch row marks the curated bar; no second bar', () => {
  const o: GpuOptions = { ...base, pins: ['mare-nostrum-5'], worldClusters: world.clusters };
  const points = gpuPoints(dataset, o, m, 'en');
  expect(points).toHaveLength(withCount);
  expect(gpuRows(points, o, 'en', m).find((r) => r.id === 'marenostrum-5-acc')!.sublabel).toBe(m.search.pinnedMark);
});

test(`show=top adds the ${TOP_N} largest known clusters, in H100-equivalents too; show=all adds every one`, () => {
  const top = gpuPoints(dataset, { ...base, metric: 'h100e', bars: 'top', worldClusters: world.clusters }, m, 'en');
  const curatedH = gpuPoints(dataset, { ...base, metric: 'h100e' }, m, 'en').length;
  expect(top).toHaveLength(curatedH + TOP_N);
  expect(top[0]!.name).toBe('xAI Colossus Memphis Phase 3');
  const all = gpuPoints(dataset, { ...base, bars: 'all', worldClusters: world.clusters }, m, 'en');
  expect(all.length).toBeGreaterThan(400);
  expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
});
