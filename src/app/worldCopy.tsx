/**
 * A world view's dashboard page (`clusters/`, `where/`…) holds a copy prerendered with Epoch's
 * data (scripts/prerender.ts), so its first render must have that data too, or hydration would
 * meet a spinner. The page names the file the copy was rendered with (`<meta name="atlas-world">`,
 * immutable like the pinned dataset; the boot script prefetches it once the page is painted,
 * src/app/worldPrefetch.ts); this fetches that very file, beside the
 * dataset, and hands it to the app as WorldDataContext. Any other page returns null: the app
 * then loads the world data only when a world view or the search asks (useWorld, useLazyWorld).
 */
import type { ReactNode } from 'react';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import { fetchWorld } from '../data/worldLoad.ts';
import { WorldDataContext } from '../charts/views/world/worldContext.ts';
import { viewRow, type ViewName } from '../view/views.ts';
import { WORLD_META } from './worldPrefetch.ts';

/**
 * A loader for the world data the copy of `view` was rendered with: one fetch, repeated only
 * after a failure (Retry). `fetchImpl` must use the prefetch's credentials mode (`same-origin`).
 */
export function worldForCopy(view: ViewName, doc: Pick<Document, 'querySelector'>, fetchImpl: typeof fetch): () => Promise<WorldData | null> {
  const url = doc.querySelector<HTMLMetaElement>(`meta[name="${WORLD_META}"]`)?.content;
  if (!viewRow(view).needsWorld || !url) return () => Promise.resolve(null);
  let pending: Promise<WorldData> | null = null;
  return () => {
    if (!pending) {
      const p = fetchWorld(url, fetchImpl);
      pending = p;
      p.catch(() => {
        if (pending === p) pending = null;
      });
    }
    return pending;
  };
}

/** The app with the world data already in hand, as the copy was rendered (scripts/prerenderEntry.tsx). */
export function withWorld(ui: ReactNode, world: WorldData | null): ReactNode {
  return world ? <WorldDataContext value={world}>{ui}</WorldDataContext> : ui;
}
