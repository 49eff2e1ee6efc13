/**
 * The dashboard shell: header, notices, headline cards, view tabs and the active view.
 * URL → view state (useViewState) → dataset + state → views. Only the view module touches the URL.
 */
import { LANGUAGE_OPTIONS } from '../i18n/lang.ts';
import { StateLink } from '../ui/StateLink.tsx';
import { Suspense, useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { DataReleaseContext } from '../charts/frame/releaseContext.ts';
import { datasetQuery } from '../data/queries.ts';
import { currentRelease as releaseInfo } from '../data/release.ts';
import { datasetIn } from '../data/labels.ts';
import { releaseQuery } from '../data/releaseQueries.ts';
import { ReleaseContext, type ShownRelease } from '../charts/frame/releaseContext.ts';
import { CiteDialog } from '../ui/CiteDialog.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { EmbedDialog } from '../ui/EmbedDialog.tsx';
import { HeadlineCards } from '../ui/HeadlineCards.tsx';
import { IgnoredNotice } from '../ui/IgnoredNotice.tsx';
import { LoadError, Loading } from '../charts/frame/LoadStates.tsx';
import { ShareButton } from '../ui/ShareButton.tsx';
import { Segmented } from '../ui/controls.tsx';
import { Fold } from '../ui/Fold.tsx';
import { getPageViewStore, useViewState } from '../view/useViewState.ts';
import type { ViewStore } from '../view/viewStore.ts';
import { namesWorldIds, parseContextOf, withWorldIds } from '../view/datasetContext.ts';
import { useLazyWorld } from '../charts/views/world/useLazyWorld.ts';
import { PinBar } from '../ui/search/PinBar.tsx';
import { isLandingState, type ViewState } from '../view/viewState.ts';
import { VIEWS, viewRow, type ViewRow } from '../view/views.ts';
import { VIEW_COMPONENTS } from './viewComponents.ts';
import { ViewBoundary } from './ViewBoundary.tsx';
import { ViewReadyMark } from '../embed/ReadyMark.tsx';
import { resolveLang, useDocumentLangTheme } from './useLangTheme.ts';
import { useLoadedLang } from '../i18n/useLoadedLang.ts';
import type { Lang } from '../i18n/locales.ts';

const THEMES_SHOWN = ['auto', 'light', 'dark'] as const;

export function App({ base = import.meta.env.BASE_URL, store = getPageViewStore() }: { base?: string; store?: ViewStore }) {
  const [state, update, ignored, dismissIgnored] = useViewState(undefined, store);
  const latest = useQuery(datasetQuery(base));
  // A pinned view loads its release (only when the site publishes it and it is not the latest);
  // ids in the URL are then checked against the figures it shows, not today's.
  const wanted = state.release && state.release !== latest.data?.release && latest.data?.releases?.includes(state.release) ? state.release : null;
  const pinned = useQuery({ ...releaseQuery(base, wanted ?? ''), enabled: wanted !== null });
  const query = wanted ? pinned : latest;
  const data = wanted ? pinned.data?.dataset : latest.data;
  const curatedCtx = useMemo(
    () => (latest.data && data ? { ...parseContextOf(data), releaseIds: new Set(latest.data.releases ?? []) } : undefined),
    [latest.data, data],
  );
  // Epoch's data loads when the search is used or the URL names an id only it knows; its ids then
  // join the known ones, so pending Epoch ids in the address are checked (and unknown ones dropped).
  const world = useLazyWorld(base);
  const ctx = useMemo(() => (curatedCtx && world.world ? withWorldIds(curatedCtx, world.world) : curatedCtx), [curatedCtx, world.world]);
  useEffect(() => {
    if (ctx) store.setContext(ctx);
  }, [store, ctx]);
  const needsWorld = curatedCtx !== undefined && namesWorldIds(state, curatedCtx);
  const { request: requestWorld } = world;
  useEffect(() => {
    if (needsWorld) requestWorld();
  }, [needsWorld, requestWorld]);
  const lang = useLoadedLang(resolveLang(state));
  const m = MESSAGES[lang];
  // The figures in the reader's language: systems by their translated names where the data gives them.
  const shown = data && datasetIn(data, lang);
  // Kept from render to render, so a filter does not draw the header's two groups again (controls.tsx memoises them).
  const themeOptions = useMemo(() => THEMES_SHOWN.map((value) => ({ value, label: m.themes[value] })), [m]);
  const setLang = useCallback((l: Lang) => update({ lang: l }, 'replace'), [update]);
  const setTheme = useCallback((t: (typeof THEMES_SHOWN)[number]) => update({ theme: t === 'auto' ? null : t }, 'replace'), [update]);
  const tab = state.view;
  const label = m.views[viewRow(tab).label];
  useDocumentLangTheme(lang, state.theme, `${label} · ${m.appName}`);

  // Links drawn on every change of the address (tabs): only the patched fields are canonicalised.
  const hrefFor = (patch: Partial<ViewState>) => store.linkTo(patch);
  const go = (e: MouseEvent, patch: Partial<ViewState>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // let the browser open a new tab
    e.preventDefault();
    update(patch, 'push');
  };
  // Copied links and embeds pin the release shown by default; "always the latest" drops the pin.
  const currentRelease = shown?.release ?? null;
  // linkTo: the same links as hrefFor({ ...state, release }), without re-reading the whole state.
  const shareUrl = store.linkTo({ release: currentRelease }, true);
  const latestUrl = store.linkTo({ release: null }, true);
  const release: ShownRelease | null = shown
    ? { id: currentRelease, changedSince: wanted ? (pinned.data?.changedSince ?? null) : null, newestHref: hrefFor({ release: null }), onNewest: (e) => go(e, { release: null }) }
    : null;
  const ActiveView = VIEW_COMPONENTS[tab];
  // The same element while its inputs stay, so a filter or a tab (which change neither) does not
  // render the headline cards and pins again (React skips an element it has already rendered).
  // A visit that came for a chosen view (a shared link, a world view's page) meets the post's
  // headline folded to one line, so that view's chart is on the first screen. Decided once, on
  // arrival: switching tabs afterwards does not fold or unfold it (the tabs would jump).
  const [isLanding] = useState(() => isLandingState(state));
  const headline = useMemo(() => shown && <HeadlineCards dataset={shown} lang={lang} m={m} folded={!isLanding} />, [shown, lang, m, isLanding]);
  // The embed files hold copies of the latest figures: its variants (the headline comparisons) name the folders.
  const embedVariants = useMemo(() => {
    const row: ViewRow = viewRow(tab);
    return latest.data ? row.variants?.(latest.data) : undefined;
  }, [latest.data, tab]);
  const pinBar = useMemo(() => shown && <PinBar dataset={shown} pins={state.pins} update={update} world={world} m={m} />, [shown, state.pins, update, world, m]);
  const actions = (
    <>
      <ShareButton url={shareUrl} latestUrl={currentRelease ? latestUrl : undefined} title={`${label} · ${m.appName}`} labels={m.share} latestLabel={m.release.copyLatest} />
      <EmbedDialog state={state} pageUrl={shareUrl} base={base} lang={lang} m={m} release={currentRelease} variants={embedVariants} />
      <CiteDialog viewTitle={label} release={currentRelease} version={shown?.version ?? ''} pinnedUrl={shareUrl} lang={lang} m={m} />
    </>
  );

  return (
    <div className="mx-auto flex min-h-screen max-w-5xl flex-col gap-5 px-3 py-4 sm:px-6">
      <a href="#main" className="sr-only focus:not-sr-only">{m.skipToContent}</a>
      <header className="flex flex-wrap items-end justify-between gap-3 border-b border-[var(--c-grid)] pb-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{m.appName}</h1>
          <p className="text-sm text-[var(--c-muted)]">{m.tagline}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Segmented legend={m.language} options={LANGUAGE_OPTIONS} value={lang} onChange={setLang} />
          <Segmented legend={m.theme} options={themeOptions} value={state.theme ?? 'auto'} onChange={setTheme} />
        </div>
      </header>
      <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} m={m} />
      <main id="main" className="flex flex-col gap-5">
        {query.isPending && <Loading m={m} />}
        {query.isError && (
          <>
            <LoadError error={query.error} onRetry={() => void query.refetch()} m={m} />
            {/* Live too: a click held while the app loaded may be released (src/app/main.tsx). */}
            <ViewReadyMark view="error" />
          </>
        )}
        {shown && (
          <ReleaseContext value={release}>
            {/* Each Suspense boundary hydrates in a task of its own (React time-slices between them), so a slow phone is not blocked for the whole page at once. Nothing in them suspends: no fallback is ever shown. */}
            <Suspense>{headline}</Suspense>
            <Suspense>{pinBar}</Suspense>
            <nav aria-label={m.viewsLabel}>
              <Fold summary={m.folded(m.viewsLabel, label)} closeOnLink>
                <div className="flex flex-wrap gap-1 border-b border-[var(--c-grid)]">
                  {/* Every view the URL accepts has a tab, in the table's order. */}
                  {VIEWS.map((t) => (
                    <StateLink
                      key={t}
                      href={hrefFor({ view: t })}
                      aria-current={t === tab ? 'page' : undefined}
                      onClick={(e) => go(e, { view: t })}
                      className="-mb-px rounded-t-md border border-transparent px-3 py-2 text-sm font-medium aria-[current=page]:border-[var(--c-grid)] aria-[current=page]:border-b-[var(--c-bg)] aria-[current=page]:bg-[var(--c-bg)] aria-[current=page]:text-[var(--c-accent)]"
                    >
                      {m.views[viewRow(t).label]}
                    </StateLink>
                  ))}
                </div>
              </Fold>
            </nav>
            <section aria-label={label} className="flex flex-col gap-3">
              <ViewBoundary key={tab} m={m}>
                <Suspense fallback={<Loading m={m} />}>
                  <DataReleaseContext value={releaseInfo(shown)}>
                    <ActiveView dataset={shown} state={state} update={update} lang={lang} m={m} actions={actions} />
                  </DataReleaseContext>
                  <ViewReadyMark view={tab} />
                </Suspense>
              </ViewBoundary>
            </section>
          </ReleaseContext>
        )}
      </main>
      <footer className="mt-auto border-t border-[var(--c-grid)] pt-3 text-xs text-[var(--c-muted)]">
        {m.footer}
        {shown && ` ${m.dataVersion}: ${shown.version}.`}
      </footer>
    </div>
  );
}
