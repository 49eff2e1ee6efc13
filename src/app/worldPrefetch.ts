/**
 * A world view's prerendered page (`clusters/`, `where/`…) hydrates with the world data file its
 * copy was rendered with (`<meta name="atlas-world">`, src/app/worldCopy.tsx): about 200 KB
 * gzipped, 1.8 MB of JSON. Preloaded from the HTML, that download ran beside the parsing of the
 * chart and delayed its first paint (bench/README.md, ninth session). So the page names the file
 * without preloading it, and the boot script asks for it once the page has loaded and painted:
 * when the reader reaches for the chart, the app finds it in the preload cache (same URL, same
 * credentials mode as its fetch) instead of starting the download then.
 *
 * Pure DOM, no imports beyond a constant: it is part of the dashboard's boot script.
 */
export const WORLD_META = 'atlas-world';

/**
 * Once `win` has loaded and painted its next frame, adds `<link rel="preload" as="fetch"
 * crossorigin>` for the page's world data file — unless `appStarted()` says the app has begun
 * fetching it itself (a second request would download it twice), or the page names none.
 * `afterNextPaint` is the boot script's own (a rAF, then a task).
 */
export function prefetchWorldAfterPaint(win: Window, appStarted: () => boolean, afterNextPaint: (run: () => void) => void): void {
  const doc = win.document;
  const href = doc.querySelector<HTMLMetaElement>(`meta[name="${WORLD_META}"]`)?.content;
  if (!href) return;
  const prefetch = () => {
    if (appStarted()) return;
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous'; // credentials "same-origin", as the app's fetch (src/app/main.tsx)
    link.href = href;
    doc.head.append(link);
  };
  const afterLoad = () => afterNextPaint(prefetch);
  if (doc.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });
}
