/**
 * The server side of prerendering: renders the same components the browser hydrates (the embed
 * shell with each chart's panel, and the dashboard's App) to HTML strings. Loaded by
 * scripts/prerender.ts through Vite's SSR module loader after `vite build`, and by tests.
 *
 * A page gets one copy per (view variant × language), plus the default view without its title,
 * each with its own useId prefix (copies share a document, and SVG pattern ids must not collide).
 * Copy 0 is the default view in Spanish with its title: what shows without scripts.
 */
import { StrictMode, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../src/app/App.tsx';
import type { PanelProps } from '../src/charts/panelProps.ts';
import { CHART_IDS, CHARTS, type ChartId, type ChartVariant } from '../src/charts/registry.ts';
import { datasetQuery } from '../src/data/queries.ts';
import type { Dataset } from '../src/data/schema.ts';
import { EmbedRoot } from '../src/embed/EmbedRoot.tsx';
import { ReadyMark } from '../src/embed/ReadyMark.tsx';
import { parseContextOf } from '../src/view/datasetContext.ts';
import { DASHBOARD_DROP, EMBED_DROP, MAX_PRERENDERED, prerenderKey } from '../src/embed/prerenderKey.ts';
import type { Lang } from '../src/i18n/format.ts';
import { createViewStore, type BrowserLike } from '../src/view/viewStore.ts';
import { canonicalViewState, DEFAULT_VIEW_STATE, serialiseViewState, type ViewState } from '../src/view/viewState.ts';

export const LANGS: readonly Lang[] = ['es', 'en'];
const DEFAULT_VARIANT = 'default';

export interface Copy {
  readonly key: string;
  /** useId prefix: React needs the same one to hydrate this copy. */
  readonly prefix: string;
  readonly html: string;
  readonly lang: Lang;
  readonly hideTitle: boolean;
  /** `default`, or the registry variant's name. */
  readonly variant: string;
  readonly state: ViewState;
}

export interface PlannedPage {
  /** Relative to the build's outDir. */
  readonly file: string;
  readonly chart: ChartId | null;
  readonly drop: readonly string[];
  readonly copies: readonly Copy[];
}

const prefixOf = (i: number) => `v${i}-`;

/** Wrapped as src/embed/mount.ts wraps what it hydrates. */
function render(ui: ReactNode, prefix: string): string {
  return renderToString(<ReadyMark>{ui}</ReadyMark>, { identifierPrefix: prefix });
}

function embedCopies(chart: ChartId, Panel: ComponentType<PanelProps> | undefined, dataset: Dataset, base: string): Copy[] {
  const ctx = parseContextOf(dataset);
  const variants: ChartVariant[] = [{ name: DEFAULT_VARIANT, state: {} }, ...(Panel ? (CHARTS[chart]?.variants?.(dataset) ?? []) : [])];
  const copies: Copy[] = [];
  for (const variant of variants)
    for (const lang of LANGS)
      // Title-less copies of the default view only: each copy weighs on every visit's HTML.
      for (const hideTitle of variant.name === DEFAULT_VARIANT ? [false, true] : [false]) {
        const state = { ...canonicalViewState({ ...DEFAULT_VIEW_STATE, ...variant.state, view: 'gpus', lang, hideTitle }, ctx), view: chart };
        const key = prerenderKey({ ...state, view: 'gpus' }, lang, EMBED_DROP);
        if (copies.some((c) => c.key === key)) continue; // a variant equal to the default view
        const prefix = prefixOf(copies.length);
        const html = render(<EmbedRoot chart={chart} Panel={Panel} dataset={dataset} state={state} lang={lang} base={base} />, prefix);
        copies.push({ key, prefix, html, lang, hideTitle, variant: variant.name, state });
      }
  return copies;
}

/** One page per chart id (charts without a panel get a page that says so). */
export async function planEmbedPages(dataset: Dataset, base: string): Promise<PlannedPage[]> {
  const pages: PlannedPage[] = [];
  for (const chart of CHART_IDS) {
    const Panel = await CHARTS[chart]?.load();
    const copies = embedCopies(chart, Panel, dataset, base);
    if (copies.length > MAX_PRERENDERED) throw new Error(`embed/${chart}: ${copies.length} prerendered copies, at most ${MAX_PRERENDERED}`);
    pages.push({ file: `embed/${chart}/index.html`, chart, drop: EMBED_DROP, copies });
  }
  return pages;
}

/**
 * Renders with `navigator.languages` set to `[lang]`, as in a browser that prefers `lang`: App
 * resolves an absent `lang=` from it, and the bare URL (no `lang=`) is the one worth prerendering.
 */
function withBrowserLanguage<T>(lang: Lang, run: () => T): T {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: { language: lang, languages: [lang] }, configurable: true, writable: true });
  try {
    return run();
  } finally {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete (globalThis as { navigator?: unknown }).navigator;
  }
}

/** The dashboard's default view, as App renders it with the data already loaded. */
export function planDashboardPage(dataset: Dataset, base: string): PlannedPage {
  const copies = LANGS.map((lang, i): Copy => {
    const state: ViewState = DEFAULT_VIEW_STATE;
    const search = serialiseViewState(state);
    // A window stand-in at the site's root, so links render as the browser will render them.
    const win: BrowserLike = {
      location: { origin: '', pathname: base, search, hash: '' },
      history: { pushState: () => undefined, replaceState: () => undefined, state: null },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const client = new QueryClient();
    client.setQueryData(datasetQuery(base).queryKey, dataset);
    const ui = (
      <StrictMode>
        <QueryClientProvider client={client}>
          <App base={base} store={createViewStore(win)} />
        </QueryClientProvider>
      </StrictMode>
    );
    const html = withBrowserLanguage(lang, () => render(ui, prefixOf(i)));
    return { key: prerenderKey(state, lang, DASHBOARD_DROP), prefix: prefixOf(i), html, lang, hideTitle: false, variant: DEFAULT_VARIANT, state };
  });
  return { file: 'index.html', chart: null, drop: DASHBOARD_DROP, copies };
}
