/**
 * Publishes Epoch's imported, validated data as its own file, `data/world.json` (and the pinned
 * `data/world.<version>.json`), in the dev server and the build. A separate file so the default
 * view never downloads it: it loads when a world view or a search asks (src/charts/views/world/worldContext.ts).
 * A bad Epoch row fails `vite build` with the file, row and column named.
 */
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { dataDirOf, loadValidDataset } from './datasetFiles.ts';
import { loadValidWorld } from './worldFiles.ts';
import { jsonFile, serveDevFiles } from './devFiles.ts';
import { WORLD_PATH, pinnedWorldPath } from '../src/data/worldLoad.ts';

export function worldPlugin(root: string): Plugin {
  // ATLAS_DATA_DIR too, as the other data plugins: the prerendered world views name the world
  // file of the data they were rendered with, which must be the one this plugin writes.
  const dataDir = dataDirOf(root);
  const load = () => loadValidWorld(dataDir, loadValidDataset(dataDir));
  return {
    name: 'atlas-world',
    buildStart() {
      this.addWatchFile(resolve(dataDir, 'epoch'));
    },
    configureServer(server) {
      serveDevFiles(server, (url) => (url.endsWith('/' + WORLD_PATH) ? jsonFile(load()) : undefined));
    },
    generateBundle() {
      const world = load();
      const source = JSON.stringify(world);
      this.emitFile({ type: 'asset', fileName: WORLD_PATH, source });
      this.emitFile({ type: 'asset', fileName: pinnedWorldPath(world.version), source });
    },
  };
}
