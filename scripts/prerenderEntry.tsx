/**
 * The server side of prerendering: renders the same components the browser hydrates (the embed
 * shell with each chart's panel, and the dashboard's App) to HTML strings. Loaded by
 * scripts/prerender.ts through Vite's SSR module loader after `vite build`, and by tests.
 *
 * Each built HTML file gets one copy: one per (view variant × language × width), each with its own useId
 * prefix. The title option is CSS (src/embed/prerender.css), so it needs no copy of its own. The
 * width is the build's (FIRST_WIDTH) or a phone's, in the file's `narrow/` twin (src/embed/narrowCopy.ts).
 *
 * Each copy also carries its frame's texts and its static image (PNG source), made from the
 * same panel: rendered once more with a FrameCaptureContext, its ChartFrame hands over texts,
 * alt text and chart, which frame/FrameImage.tsx draws as the downloads are drawn. Nothing is
 * read back out of the markup.
 */
import { StrictMode, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import css from '../src/index.css?raw';
import { App } from '../src/app/App.tsx';
import { FrameCaptureContext, type CapturedFrame } from '../src/charts/frame/capture.ts';
import { renderFrameImage, type RenderedImage } from '../src/charts/frame/FrameImage.tsx';
import { stylesheetPalette } from '../src/charts/frame/palette.ts';
import { approxMeasure } from '../src/charts/frame/textLayout.ts';
import type { PanelProps } from '../src/charts/panelProps.ts';
import { CHARTS, type ChartId, type ChartVariant } from '../src/charts/registry.ts';
import { EMBEDDABLE_VIEWS, VIEW_TABLE, viewRow, type ViewName } from '../src/view/views.ts';
import { datasetQuery } from '../src/data/queries.ts';
import type { Dataset } from '../src/data/schema.ts';
import { EmbedRoot } from '../src/embed/EmbedRoot.tsx';
import { WorldDataContext } from '../src/charts/views/world/worldContext.ts';
import type { WorldData } from '../src/data/epoch/worldTypes.ts';
import { ReadyMark } from '../src/embed/ReadyMark.tsx';
import { parseContextOf } from '../src/view/datasetContext.ts';
import { DASHBOARD_DROP, EMBED_DROP, prerenderKey } from '../src/embed/prerenderKey.ts';
import { LANGS } from '../src/i18n/lang.ts';
import type { Lang } from '../src/i18n/locales.ts';
import { loadAllMessages, MESSAGES } from '../src/i18n/messages.ts';
import { IMAGE_FONT } from './prerenderImage.ts';
import { createViewStore, type BrowserLike } from '../src/view/viewStore.ts';
import { addressPath, dashboardDir } from '../src/embed/addressPath.ts';
import { copyFolder, DEFAULT_VARIANT } from '../src/view/copyFolder.ts';
import { FIRST_WIDTH, FirstWidthContext } from '../src/charts/frame/useMeasuredWidth.ts';
import { NARROW_FOLDER, NARROW_WIDTH } from '../src/embed/narrowCopy.ts';
import { canonicalViewState, DEFAULT_VIEW_STATE, serialiseViewState, type ViewState } from '../src/view/viewState.ts';

export { LANGS };

// The build renders every language (this module runs in its own Vite SSR graph).
await loadAllMessages();

/** What a copy's frame says, for head tags, oEmbed and the image's alt text. */
export interface CopyText {
  title: string;
  subtitle: string;
  /** Warnings the frame shows above the chart (unlike scopes, a claim, a conversion). */
  notices: readonly string[];
  /** The generated alt text: the chart's description. */
  description: string;
  /** The source line as shown ("Fuentes: …"). */
  sources: string;
  /** The (first) chart's size, from its layout; null when the view draws none. */
  chart: { width: number; height: number } | null;
}

export interface Copy {
  readonly key: string;
  /** useId prefix: React needs the same one to hydrate this copy. */
  readonly prefix: string;
  readonly html: string;
  readonly lang: Lang;
  readonly hideTitle: boolean;
  /** `default`, or the registry variant's name. */
  readonly variant: string;
  /** The width its chart frames were drawn at: FIRST_WIDTH, or NARROW_WIDTH in a phone's copy. */
  readonly width: number;
  readonly state: ViewState;
  readonly text: CopyText;
  /** The framed chart as a standalone SVG in the light theme; null without a chart, or for a phone's copy. */
  readonly image: RenderedImage | null;
}

export interface PlannedPage {
  /** Relative to the build's outDir. */
  readonly file: string;
  readonly chart: ChartId | null;
  readonly drop: readonly string[];
  readonly copy: Copy;
}

/**
 * Where a copy lives: the default view in Spanish at the published address (`embed/<chart>/`,
 * the site's root), every other copy one folder down (`en/`, `<variant>-<lang>/`). Old links
 * keep working: the head script moves a visit to the file whose copy fits it.
 */
export function copyFile(dir: string, variant: string, lang: Lang, width: number = FIRST_WIDTH): string {
  return `${dir}${copyFolder(variant, lang)}${isPhoneCopy({ width }) ? NARROW_FOLDER : ''}index.html`;
}

export const isPhoneCopy = (copy: Pick<Copy, 'width'>) => copy.width === NARROW_WIDTH;

/** A copy's twin drawn at a phone's width: same key, text and state; no image (the wide copy's serves). */
function phoneCopy(copy: Copy, ui: ReactNode): Copy {
  return { ...copy, html: render(ui, copy.prefix, NARROW_WIDTH), width: NARROW_WIDTH, image: null };
}

const prefixOf = (i: number) => `v${i}-`;
/** Build images are in the light theme, in fonts resvg finds on the build machine. */
const IMAGE_ENV = { palette: stylesheetPalette(css), measure: approxMeasure, fontFamily: IMAGE_FONT };

/** The first chart frame `ui` renders, captured rather than rendered (see frame/capture.ts). */
function captureFrame(ui: ReactNode, prefix: string): CapturedFrame | null {
  let frame: CapturedFrame | null = null;
  renderToStaticMarkup(<FrameCaptureContext value={(f) => (frame ??= f)}>{ui}</FrameCaptureContext>, { identifierPrefix: prefix });
  return frame;
}

function textAndImage(ui: ReactNode, prefix: string, fallbackTitle: string, withImage: boolean): { text: CopyText; image: RenderedImage | null } {
  const frame = captureFrame(ui, prefix);
  if (!frame) return { text: { title: fallbackTitle, subtitle: '', notices: [], description: fallbackTitle, sources: '', chart: null }, image: null };
  const f: CapturedFrame = frame;
  const image = renderFrameImage(f, IMAGE_ENV);
  const text: CopyText = {
    title: f.texts.title,
    subtitle: f.texts.subtitle,
    notices: f.texts.notices,
    description: f.altText,
    sources: f.texts.sourceLine,
    chart: image?.charts[0] ?? null,
  };
  return { text, image: withImage ? image : null };
}

/** Wrapped as src/embed/mount.ts wraps what it hydrates, at the width the page will hydrate it at. */
function render(ui: ReactNode, prefix: string, width: number = FIRST_WIDTH): string {
  return renderToString(
    <ReadyMark>
      <FirstWidthContext value={width}>{ui}</FirstWidthContext>
    </ReadyMark>,
    { identifierPrefix: prefix },
  );
}

function embedCopies(chart: ChartId, Panel: ComponentType<PanelProps>, dataset: Dataset, base: string, world: WorldData | null): Copy[] {
  const ctx = parseContextOf(dataset);
  const variants: ChartVariant[] = [{ name: DEFAULT_VARIANT, state: {} }, ...(CHARTS[chart].variants?.(dataset) ?? [])];
  const copies: Copy[] = [];
  for (const variant of variants)
    for (const lang of LANGS) {
      const state = { ...canonicalViewState({ ...DEFAULT_VIEW_STATE, ...variant.state, view: 'gpus', lang }, ctx), view: chart };
      const key = prerenderKey({ ...state, view: 'gpus' }, lang, EMBED_DROP);
      if (copies.some((c) => c.key === key)) continue; // a variant equal to the default view (or its phone copy)
      const prefix = prefixOf(copies.length);
      // A world chart is rendered with the data, as the embed entry hydrates it (src/embed/main.tsx).
      const ui = (
        <WorldDataContext value={CHARTS[chart].needsWorld ? world : null}>
          <EmbedRoot chart={chart} Panel={Panel} dataset={dataset} state={state} lang={lang} base={base} />
        </WorldDataContext>
      );
      const html = render(ui, prefix);
      const { text, image } = textAndImage(ui, prefix, MESSAGES[lang].views[chart], true);
      const copy: Copy = { key, prefix, html, lang, hideTitle: false, variant: variant.name, width: FIRST_WIDTH, state, text, image };
      copies.push(copy, phoneCopy(copy, ui));
    }
  return copies;
}

/** The pages of each prerendered embeddable view (views.ts), one per copy. */
export async function planEmbedPages(dataset: Dataset, base: string, world: WorldData | null = null): Promise<PlannedPage[]> {
  const pages: PlannedPage[] = [];
  for (const chart of EMBEDDABLE_VIEWS) {
    if (!CHARTS[chart].isPrerendered) continue;
    const Panel = await CHARTS[chart].load();
    for (const copy of embedCopies(chart, Panel, dataset, base, world))
      pages.push({ file: copyFile(`embed/${chart}/`, copy.variant, copy.lang, copy.width), chart, drop: EMBED_DROP, copy });
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
  const restore = () => {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete (globalThis as { navigator?: unknown }).navigator;
  };
  let result: T;
  try {
    result = run();
  } catch (e) {
    restore();
    throw e;
  }
  // An asynchronous render reads the language until it settles.
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

/**
 * Which dashboard views get a page of their own (src/embed/addressPath.ts, dashboardDir): the
 * default view, and each world view in its default state (issue 11: their data is a large file
 * of its own, so without a copy the reader would wait for it before seeing anything). `dir` is
 * the page's folder under the base path.
 */
export const DASHBOARD_VIEWS: readonly { view: ViewName; dir: string }[] = VIEW_TABLE.flatMap((row) => {
  const dir = dashboardDir(row.id); // the default view is the table's first row
  return dir === null ? [] : [{ view: row.id, dir }];
});

/**
 * A world view's component is loaded on demand (React.lazy) and renderToString does not wait:
 * render once with the prerender API, which waits for every lazy part, so the real render finds
 * them loaded.
 */
async function loadLazyParts(ui: ReactNode): Promise<void> {
  const { prelude } = await prerenderToNodeStream(ui);
  for await (const _ of prelude) void _;
}

/**
 * The dashboard as App renders it with the data already loaded, a page per language and
 * dashboard view (DASHBOARD_VIEWS). A world view's page is rendered with Epoch's data, as
 * src/app/main.tsx hydrates it.
 */
export async function planDashboardPages(dataset: Dataset, base: string, world: WorldData): Promise<PlannedPage[]> {
  const pages: PlannedPage[] = [];
  const stateOf = (view: ViewName, lang: Lang): ViewState => ({ ...DEFAULT_VIEW_STATE, view, lang: lang === LANGS[0] ? null : lang });
  // Where each copy lives, as the head script's config lists it (scripts/prerender.ts, configOf):
  // the copy's links name the file that holds the copy they lead to (src/embed/addressPath.ts).
  const where = Object.fromEntries(
    DASHBOARD_VIEWS.flatMap(({ view, dir }) => LANGS.map((lang) => [prerenderKey(stateOf(view, lang), lang, DASHBOARD_DROP), base + dir + copyFolder(DEFAULT_VARIANT, lang)])),
  );
  for (const { view, dir } of DASHBOARD_VIEWS)
    for (const lang of LANGS) {
      // Another language than the site's first writes `lang=` into the copy's links: a reader
      // whose browser prefers Spanish but who chose English follows a tab link before the app
      // has hydrated, and must land on the English page (the key ignores `lang`).
      const state = stateOf(view, lang);
      const search = serialiseViewState(state);
      // A window stand-in at the site's root; links name the file of their copy, if any, as the
      // browser of a reader of this language writes them.
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
            <WorldDataContext value={viewRow(view).needsWorld ? world : null}>
              <App base={base} store={createViewStore(win, { pathFor: (q) => addressPath({ pages: where, drop: DASHBOARD_DROP, home: base }, q, [lang]) })} />
            </WorldDataContext>
          </QueryClientProvider>
        </StrictMode>
      );
      const prefix = prefixOf(pages.length);
      if (lang === LANGS[0]) await withBrowserLanguage(lang, () => loadLazyParts(ui));
      const html = withBrowserLanguage(lang, () => render(ui, prefix));
      // `<!--$!-->` marks a part that suspended: it would show a spinner, not the view.
      if (html.includes('<!--$!-->')) throw new Error(`prerender: the dashboard's ${view} view (${lang}) did not finish rendering at build`);
      // The dashboard's image is the GPU embed's (scripts/prerender.ts); its text is its first frame's.
      const { text } = withBrowserLanguage(lang, () => textAndImage(ui, prefix, MESSAGES[lang].appName, false));
      const copy: Copy = { key: prerenderKey(state, lang, DASHBOARD_DROP), prefix, html, lang, hideTitle: false, variant: DEFAULT_VARIANT, width: FIRST_WIDTH, state, text, image: null };
      const phone = withBrowserLanguage(lang, () => phoneCopy(copy, ui));
      for (const c of [copy, phone]) pages.push({ file: copyFile(dir, DEFAULT_VARIANT, lang, c.width), chart: null, drop: DASHBOARD_DROP, copy: c });
    }
  return pages;
}
