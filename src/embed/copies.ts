/**
 * The prerendered copies of a page's first screen (see prerenderKey.ts), without React, so the
 * embed's boot script can tell whether one is on screen before deciding to load anything else.
 */

/** The prerendered copy whose key is `key`, if the page has one. */
export function findCopy(doc: Document, key: string): HTMLElement | undefined {
  return [...doc.querySelectorAll<HTMLElement>('[data-variant]')].find((el) => el.dataset.key === key);
}

/** Whether a copy fitting `key` is on screen (so a failed data load can leave it there). */
export function hasCopy(doc: Document, key: string): boolean {
  return findCopy(doc, key) !== undefined;
}
