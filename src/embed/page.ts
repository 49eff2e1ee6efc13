/**
 * What an embed page learns from its own address and the loaded data. Pure, for tests.
 */
import { isEmbeddable, type EmbeddableView } from '../view/views.ts';

/**
 * `…/embed/<chart>/`, a prerendered copy's folder below it (`…/embed/<chart>/en/`), either with
 * `index.html`, or `…/embed/<chart>` → the chart id; null for anything else, a view without an embed included.
 */
export function chartFromPath(pathname: string): EmbeddableView | null {
  const m = /\/embed\/([^/]+)\/(?:[a-z0-9-]+\/)?(?:index\.html)?$/.exec(pathname) ?? /\/embed\/([^/]+)$/.exec(pathname);
  const id = m?.[1];
  return id && isEmbeddable(id) ? id : null;
}
