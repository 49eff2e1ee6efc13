/** The `npm run release -- <YYYY-MM-DD>` command (run by scripts/release.mjs). */
import { dataDirOf } from './datasetFiles.ts';
import { CHECKSUMS_FILE, cutRelease } from './releaseFiles.ts';

export function main(args: readonly string[], root: string): number {
  const [id, ...rest] = args;
  if (!id || rest.length) {
    console.error('usage: npm run release -- <YYYY-MM-DD>');
    return 2;
  }
  const dataDir = dataDirOf(root);
  try {
    const { manifest, changes } = cutRelease(dataDir, id);
    const counts = { added: 0, changed: 0, removed: 0 };
    for (const e of changes.entities) for (const c of e.changes) counts[c.kind]++;
    console.log(
      `release ${manifest.id}: ${manifest.figureCount} figures, dataset ${manifest.datasetVersion}` +
        (manifest.previous
          ? `; since ${manifest.previous}: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed in ${changes.entities.length} entities`
          : '; the first release') +
        `\nwritten to ${dataDir}/releases/${manifest.id}/ and recorded in ${dataDir}/releases/${CHECKSUMS_FILE} — commit both; a release is never edited again.`,
    );
    return 0;
  } catch (e) {
    console.error(`release: ${(e as Error).message}`);
    return 1;
  }
}
