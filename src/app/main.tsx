/**
 * The dashboard app, loaded by boot.ts when the reader reaches for the page (or at once when no
 * prerendered copy fits the URL). The build
 * prerenders the default view (headline cards and the GPU chart) into index.html and each world
 * view into a page of its own, in Spanish and English (scripts/prerender.ts). Here: load the dataset the
 * build pinned, then hydrate the prerendered copy if the first render will match it (same view,
 * same language), else render from scratch (src/embed/mount.ts). The head script has already
 * hidden copies that do not fit the URL, so a custom view never flashes the default one.
 */
import { StrictMode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries.ts';
import { fetchDataset } from '../data/load.ts';
import { findCopy } from '../embed/copies.ts';
import { mountPage } from '../embed/mount.ts';
import { pinnedDataUrl } from '../embed/pinnedDataset.ts';
import { loadFullStylesheet } from '../embed/stylesheet.ts';
import { DASHBOARD_DROP, prerenderKey, readPrerenderConfig } from '../embed/prerenderKey.ts';
import { addressPathOf } from '../embed/addressPath.ts';
import { getPageViewStore } from '../view/useViewState.ts';
import { App } from './App.tsx';
import { showErrorBesideCopy } from './errorBesideCopy.tsx';
import { withWorld, worldForCopy } from './worldCopy.tsx';
import { loadMessages } from '../i18n/messages.ts';
import { resolveLang } from './useLangTheme.ts';
import { viewRow } from '../view/views.ts';
import { VIEW_COMPONENTS } from './viewComponents.ts';
import type { Hold } from '../embed/intent.ts';
import { committed, replayHeld } from '../embed/replay.ts';

const base = import.meta.env.BASE_URL;
// The prerendered page carries its first paint's CSS inline; the app needs all of it.
const styled = loadFullStylesheet(document);
const queryClient = new QueryClient();
// The first call creates the page's store: each address it writes names the file that holds its copy.
const store = getPageViewStore({ pathFor: addressPathOf(readPrerenderConfig(document), navigator.languages ?? [navigator.language]) });
const state = store.getSnapshot().state;
const lang = resolveLang(state);
const key = prerenderKey(state, lang, DASHBOARD_DROP);
// Only the page's language: its core and the first view's parts (views.ts) are chunks of their own,
// fetched beside the data, so the view's loader finds them there and a prerendered world view
// hydrates without waiting for them.
const core = loadMessages(lang);
// A prerendered copy hydrates only with its view's parts too; without one, the lazy view loads
// them itself, and says so if they fail (ViewBoundary) rather than leave the page blank.
const messages = loadMessages(lang, viewRow(state.view).messages);

// Same credentials mode as the page's <link rel="preload" crossorigin>, so the preloaded response is used.
const sameOriginFetch: typeof fetch = (input, init) => fetch(input, { ...init, credentials: 'same-origin' });
const pinned = queryClient.fetchQuery({
  ...datasetQuery(base),
  queryFn: ({ signal }) => fetchDataset(pinnedDataUrl(document, base), sameOriginFetch, signal),
});

const ui = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App store={store} />
    </QueryClientProvider>
  </StrictMode>
);

// The built page loads this entry `async` (scripts/prerenderHtml.ts): it may run before the
// document is parsed, so it waits for it before looking for the prerendered copy.
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

/** Settles when React has taken the page over, or when it cannot (the data failed: the copy stays, with the error beside it). */
let gaveUp: () => void = () => undefined;
const takenOver = new Promise<'ready' | 'failed'>((resolve) => {
  gaveUp = () => resolve('failed');
  // The page's first commit, then the view's (a lazy view hydrates once its code is there).
  void committed(document.documentElement)
    .then(() => committed(document.documentElement, 'data-view-ready'))
    .then(() => resolve('ready'));
});

void parsed.then(() => {
  if (document.documentElement.dataset.pv === 'moving') return; // the head script is taking the reader to the file that fits (en/)
  const copy = findCopy(document, key);
  if (copy) {
    // Hydration needs the data in the cache first, or the first render (a spinner) would not match;
    // a world view's copy needs Epoch's data too (worldCopy.tsx).
    // If the data fails, the copy stays with the error beside it; without a copy, App shows the error.
    const loadWorld = worldForCopy(state.view, document, sameOriginFetch);
    // A world view's code is loaded on demand: fetch it beside the data, not after it.
    void VIEW_COMPONENTS[state.view].preload?.().catch(() => undefined);
    Promise.all([pinned, styled, messages, loadWorld()]).then(
      ([, , , world]) => mountPage(withWorld(ui, world), key),
      (error: unknown) => {
        gaveUp();
        void core.then((m) =>
          showErrorBesideCopy({
            copy,
            error,
            m,
            load: () => Promise.all([queryClient.fetchQuery(datasetQuery(base)), loadWorld()]),
            onLoaded: () => void Promise.all([styled, loadWorld()]).then(([, world]) => mountPage(withWorld(ui, world), key)),
          }),
        );
      },
    );
  } else {
    // App shows a failed load from the query's error state, with a retry.
    pinned.catch(() => undefined);
    messages.catch(() => undefined);
    void Promise.all([styled, core]).then(() => mountPage(ui, null));
  }
});

/**
 * Called by boot.ts with what it held while this loaded: once React has committed, its handlers
 * are live, and the clicks, keys and typed text are handed to them (events sent earlier could race
 * the hydration and be dropped). Until then the held clicks' default actions stay prevented; if
 * the data fails, the hold ends so the error's Retry can be pressed.
 */
export async function handOver(hold: Hold): Promise<void> {
  const outcome = await takenOver;
  hold.release();
  // Without the app, a held click could only do what the copy alone does: nothing the reader meant.
  if (outcome === 'ready') replayHeld(document, hold.held);
}
