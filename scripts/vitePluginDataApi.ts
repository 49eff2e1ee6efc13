/**
 * Writes the static data API (scripts/dataApi.ts) into the build: `data/api/latest/` — every
 * table as CSV and JSON, `metadata.json`, `index.json` — and `data/api/index.json`. The dev server
 * answers the same paths. Once dated releases exist, each also gets `data/api/<release>/` from
 * the same `dataApiFiles` call with its own dataset; `latest` stays a copy of the newest.
 */
import type { Plugin } from 'vite';
import { dataDirOf, loadValidDataset } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { API_DIR, dataApiFiles, dataApiIndex, LATEST, type ApiFile } from './dataApi.ts';
import { currentRelease } from '../src/data/release.ts';

function apiFiles(root: string): ApiFile[] {
  const dataDir = dataDirOf(root);
  const dataset = loadValidDataset(dataDir);
  const world = loadValidWorld(dataDir, dataset);
  const release = currentRelease(dataset).id;
  return [...dataApiFiles(release, dataset, world, LATEST), dataApiIndex(release, [release])];
}

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export function dataApiPlugin(root: string): Plugin {
  return {
    name: 'atlas-data-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf(`/${API_DIR}/`);
        if (at < 0) return next();
        const file = apiFiles(root).find((f) => f.path === url.slice(at + 1));
        if (!file) return next();
        res.setHeader('Content-Type', TYPES[file.path.split('.').pop()!] ?? 'application/octet-stream');
        res.end(file.contents);
      });
    },
    generateBundle() {
      for (const f of apiFiles(root)) this.emitFile({ type: 'asset', fileName: f.path, source: f.contents });
    },
  };
}
