/**
 * Which file a dashboard address names. Each view's default state is prerendered into a file of
 * its own (`./`, `en/`, `clusters/`, `clusters/en/`…; scripts/prerender.ts), and the head script
 * moves a visit to the file whose copy fits it (public/atlas-head.js): a second document, which
 * a reader waits for (about a third of a static page's load in `npm run bench`). So the app writes
 * each address at the file that holds its copy — `clusters/?v=clusters`, not `./?v=clusters` —
 * and a copied link, a reload or a tab link opens in one navigation. An address with no copy (a
 * filtered view, another view) is written at the site's address (`home`), which renders it.
 *
 * The state is all in the query either way (PRODUCT.md): the path only says which file serves
 * it, and every path serves every query (`./?v=clusters` still works, one move later).
 */
import { pageLang, isLang } from '../i18n/lang.ts';
import type { Lang } from '../i18n/locales.ts';
import { copyFolder, DEFAULT_VARIANT } from '../view/copyFolder.ts';
import { DEFAULT_VIEW_STATE, type ViewName, type ViewState } from '../view/viewState.ts';
import { viewRow } from '../view/views.ts';
import { DASHBOARD_DROP, keyOfQuery, prerenderKey, type PrerenderConfig } from './prerenderKey.ts';

/**
 * The folder of a view's dashboard file, for the views whose default state has one (the default
 * view at the site's root, each world view in a folder of its own; scripts/prerenderEntry.tsx
 * builds them from this), or `null`. Each language but the first is a folder inside it.
 */
export function dashboardDir(view: ViewName): string | null {
  if (view === DEFAULT_VIEW_STATE.view) return '';
  return viewRow(view).needsWorld ? `${view}/` : null;
}

/**
 * Where, under the site's root, the dashboard file that holds `state`'s copy in `lang` is (`''`,
 * `en/`, `clusters/en/`…), or `''` (the root, which renders it) when no file holds it: for links
 * made without the page's config, such as an embed's "open in Compute Atlas".
 */
export function dashboardFolder(state: ViewState, lang: Lang): string {
  const dir = dashboardDir(state.view);
  // The copy's key, as the build names the file and the head script matches it.
  const isCopy = prerenderKey(state, lang, DASHBOARD_DROP) === prerenderKey({ ...DEFAULT_VIEW_STATE, view: state.view }, lang, DASHBOARD_DROP);
  return dir !== null && isCopy ? dir + copyFolder(DEFAULT_VARIANT, lang) : '';
}

/** What the address needs from the page's prerender config (a dashboard page's has `home`). */
export type AddressConfig = Pick<PrerenderConfig, 'pages' | 'drop'> & { readonly home: string };

/**
 * The path for `search`: the file holding the copy that fits it for a reader with `languages`
 * (the head script's key: the query's `lang`, else the browser's), else `home`.
 */
export function addressPath(config: AddressConfig, search: string, languages: readonly string[]): string {
  const lang = new URLSearchParams(search).get('lang');
  const key = keyOfQuery(search, pageLang(lang !== null && isLang(lang) ? lang : null, languages), config.drop);
  return config.pages[key] ?? config.home; // keys hold a '|': no inherited property is one
}

/** The page's `addressPath`, if it is a dashboard page (its config names a `home`). */
export function addressPathOf(config: PrerenderConfig | null, languages: readonly string[]): ((search: string) => string) | undefined {
  const home = config?.home;
  if (!config || !home) return undefined;
  return (search) => addressPath({ ...config, home }, search, languages);
}
