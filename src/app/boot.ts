/**
 * The dashboard's entry: the only script the built page names. The view is already in the HTML
 * (the default view's headline cards and GPU chart, or a world view's page), so nothing else loads
 * until the reader reaches for the page: the first pointer move, touch, focus or key press loads
 * the app (main.tsx: React, the data, hydration). A reader who only reads fetches no more script,
 * and the browser spends no time on the app while it paints. What the reader does while the app
 * loads is held and handed to it once it has hydrated (src/embed/intent.ts, replay.ts): no click or
 * key is lost. A URL with no prerendered copy (another view) shows "Loading…" and starts the app
 * after its first frame. Imports only CSS and the small boot chunk it shares with the embed
 * (vite.config.ts), so it costs one request more than itself.
 */
import '../index.css';
import '../embed/prerender.css';
import { isCopyShown } from '../embed/copies.ts';
import { holdInput, onFirstReach, type Hold } from '../embed/intent.ts';
import { prefetchWorldAfterPaint } from './worldPrefetch.ts';
import { afterNextPaint } from '../view/afterPaint.ts';

let started = false;

function start(hold: Hold): void {
  started = true;
  document.documentElement.dataset.waking = '';
  // oxlint-disable-next-line no-restricted-imports -- the one way past the boot file.
  import('./main.tsx')
    .then((m) => m.handOver(hold))
    .catch((error: unknown) => {
      // The prerendered view stays as it is, readable; it only cannot react to the reader.
      hold.release();
      console.warn('Compute Atlas: the interactive dashboard could not be loaded.', error);
      document.documentElement.dataset.loadFailed = '';
    })
    .finally(() => delete document.documentElement.dataset.waking);
}

function decide(): void {
  const html = document.documentElement;
  // "moving": the head script is taking the reader to the file that holds the fitting copy.
  if (html.dataset.pv === 'moving') return;
  const hold = holdInput(document);
  if (isCopyShown(document)) {
    onFirstReach(window, () => start(hold));
    // A world view's page: its data file, once the chart is painted (worldPrefetch.ts).
    prefetchWorldAfterPaint(window, () => started, afterNextPaint);
  } else afterNextPaint(() => start(hold));
}

// The built page loads this script `async`: it may run before the document is parsed.
if (document.readyState !== 'loading') decide();
else document.addEventListener('DOMContentLoaded', decide, { once: true });
