import { resolve } from 'node:path';
import { versionOfUrl } from '../src/data/datasetShape.ts';
import { loadPublishedDataset } from './releaseFiles.ts';
import { pinnedDataFile } from './pinnedDataFile.ts';

const dataset = loadPublishedDataset(resolve(import.meta.dirname, '../data'));

test('the pinned file is named by its version and by its bytes', () => {
  const { fileName, source } = pinnedDataFile(dataset);
  expect(JSON.parse(source)).toEqual(dataset);
  expect(versionOfUrl(`/atlas/${fileName}`)).toBe(dataset.version);
  expect(pinnedDataFile(dataset).fileName).toBe(fileName);
  // A new release with the same data: same version, different file, different name.
  const cut = { ...dataset, release: '2099-01-01', releases: ['2099-01-01', ...(dataset.releases ?? [])] };
  expect(cut.version).toBe(dataset.version);
  expect(pinnedDataFile(cut).fileName).not.toBe(fileName);
  expect(versionOfUrl(pinnedDataFile(cut).fileName)).toBe(dataset.version);
});
