/**
 * Prerendered pages inline the CSS their first paint needs (scripts/criticalCss.ts) and name the
 * whole stylesheet in `<link rel="stylesheet" media="print" data-atlas-css>`: fetched without
 * blocking the first paint, applied to the screen only when a script asks — the embed when the
 * reader reaches for the chart, the dashboard when it starts. No inline `onload` handler, so a
 * strict CSP allows it.
 */

/** Applies the whole stylesheets to the screen; resolves when they have loaded (at once if they had). */
export function loadFullStylesheet(doc: Document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[data-atlas-css]')].filter((l) => l.media !== 'all');
  return Promise.all(
    links.map((link) => {
      const loaded = link.sheet
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            // A failed stylesheet leaves the inline CSS: the page still works, less styled.
            link.addEventListener('load', () => resolve(), { once: true });
            link.addEventListener('error', () => resolve(), { once: true });
          });
      link.media = 'all';
      return loaded;
    }),
  ).then(() => undefined);
}
