// @vitest-environment jsdom
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { versionOfUrl } from '../data/datasetShape.ts';
import { checkPinnedDataset, loadPinnedDataset, pinnedDataUrl, PinnedDataError } from './pinnedDataset.ts';

const loaded = loadDatasetFromDir(resolve(__dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;
const url = `/atlas/data/atlas.${dataset.version}.json`;

const respond = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('pinned dataset', () => {
  it('reads the version from the file name', () => {
    expect(versionOfUrl(url)).toBe(dataset.version);
    expect(versionOfUrl('/data/atlas.json')).toBeNull();
  });

  it('takes the file the page names, else the unversioned one under the base', () => {
    document.head.innerHTML = `<meta name="atlas-data" content="${url}">`;
    expect(pinnedDataUrl(document, '/atlas/')).toBe(url);
    document.head.innerHTML = '';
    expect(pinnedDataUrl(document, '/atlas/')).toBe('/atlas/data/atlas.json');
  });

  it('loads the published dataset as it is', async () => {
    const d = await loadPinnedDataset(url, respond(JSON.stringify(dataset)));
    expect(d).toEqual(dataset);
  });

  it.each([
    ['a host\'s HTML error page', '<!doctype html><p>Not found', 200],
    ['a server error', '{}', 503],
    ['a file of another build', JSON.stringify({ ...dataset, version: 'abcdef123456' }), 200],
    ['a file without a list', JSON.stringify({ ...dataset, systems: undefined }), 200],
    ['an array', '[]', 200],
  ])('fails with a clear error on %s', async (_, body, status) => {
    await expect(loadPinnedDataset(url, respond(body, status))).rejects.toBeInstanceOf(PinnedDataError);
  });

  it('fails clearly when offline', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadPinnedDataset(url, offline)).rejects.toThrow(/could not be downloaded/);
  });

  it('accepts any version when the URL names none', () => {
    expect(checkPinnedDataset({ ...dataset, version: 'dev' }, null).version).toBe('dev');
  });
});
