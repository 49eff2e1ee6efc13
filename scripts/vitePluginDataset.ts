/**
 * Validates `data/` and publishes it as one file, `data/atlas.json`, in the dev server and the build,
 * with every dated release beside it: `data/releases/<id>.json` (migrated to today's format and
 * validated: a release that no longer validates fails the build) and `data/releases/index.json`
 * (releases newest first with what changed in each). A bad row fails `vite build` with the file,
 * record and field named.
 */
import type { Plugin } from 'vite';
import { releaseFileName, RELEASE_INDEX_FILE, type PublishedRelease } from '../src/data/release.ts';
import { dataDirOf } from './datasetFiles.ts';
import { jsonFile, serveDevFiles } from './devFiles.ts';
import { loadPublishedDataset, publishedReleases } from './releaseFiles.ts';

const DATASET_PATH = 'data/atlas.json';

/** Every file this plugin publishes, by path under the base. */
export function publishedDataFiles(dataDir: string): Map<string, unknown> {
  const dataset = loadPublishedDataset(dataDir);
  const releases = publishedReleases(dataDir, dataset);
  const files = new Map<string, unknown>([[DATASET_PATH, dataset], [RELEASE_INDEX_FILE, releases.index]]);
  for (const r of releases.files) files.set(releaseFileName(r.id), r satisfies PublishedRelease);
  return files;
}

export function datasetPlugin(root: string): Plugin {
  const dataDir = dataDirOf(root);
  let isBuild = false;
  return {
    name: 'atlas-dataset',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      this.addWatchFile(dataDir);
      // Validate before anything is bundled or written: a bad row (or a release that no longer
      // validates) stops the build with the file, record and field named, and the previous
      // dist/ is left as it was.
      if (isBuild) publishedDataFiles(dataDir);
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      serveDevFiles(server, (url) => {
        const path = /\/(data\/(?:atlas|releases\/[a-z0-9-]+)\.json)$/.exec(url)?.[1];
        const file = path === undefined ? undefined : publishedDataFiles(dataDir).get(path);
        return file === undefined ? undefined : jsonFile(file);
      });
    },
    generateBundle() {
      for (const [fileName, content] of publishedDataFiles(dataDir)) this.emitFile({ type: 'asset', fileName, source: JSON.stringify(content) });
    },
  };
}
