/**
 * Writes the static data API (scripts/dataApi.ts) into the build: `data/api/latest/` — every
 * table as CSV and JSON, `metadata.json`, `index.json` — and `data/api/index.json`. The dev server
 * answers the same paths. Each dated release also gets `data/api/<release>/` from the same
 * `dataApiFiles` call with its own dataset; `latest` is a copy of what the site shows.
 */
import type { Plugin } from 'vite';
import { dataDirOf } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { API_DIR, dataApiFiles, dataApiIndex, LATEST, type ApiFile } from './dataApi.ts';
import { epochFingerprint, listReleases, loadPublishedDataset, loadRelease, readManifest, releasesDirOf } from './releaseFiles.ts';
import { currentRelease } from '../src/data/release.ts';
import { serveDevFiles } from './devFiles.ts';

/** Every file of the data API that a build of `dataDir` publishes (`data/api/**`). */
export function publishedApiFiles(dataDir: string): ApiFile[] {
  const dataset = loadPublishedDataset(dataDir);
  const world = loadValidWorld(dataDir, dataset);
  const latest = currentRelease(dataset).id;
  const files = dataApiFiles(latest, dataset, world, LATEST);
  // Every dated release gets a folder of its own that stays. Epoch's tables are those of the
  // snapshot in data/epoch/; for a release cut with another snapshot they would be mislabelled,
  // so that release's folder has its curated tables only (metadata.json says why).
  const releasesDir = releasesDirOf(dataDir);
  const epochNow = epochFingerprint(dataDir)?.sha256;
  const published = listReleases(releasesDir);
  for (const id of published) {
    const release = { ...loadRelease(releasesDir, id), release: id };
    const sameEpoch = readManifest(releasesDir, id).epoch?.sha256 === epochNow;
    files.push(...dataApiFiles(id, release, sameEpoch ? loadValidWorld(dataDir, release) : null, id));
  }
  // `releases` are the folders there are: figures newer than every release are in `latest` only.
  return [...files, dataApiIndex(latest, published)];
}

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function dataApiPlugin(root: string): Plugin {
  return {
    name: 'atlas-data-api',
    configureServer(server) {
      serveDevFiles(server, (url) => {
        const at = url.indexOf(`/${API_DIR}/`);
        const file = at < 0 ? undefined : publishedApiFiles(dataDirOf(root)).find((f) => f.path === url.slice(at + 1));
        return file && { contents: file.contents, type: TYPES[file.path.split('.').pop()!] ?? 'application/octet-stream' };
      });
    },
    generateBundle() {
      for (const f of publishedApiFiles(dataDirOf(root))) this.emitFile({ type: 'asset', fileName: f.path, source: f.contents });
    },
  };
}
