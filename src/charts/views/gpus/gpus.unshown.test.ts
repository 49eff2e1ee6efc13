import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import { gpuPoints, type GpuOptions } from './gpus.series.ts';
import { unshownPins, unshownText } from './gpus.unshown.ts';

const dataDir = resolve(__dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const base: GpuOptions = { metric: 'accelerators', regions: [], owners: [], kinds: [], ids: [], highlight: null, worldClusters: world.clusters };

/** What the panel does: the bars gpuPoints draws, then the pins among them that have none. */
function unshown(o: GpuOptions) {
  return unshownPins(dataset, o, new Set(gpuPoints(dataset, o, MESSAGES.en, 'en').map((p) => p.id)));
}

// Epoch lists this planned xAI cluster by H100-equivalents, without a GPU count.
const noCount = world.clusters.find((c) => c.id === 'xai-5-year-plan')!;

test('an Epoch cluster pinned without the chosen metric’s figure is named, with the reason, in both languages', () => {
  expect(noCount.chipCount).toBeUndefined();
  const o = { ...base, pins: [noCount.id, 'meta-100k'] };
  expect(unshown(o)).toEqual([{ id: noCount.id, name: noCount.name, reason: 'no-figure' }]);
  expect(unshownText(unshown(o)[0]!, 'accelerators', MESSAGES.en)).toBe('xAI 5 year plan: no GPU count in the data — no bar');
  expect(unshownText(unshown(o)[0]!, 'accelerators', MESSAGES.es)).toBe('xAI 5 year plan: no hay número de GPU en los datos — sin barra');
  // By H100-equivalents it has a bar: nothing to explain.
  expect(noCount.h100e).toBeDefined();
  expect(unshown({ ...o, metric: 'h100e' })).toEqual([]);
});

test('a curated system without the figure, and one the filters leave out, are named; drawn pins are not', () => {
  const fugaku = dataset.systems.find((s) => s.id === 'fugaku')!;
  expect(fugaku.acceleratorCount).toBeUndefined();
  expect(unshown({ ...base, pins: ['fugaku', 'marenostrum-5-acc'] })).toEqual([{ id: 'fugaku', name: fugaku.shortName, reason: 'no-figure' }]);
  const filtered = unshown({ ...base, pins: ['marenostrum-5-acc'], regions: ['asia'] });
  expect(filtered).toEqual([{ id: 'marenostrum-5-acc', name: 'MareNostrum 5 ACC', reason: 'filtered' }]);
  expect(unshownText(filtered[0]!, 'accelerators', MESSAGES.es)).toBe('MareNostrum 5 ACC: los filtros elegidos lo dejan fuera — sin barra');
});

test('an Epoch row matched to a curated system answers as that system; models and chips are never GPU bars', () => {
  expect(unshown({ ...base, pins: ['mare-nostrum-5'] })).toEqual([]);
  expect(unshown({ ...base, pins: ['mare-nostrum-5'], regions: ['asia'] })).toEqual([{ id: 'mare-nostrum-5', name: 'MareNostrum 5 ACC', reason: 'filtered' }]);
  const model = dataset.models[0]!.id;
  const chip = world.chips[0]!.id;
  expect(unshown({ ...base, pins: [model, chip] })).toEqual([]);
});

test('before the world data has loaded, Epoch pins are not judged (the panel says it is loading)', () => {
  expect(unshown({ ...base, worldClusters: undefined, pins: [noCount.id] })).toEqual([]);
});
