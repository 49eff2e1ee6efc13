import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';

// The committed dataset must validate: a bad row fails `npm test` with file, record and field.
test('data/ validates against the schema', () => {
  const result = loadDatasetFromDir(resolve(__dirname, '../data'));
  expect(result.messages).toEqual([]);
  expect(result.ok).toBe(true);
});
