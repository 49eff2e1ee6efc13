import { test, expect } from './fixtures.ts';

/**
 * The dashboard's entry (src/app/boot.ts) lets the browser paint the prerendered view before it
 * asks for any of the app's code, then loads the app and hydrates. An ordering, not a timing:
 * the page names only the tiny entry, and every other script is requested after the first frame
 * that held the chart.
 */
test('the prerendered dashboard is painted before the app is requested, then hydrates', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __chartFrame?: number; __named?: string[] };
    // What the HTML itself names (the entry and its modulepreloads); the app adds more links later.
    document.addEventListener('DOMContentLoaded', () => {
      w.__named = [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="modulepreload"], script[type="module"][src]')].map((el) => ('href' in el ? el.href : el.src));
    });
    const look = () => {
      const bars = document.querySelectorAll('svg[role="graphics-document"] rect').length;
      // rAF runs just before its frame's paint; a task posted from it runs after that paint.
      if (document.readyState !== 'loading' && bars > 0) setTimeout(() => (w.__chartFrame ??= performance.now()), 0);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  const { namedBytes, frame, entry, app } = await page.evaluate(() => {
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType !== 'navigation' && /\.js$/.test(new URL(e.name).pathname));
    const w = window as unknown as { __chartFrame?: number; __named?: string[] };
    const entrySrc = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src;
    const named = new Set(w.__named);
    const app = scripts.filter((e) => !named.has(e.name));
    return {
      namedBytes: scripts.filter((e) => named.has(e.name)).reduce((sum, e) => sum + e.decodedBodySize, 0),
      frame: w.__chartFrame ?? null,
      entry: entrySrc,
      app: app.map((e) => ({ name: e.name, start: e.startTime })),
    };
  });
  expect(entry).toMatch(/\/assets\/main-[^/]+\.js$/);
  // The HTML names the boot script and the import helper only (a few KB, not the app's ~370 KB).
  expect(namedBytes).toBeGreaterThan(0);
  expect(namedBytes).toBeLessThan(8 * 1024);
  expect(frame).not.toBeNull();
  expect(app.length).toBeGreaterThan(3); // React, the app, the chart: loaded after all
  for (const script of app) expect(script.start, script.name).toBeGreaterThanOrEqual(frame!);
});
