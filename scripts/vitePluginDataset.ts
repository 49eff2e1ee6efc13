/**
 * Validates `data/` and publishes it as one file, `data/atlas.json`, in the dev server and the build.
 * A bad row fails `vite build` with the file, record and field named.
 */
import type { Plugin } from 'vite';
import { dataDirOf, loadValidDataset } from './datasetFiles.ts';

const DATASET_PATH = 'data/atlas.json';

export function datasetPlugin(root: string): Plugin {
  const dataDir = dataDirOf(root);
  const load = () => loadValidDataset(dataDir);
  let isBuild = false;
  return {
    name: 'atlas-dataset',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      this.addWatchFile(dataDir);
      // Validate before anything is bundled or written: a bad row stops the build with the
      // file, record and field named, and the previous dist/ is left as it was.
      if (isBuild) load();
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        if (!url.endsWith('/' + DATASET_PATH)) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(load()));
        } catch (e) {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: (e as Error).message }));
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_PATH, source: JSON.stringify(load()) });
    },
  };
}
