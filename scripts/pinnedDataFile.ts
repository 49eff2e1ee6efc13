/**
 * The name of the dataset file the built pages pin: `data/atlas.<version>.<digest>.json`. The
 * version hashes the data files alone; the published file also carries the current release and
 * the list of releases, which change when a release is cut with the data unchanged. The digest
 * of the whole file makes the name change whenever the bytes do, so a host may cache it forever
 * (README "Hosting") without a reader keeping an old list of releases.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../src/data/schema.ts';

export function pinnedDataFile(dataset: Dataset): { fileName: string; source: string } {
  const source = JSON.stringify(dataset);
  const digest = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: `data/atlas.${dataset.version}.${digest}.json`, source };
}
