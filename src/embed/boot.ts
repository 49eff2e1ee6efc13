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
import { startAutoHeight } from './autoHeight.ts';
import { isCopyShown } from './copies.ts';

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
  import('./main.tsx').catch((error: unknown) => {
    // Leave the prerendered chart (or the empty page's note) as it is; there is nothing to hydrate with.
    console.warn('Compute Atlas embed: the interactive chart could not be loaded.', error);
    document.documentElement.dataset.loadFailed = '';
  });
}

if (!isCopyShown(document)) start();
else {
  for (const t of TRIGGERS) window.addEventListener(t, start, { capture: true, passive: true });
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
  // No idle callback (Safari): after the page has loaded, not during its first paint.
  else window.addEventListener('load', () => window.setTimeout(start, IDLE_TIMEOUT_MS), { once: true });
}
