import { resolve } from 'node:path';
import { loadValidDataset } from '../../scripts/datasetFiles.ts';
import { datasetIn, TRANSLATED_LANGS } from './labels.ts';

const dataset = loadValidDataset(resolve(import.meta.dirname, '../../data'));

test('a system reads by its translated name where the data gives one, and by its own elsewhere', () => {
  const es = datasetIn(dataset, 'es');
  const byId = (d: typeof dataset, id: string) => d.systems.find((s) => s.id === id)!;
  expect(byId(es, 'deepseek-v3-cluster').shortName).toBe('DeepSeek-V3 (clúster)');
  expect(byId(es, 'deepseek-v3-cluster').name).toBe('Clúster de entrenamiento de DeepSeek-V3');
  // A translated full name alone keeps the short one ("MareNostrum 5 ACC" is a proper name).
  expect(byId(es, 'marenostrum-5-acc').shortName).toBe(byId(dataset, 'marenostrum-5-acc').shortName);
  expect(byId(es, 'marenostrum-5-acc').name).not.toBe(byId(dataset, 'marenostrum-5-acc').name);
  expect(byId(es, 'frontier')).toBe(byId(dataset, 'frontier'));
  // Every figure is the same: only names change.
  expect(byId(es, 'deepseek-v3-cluster').acceleratorCount).toBe(byId(dataset, 'deepseek-v3-cluster').acceleratorCount);
  expect(es.models).toBe(dataset.models);
});

test('the same object for the same dataset and language, and the data itself in its own language', () => {
  for (const lang of TRANSLATED_LANGS) expect(datasetIn(dataset, lang)).toBe(datasetIn(dataset, lang));
  expect(datasetIn(dataset, 'en')).toBe(dataset);
});
