/**
 * The embed address of a view: `<base>embed/<chart>/?…`. Embeds are a public interface
 * (PRODUCT.md), so this is the one place that spells that path. The query is the view's own
 * canonical query minus `v=` (the path already names the chart); embed options (theme, lang,
 * hideTitle) are ordinary view-state fields. Pure: the caller supplies the page's address.
 */
import { serialiseViewState, type ViewState } from './viewState.ts';
import { isEmbeddable, viewRow } from './views.ts';
import { LOCALES } from '../i18n/locales.ts';

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
export function embedUrl(pageUrl: string, base: string, state: ViewState): string | null {
  if (!isEmbeddable(state.view)) return null;
  const folder = state.lang && viewRow(state.view).isPrerendered ? LOCALES[state.lang].pathPrefix : '';
  return `${siteRoot(pageUrl, base)}embed/${state.view}/${folder}${serialiseViewState({ ...state, view: 'gpus' })}`;
}

/** The optional parent-page script that sizes our iframes to their content. */
export function embedResizeScriptUrl(pageUrl: string, base: string): string {
  return `${siteRoot(pageUrl, base)}embed-resize.js`;
}
