/**
 * The page's one fetch of Epoch's world data, and a context for data already in hand. Small
 * and without components, so the embed entry can load the data before hydrating a world chart
 * (its prerendered HTML was made with the data, so the first render must have it too).
 *
 * The dashboard and the embed page both render world panels and the embed has no query
 * client, so this is one promise per base URL rather than a query; a failed fetch is
 * forgotten so Retry asks again.
 */
import { createContext } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { loadParts, type PartName } from '../../../i18n/messages.ts';

/**
 * The message parts that name what the data holds (a cluster's status, sector and region; Epoch's
 * credit): any view that shows the data may read them, e.g. the GPU bars with `show=top`.
 */
const WORLD_PARTS: readonly PartName[] = ['clusters', 'world'];

export const WorldDataContext = createContext<WorldData | null>(null);

const pending = new Map<string, Promise<WorldData>>();

export function loadWorldOnce(base: string): Promise<WorldData> {
  let p = pending.get(base);
  if (!p) {
    // Imported on demand: worldLoad's error type comes from the dataset loader, which the embed
    // entry must not bundle (oxlint.config.mjs).
    // The parts once the data is in: by then the page's language is loaded or on its way, and a
    // language being switched to is too, so each gets them.
    p = import('../../../data/worldLoad.ts')
      .then(({ fetchWorld, worldUrl }) => fetchWorld(worldUrl(base)))
      .then((world) => loadParts(WORLD_PARTS).then(() => world));
    pending.set(base, p);
    p.catch(() => pending.delete(base));
  }
  return p;
}
