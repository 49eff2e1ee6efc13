/**
 * The embed address of a view: `<base>embed/<chart>/?…`. Embeds are a public interface
 * (PRODUCT.md), so this is the one place that spells that path. The query is the view's own
 * canonical query minus `v=` (the path already names the chart); embed options (theme, lang,
 * hideTitle) are ordinary view-state fields. Pure: the caller supplies the page's address.
 */
import { DEFAULT_VIEW_STATE, serialiseViewState, type ViewState } from './viewState.ts';
import { isEmbeddable, viewRow, type ViewVariant } from './views.ts';
import { copyFolder, DEFAULT_VARIANT } from './copyFolder.ts';

/** The views with an embed page: the table's embeddable rows (views.ts). */
export { EMBEDDABLE_VIEWS } from './views.ts';

/**
 * The site's root: `base` (Vite's BASE_URL: `/`, `/atlas/` or a relative `./`) resolved against
 * `pageUrl` (an origin or the page's full absolute address, e.g. from the view store's
 * `hrefFor(state, true)`). When `pageUrl` is not absolute (prerendering), `base` as it is.
 */
export function siteRoot(pageUrl: string, base: string): string {
  const dirBase = base.endsWith('/') ? base : `${base}/`;
  try {
    // An origin alone has no path: give it one so a relative base resolves against the root.
    const page = /^[a-z][a-z0-9+.-]*:\/\/[^/]+$/i.test(pageUrl) ? `${pageUrl}/` : pageUrl;
    const url = new URL(dirBase, page);
    return url.origin + url.pathname;
  } catch {
    return dirBase;
  }
}

/**
 * `null` for a view without an embed. A language named in the state puts the address in that
 * language's folder (`embed/gpus/en/?lang=en`): the file that holds the chart's default view in
 * that language (scripts/prerender.ts), so the embed opens in one navigation instead of being
 * moved there by the head script (a second document: about half a static page's load in
 * `npm run bench`). Any other view of the chart renders in whichever folder serves it.
 */
export function embedUrl(pageUrl: string, base: string, state: ViewState, variants: readonly ViewVariant[] = []): string | null {
  if (!isEmbeddable(state.view)) return null;
  return `${siteRoot(pageUrl, base)}embed/${state.view}/${embedFolder(state, variants)}${serialiseViewState({ ...state, view: 'gpus' })}`;
}

/**
 * The folder of the embed file that holds `state`'s copy in its language: a prerendered variant
 * of the chart (a headline comparison: `<variant>-<lang>/`, as scripts/prerenderEntry.tsx names
 * it) whose state it is, else the language's folder. No language named: the chart's folder, and
 * the reader's browser picks.
 */
function embedFolder(state: ViewState, variants: readonly ViewVariant[]): string {
  if (!state.lang || !viewRow(state.view).isPrerendered) return '';
  // What a copy's key reads of the state: not the language, theme, title or release (a copy is of the latest).
  const bare = (s: ViewState) => serialiseViewState({ ...s, view: 'gpus', lang: null, theme: null, hideTitle: false, release: null });
  const own = bare(state);
  const variant = variants.find((v) => own !== '' && bare({ ...DEFAULT_VIEW_STATE, ...v.state } as ViewState) === own);
  return copyFolder(variant?.name ?? DEFAULT_VARIANT, state.lang);
}

/** The optional parent-page script that sizes our iframes to their content. */
export function embedResizeScriptUrl(pageUrl: string, base: string): string {
  return `${siteRoot(pageUrl, base)}embed-resize.js`;
}
