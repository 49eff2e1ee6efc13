/**
 * The React face of the view store: components read the view state and ask for changes here,
 * never from `location` or `history` directly.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { afterNextPaint } from './afterPaint.ts';
import { createViewStore, type HistoryMode, type ViewStore, type ViewStoreOptions } from './viewStore.ts';
import type { IgnoredParam, ParseContext, ViewState } from './viewState.ts';

export type { HistoryMode } from './viewStore.ts';

export type UpdateView = (patch: Partial<ViewState>, mode: HistoryMode) => void;

let pageStore: ViewStore | undefined;

/**
 * One store per page, created on first use so that importing this file reads no globals. The
 * page's entry may pass `pathFor` (a dashboard page: each address names the file that holds its
 * copy, src/embed/addressPath.ts); it counts only on the call that creates the store.
 */
export function getPageViewStore(options: Pick<ViewStoreOptions, 'pathFor'> = {}): ViewStore {
  // A change is painted first, then written to the address bar (viewStore.ts, deferPush).
  pageStore ??= typeof window === 'undefined' ? createViewStore(null) : createViewStore(window, { ...options, deferPush: (write) => afterNextPaint(write) });
  return pageStore;
}

/**
 * `[state, update, ignored, dismissIgnored]`. Pass the known ids once data has loaded (keep the
 * object stable, e.g. with useMemo): the address is then re-read with them and rewritten
 * canonically. `store` is for tests and prerendering.
 */
export function useViewState(
  ctx?: ParseContext,
  store: ViewStore = getPageViewStore(),
): readonly [ViewState, UpdateView, readonly IgnoredParam[], () => void] {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    if (ctx) store.setContext(ctx);
  }, [store, ctx]);
  return [snapshot.state, store.update, snapshot.ignored, store.dismissIgnored] as const;
}

/**
 * The URL of a view on this page: `href` of a tab link (so a middle click opens that view), or
 * with `absolute` the address to copy or embed. Use it instead of reading `location`.
 */
export function viewHref(state: ViewState, absolute = false, store: ViewStore = getPageViewStore()): string {
  return store.hrefFor(state, absolute);
}
