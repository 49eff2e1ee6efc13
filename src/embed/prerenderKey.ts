/**
 * Which prerendered copy fits a visit. Each built HTML file holds one prerendered copy of its
 * first screen (one file per language × the chart's variants; scripts/prerender.ts), so a reader
 * parses one chart, not four. `public/atlas-head.js` computes the visit's key before the body is
 * parsed, from `location.search` and the browser's languages: it shows the file's copy if the
 * keys agree, moves to the file that holds the fitting copy if another does (same query), or
 * hides the copy. The page's script computes the same key from the parsed view state and
 * hydrates the copy only if the keys agree, else renders from scratch.
 *
 * The key is `<lang>|<query>`: the view's canonical query without `lang`, without the
 * parameters a page's markup ignores (`drop`, e.g. `theme` in embeds) and without tracking
 * tags, re-encoded by URLSearchParams exactly as the head script does it.
 */
import type { Lang } from '../i18n/format.ts';
import { isTrackingParam } from '../view/queryLimits.ts';
import { serialiseViewState, type ViewState } from '../view/viewState.ts';

/** `<meta name="atlas-prerender" content='{"key":…,"drop":[…],"pages":{…}}'>`, read by the head script. */
export const PRERENDER_META = 'atlas-prerender';

export interface PrerenderConfig {
  /** The key of this file's copy (in `[data-variant="0"]`). */
  readonly key: string;
  readonly drop: readonly string[];
  /** Every prerendered copy of this page, by key: the path of the file that holds it. */
  readonly pages: Readonly<Record<string, string>>;
  /**
   * Embeds only: the dated release the copy's figures are. A URL pinned to it shows the same
   * figures, so it fits the copy (the head script drops `release=<this>` from the key).
   */
  readonly release?: string;
  /**
   * Dashboard pages only: the site's address, where the app writes a view that no file holds a
   * copy of (`/?v=clusters&wregion=spain`). A view that one holds is written at that file
   * (`/clusters/?v=clusters`), so a copied link or a reload opens in one navigation
   * (src/embed/addressPath.ts); the head script shows a fitting file at its own folder.
   */
  readonly home?: string;
  /**
   * The phone copies (src/embed/narrowCopy.ts): a visit whose viewport is narrower than `below`
   * goes to the file that holds its key's phone copy (by key, as `pages`), when one does.
   */
  readonly narrow?: { readonly below: number; readonly pages: Readonly<Record<string, string>> };
  /** This file's copy is a phone copy. */
  readonly isNarrow?: true;
}

/**
 * An embed's markup depends on neither the theme nor the title option: the head script sets
 * both on <html> before paint, and CSS hides the title (so `title=0` needs no copy of its own).
 */
export const EMBED_DROP: readonly string[] = ['theme', 'title'];
export const DASHBOARD_DROP: readonly string[] = [];

export function keyOfQuery(search: string, lang: Lang, drop: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name === 'lang' || drop.includes(name) || isTrackingParam(name)) params.delete(name);
  return `${lang}|${params.toString()}`;
}

/** `sameRelease`: the release the copies are (PrerenderConfig.release); a pin to it does not change the key. */
export function prerenderKey(state: ViewState, lang: Lang, drop: readonly string[], sameRelease: string | null = null): string {
  return keyOfQuery(serialiseViewState(state.release !== null && state.release === sameRelease ? { ...state, release: null } : state), lang, drop);
}

/** The page's prerender config, if the build wrote one. */
export function readPrerenderConfig(doc: Pick<Document, 'querySelector'>): PrerenderConfig | null {
  try {
    return JSON.parse(doc.querySelector<HTMLMetaElement>(`meta[name="${PRERENDER_META}"]`)?.content ?? 'null') as PrerenderConfig | null;
  } catch {
    return null;
  }
}
