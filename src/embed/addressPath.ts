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
import { keyOfQuery, type PrerenderConfig } from './prerenderKey.ts';

/** What the address needs from the page's prerender config (a dashboard page's has `home`). */
export type AddressConfig = Pick<PrerenderConfig, 'pages' | 'drop'> & { readonly home: string };

/**
 * The path for `search`: the file holding the copy that fits it for a reader with `languages`
 * (the head script's key: the query's `lang`, else the browser's), else `home`.
 */
export function addressPath(config: AddressConfig, search: string, languages: readonly string[]): string {
  const lang = new URLSearchParams(search).get('lang');
  const key = keyOfQuery(search, pageLang(lang !== null && isLang(lang) ? lang : null, languages), config.drop);
  return Object.hasOwn(config.pages, key) ? (config.pages[key] ?? config.home) : config.home;
}

/** The page's `addressPath`, if it is a dashboard page (its config names a `home`). */
export function addressPathOf(config: PrerenderConfig | null, languages: readonly string[]): ((search: string) => string) | undefined {
  if (!config?.home) return undefined;
  const withHome: AddressConfig = { pages: config.pages, drop: config.drop, home: config.home };
  return (search) => addressPath(withHome, search, languages);
}
