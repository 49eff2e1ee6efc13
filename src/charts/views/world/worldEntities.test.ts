import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { canonicalEntityId, withWorldEntities } from './worldEntities.ts';

const dataDir = resolve(__dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);

test('curated ids, and Epoch rows matched to them, add nothing: the dataset itself comes back', () => {
  expect(withWorldEntities(dataset, world, ['marenostrum-5-acc', null, 'deepseek-v3'], 'en')).toBe(dataset);
  expect(canonicalEntityId(world, 'mare-nostrum-5')).toBe('marenostrum-5-acc');
  expect(canonicalEntityId(world, 'meta-100k')).toBe('meta-100k');
});

test('an Epoch cluster becomes a system with Epoch’s GPU count; its chip is the curated one when matched', () => {
  const meta = world.clusters.find((c) => c.id === 'meta-100k')!;
  const d = withWorldEntities(dataset, world, ['meta-100k', 'grok-4'], 'en');
  const s = d.systems.find((x) => x.id === 'meta-100k')!;
  expect(s.acceleratorCount).toMatchObject({ value: meta.chipCount!.value, unit: 'accelerators', source: 'epoch-gpu-clusters' });
  const chip = world.chips.find((c) => c.id === meta.chipId)!;
  expect(s.accelerator).toBe(chip.curatedId ?? chip.id);
  const grok = d.models.find((x) => x.id === 'grok-4')!;
  expect(grok.trainingFlop).toMatchObject({ value: world.models.find((x) => x.id === 'grok-4')!.trainingComputeFlop!.value, unit: 'FLOP', source: 'epoch-notable-ai-models' });
  expect(d.sources.filter((x) => x.id.startsWith('epoch-')).map((x) => x.title)).toEqual(['Data: Epoch AI (CC BY 4.0)', 'Data: Epoch AI (CC BY 4.0)']);
  expect(d.systems).toHaveLength(dataset.systems.length + 1);
});
