/**
 * The prerendered copies of a page's first screen (see prerenderKey.ts), without React, so the
 * embed's boot script can tell whether one is on screen before deciding to load anything else.
 */

/** The prerendered copy whose key is `key`, if the page has one. */
export function findCopy(doc: Document, key: string): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>('[data-variant]')].find((el) => el.dataset.key === key);
}

/**
 * Whether a prerendered copy is on screen. public/atlas-head.js decides which copy fits the URL
 * before the body is parsed and writes `data-pv="none"` when none does (CSS then hides them all);
 * without that script copy 0 shows. Asking the page, not recomputing the key, keeps the two in step.
 */
export function isCopyShown(doc: Document): boolean {
  return doc.documentElement.dataset.pv !== 'none' && doc.querySelector('[data-variant]') !== null;
}
