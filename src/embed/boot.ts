/**
 * The embed's entry: the only script a page with a prerendered chart runs before it is idle.
 * The chart is already painted from HTML; this reports its height at once and defers React
 * (about 100 KB gzipped with the chart's code) until the reader reaches for the chart or the
 * browser is idle — so a blog post with several embeds does not pay for all of them up front.
 * A custom view has no prerendered copy to show, so then React starts right away.
 */
import '../index.css';
import './prerender.css';
import './embed.css';
import { pageLang } from '../i18n/lang.ts';
import { parseViewState } from '../view/viewState.ts';
import { startAutoHeight } from './autoHeight.ts';
import { hasCopy } from './copies.ts';
import { EMBED_DROP, prerenderKey } from './prerenderKey.ts';

/** Signs that the reader is about to use the chart: load the interactive version now. */
const TRIGGERS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'touchstart'] as const;
/** Hydrate by then at the latest, even on a busy page. */
const IDLE_TIMEOUT_MS = 1500;

startAutoHeight(window, document.documentElement);

let isStarted = false;
function start(): void {
  if (isStarted) return;
  isStarted = true;
  for (const t of TRIGGERS) window.removeEventListener(t, start, true);
  void import('./main.tsx');
}

const { state } = parseViewState(location.search);
const key = prerenderKey({ ...state, view: 'gpus' }, pageLang(state.lang, navigator.languages), EMBED_DROP);
if (!hasCopy(document, key)) start();
else {
  for (const t of TRIGGERS) window.addEventListener(t, start, { capture: true, passive: true });
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(start, 200);
}
