/**
 * Which prerendered copy of a page fits a visit. A built page holds several copies of its first
 * screen (language × title shown or hidden × the chart's variants). `public/atlas-head.js` picks
 * one before the body is parsed, from `location.search` and the browser's languages, and shows
 * it (src/embed/prerender.css); the page's script computes the same key from the parsed view
 * state and hydrates that copy only if the keys agree, else renders from scratch.
 *
 * The key is `<lang>|<query>`: the view's canonical query without `lang`, without the
 * parameters a page's markup ignores (`drop`, e.g. `theme` in embeds) and without tracking
 * tags, re-encoded by URLSearchParams exactly as the head script does it.
 */
import type { Lang } from '../i18n/format.ts';
import { isTrackingParam } from '../view/queryLimits.ts';
import { serialiseViewState, type ViewState } from '../view/viewState.ts';

/** `<meta name="atlas-prerender" content='{"keys":[…],"drop":[…]}'>`, read by the head script. */
export const PRERENDER_META = 'atlas-prerender';

export interface PrerenderConfig {
  /** keys[i] is the key of the copy in `[data-variant="i"]`. */
  readonly keys: readonly string[];
  readonly drop: readonly string[];
}

/** An embed's markup does not depend on the theme: the head script sets it on <html> before paint. */
export const EMBED_DROP: readonly string[] = ['theme'];
export const DASHBOARD_DROP: readonly string[] = [];

/** prerender.css has one rule per index; the build fails past it. */
export const MAX_PRERENDERED = 16;

export function keyOfQuery(search: string, lang: Lang, drop: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (name === 'lang' || drop.includes(name) || isTrackingParam(name)) params.delete(name);
  return `${lang}|${params.toString()}`;
}

export function prerenderKey(state: ViewState, lang: Lang, drop: readonly string[]): string {
  return keyOfQuery(serialiseViewState(state), lang, drop);
}
