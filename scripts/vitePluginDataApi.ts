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

function apiFiles(root: string): ApiFile[] {
  const dataDir = dataDirOf(root);
  const dataset = loadPublishedDataset(dataDir);
  const world = loadValidWorld(dataDir, dataset);
  const latest = currentRelease(dataset).id;
  const files = dataApiFiles(latest, dataset, world, LATEST);
  // Every dated release gets a folder of its own that never changes. Epoch's tables are those of
  // the snapshot in data/epoch/; a release cut with another snapshot would mislabel them, so such
  // a release is left out of the API (its curated figures stay in data/releases/<id>.json).
  const releasesDir = releasesDirOf(dataDir);
  const epochNow = epochFingerprint(dataDir)?.sha256;
  const published: string[] = [];
  for (const id of listReleases(releasesDir)) {
    if (readManifest(releasesDir, id).epoch?.sha256 !== epochNow) continue;
    const release = { ...loadRelease(releasesDir, id), release: id };
    files.push(...dataApiFiles(id, release, loadValidWorld(dataDir, release), id));
    published.push(id);
  }
  return [...files, dataApiIndex(latest, published.includes(latest) ? published : [...published, latest])];
}

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function dataApiPlugin(root: string): Plugin {
  return {
    name: 'atlas-data-api',
    configureServer(server) {
      serveDevFiles(server, (url) => {
        const at = url.indexOf(`/${API_DIR}/`);
        const file = at < 0 ? undefined : apiFiles(root).find((f) => f.path === url.slice(at + 1));
        return file && { contents: file.contents, type: TYPES[file.path.split('.').pop()!] ?? 'application/octet-stream' };
      });
    },
    generateBundle() {
      for (const f of apiFiles(root)) this.emitFile({ type: 'asset', fileName: f.path, source: f.contents });
    },
  };
}
