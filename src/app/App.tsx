/**
 * The dashboard shell: header, notices, headline cards, view tabs and the active view.
 * URL → view state (useViewState) → dataset + state → views. Only the view module touches the URL.
 */
import { LANGUAGE_OPTIONS } from '../i18n/lang.ts';
import { lazy, Suspense, useMemo, type MouseEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { EmbedDialog } from '../ui/EmbedDialog.tsx';
import { HeadlineCards } from '../ui/HeadlineCards.tsx';
import { IgnoredNotice } from '../ui/IgnoredNotice.tsx';
import { LoadError, Loading } from '../ui/LoadStates.tsx';
import { ShareButton } from '../ui/ShareButton.tsx';
import { Segmented } from '../ui/controls.tsx';
import { getPageViewStore, useViewState } from '../view/useViewState.ts';
import type { ViewStore } from '../view/viewStore.ts';
import { parseContextOf } from '../view/datasetContext.ts';
import type { ViewName, ViewState } from '../view/viewState.ts';
import { GpusView } from './GpusView.tsx';
import { resolveLang, useDocumentLangTheme } from './useLangTheme.ts';
import { useLoadedLang } from '../i18n/useLoadedLang.ts';

/** Tab order. Every view name the URL accepts has a tab. */
const TABS = ['gpus', 'money', 'compare', 'whatif', 'top500', 'models', 'clusters', 'world-models', 'world-chips', 'sources'] as const satisfies readonly ViewName[];
type Tab = (typeof TABS)[number];
const isTab = (v: ViewName): v is Tab => (TABS as readonly string[]).includes(v);

// The default view (prerendered and hydrated) is bundled; the others load when first opened,
// which keeps the first-load JavaScript within its budget.
const VIEW_COMPONENTS = {
  gpus: GpusView,
  money: lazy(() => import('./MoneyView.tsx').then((x) => ({ default: x.MoneyView }))),
  compare: lazy(() => import('./CompareView.tsx').then((x) => ({ default: x.CompareView }))),
  whatif: lazy(() => import('./WhatIfView.tsx').then((x) => ({ default: x.WhatIfView }))),
  top500: lazy(() => import('./Top500View.tsx').then((x) => ({ default: x.Top500View }))),
  models: lazy(() => import('./ModelsView.tsx').then((x) => ({ default: x.ModelsView }))),
  'world-models': lazy(() => import('./WorldModelsView.tsx').then((x) => ({ default: x.WorldModelsView }))),
  'world-chips': lazy(() => import('./WorldChipsView.tsx').then((x) => ({ default: x.WorldChipsView }))),
  clusters: lazy(() => import('./ClustersView.tsx').then((x) => ({ default: x.ClustersView }))),
} as const;
const SourcesPanel = lazy(() => import('../ui/SourcesPanel.tsx').then((x) => ({ default: x.SourcesPanel })));

export function App({ base = import.meta.env.BASE_URL, store = getPageViewStore() }: { base?: string; store?: ViewStore }) {
  const query = useQuery(datasetQuery(base));
  const ctx = useMemo(() => (query.data ? parseContextOf(query.data) : undefined), [query.data]);
  const [state, update, ignored, dismissIgnored] = useViewState(ctx, store);
  const lang = useLoadedLang(resolveLang(state));
  const m = MESSAGES[lang];
  const tab: Tab = isTab(state.view) ? state.view : 'gpus';
  useDocumentLangTheme(lang, state.theme, `${m.views[tab]} · ${m.appName}`);

  const hrefFor = (patch: Partial<ViewState>) => store.hrefFor({ ...state, ...patch }, false);
  const go = (e: MouseEvent, patch: Partial<ViewState>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // let the browser open a new tab
    e.preventDefault();
    update(patch, 'push');
  };
  const shareUrl = store.hrefFor(state, true);
  const ActiveView = VIEW_COMPONENTS[tab === 'sources' ? 'gpus' : tab];
  const actions = (
    <>
      <ShareButton url={shareUrl} title={`${m.views[tab]} · ${m.appName}`} labels={m.share} />
      <EmbedDialog state={state} pageUrl={shareUrl} base={base} lang={lang} m={m} />
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
          <Segmented legend={m.language} options={LANGUAGE_OPTIONS} value={lang} onChange={(l) => update({ lang: l }, 'replace')} />
          <Segmented
            legend={m.theme}
            options={[
              { value: 'auto', label: m.themes.auto },
              { value: 'light', label: m.themes.light },
              { value: 'dark', label: m.themes.dark },
            ]}
            value={state.theme ?? 'auto'}
            onChange={(t) => update({ theme: t === 'auto' ? null : t }, 'replace')}
          />
        </div>
      </header>
      <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} m={m} />
      <main id="main" className="flex flex-col gap-5">
        {query.isPending && <Loading m={m} />}
        {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} m={m} />}
        {query.data && (
          <>
            <HeadlineCards dataset={query.data} lang={lang} m={m} />
            <nav aria-label={m.viewsLabel} className="flex flex-wrap gap-1 border-b border-[var(--c-grid)]">
              {TABS.map((t) => (
                <a
                  key={t}
                  href={hrefFor({ view: t })}
                  aria-current={t === tab ? 'page' : undefined}
                  onClick={(e) => go(e, { view: t })}
                  className="-mb-px rounded-t-md border border-transparent px-3 py-2 text-sm font-medium aria-[current=page]:border-[var(--c-grid)] aria-[current=page]:border-b-[var(--c-bg)] aria-[current=page]:bg-[var(--c-bg)] aria-[current=page]:text-[var(--c-accent)]"
                >
                  {m.views[t]}
                </a>
              ))}
            </nav>
            <section aria-label={m.views[tab]} className="flex flex-col gap-3">
              <Suspense fallback={<Loading m={m} />}>
                {tab === 'sources' ? (
                  <SourcesPanel dataset={query.data} lang={lang} m={m} highlight={state.highlight} />
                ) : (
                  <ActiveView dataset={query.data} state={state} update={update} lang={lang} m={m} actions={actions} />
                )}
              </Suspense>
            </section>
          </>
        )}
      </main>
      <footer className="mt-auto border-t border-[var(--c-grid)] pt-3 text-xs text-[var(--c-muted)]">
        {m.footer}
        {query.data && ` ${m.dataVersion}: ${query.data.version}.`}
      </footer>
    </div>
  );
}
