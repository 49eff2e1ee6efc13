/**
 * The dashboard's entry: the only script the built page names. The default view is already in
 * the HTML (prerendered headline cards and GPU chart); this lets the browser paint it before any
 * of the app's code is fetched or run, then loads the app (main.tsx: React, the data, hydration)
 * right after that first frame. With the app named in the page instead, its modules arrived and
 * ran before the first paint on a fast connection: the chart showed at 2.2× the time of a
 * hand-written page of the same SVG, and at 1.2× when the app waited for the first frame
 * (bench/README.md). A URL with no prerendered copy (another view) shows "Loading…" in that
 * first frame, and waits for it too: one frame, and this file stays free of imports (a module
 * shared with the embed's boot script would become one more request for every embed).
 */
import '../index.css';
import '../embed/prerender.css';

function start(): void {
  // oxlint-disable-next-line no-restricted-imports -- the one way past the boot file.
  import('./main.tsx').catch((error: unknown) => {
    // The prerendered view stays as it is, readable; it only cannot react to the reader.
    console.warn('Compute Atlas: the interactive dashboard could not be loaded.', error);
    document.documentElement.dataset.loadFailed = '';
  });
}

/** After the next frame has been painted: a rAF callback runs just before a frame's paint, a task it posts runs after it. */
function afterNextPaint(run: () => void): void {
  // A page opened in a background tab paints no frame until it is shown: start now instead.
  if (document.visibilityState === 'hidden') run();
  else requestAnimationFrame(() => setTimeout(run, 0));
}

function decide(): void {
  // "moving": the head script is taking the reader to the file that holds the fitting copy.
  if (document.documentElement.dataset.pv === 'moving') return;
  afterNextPaint(start);
}

// The built page loads this script `async`: it may run before the document is parsed.
if (document.readyState !== 'loading') decide();
else document.addEventListener('DOMContentLoaded', decide, { once: true });
