/**
 * Reads a prerendered copy's text back out of its markup: the chart frame's title and subtitle,
 * the chart's generated description (the `<desc>` of its SVG: the same alt text the screen
 * reader gets), the source line, and the chart's SVG as XML for the static image. Reading the
 * markup, rather than asking each chart, keeps the registry one line per chart and guarantees
 * the page's meta tags say what the chart says.
 */
import { JSDOM } from 'jsdom';

export interface CopyText {
  title: string;
  subtitle: string;
  /** Warnings the frame shows above the chart (unlike scopes, a claim, a conversion). */
  notices: string[];
  description: string;
  sources: string;
  chart: { svg: string; width: number; height: number } | null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function readCopy(html: string): CopyText {
  const { window } = new JSDOM(`<!doctype html><body>${html}</body>`);
  const doc = window.document;
  const svg = doc.querySelector('svg[role="graphics-document"]');
  const title = clean(doc.querySelector('figure header h2, figure h2')?.textContent) || clean(svg?.querySelector('title')?.textContent);
  const description = clean(svg?.querySelector('desc')?.textContent) || clean(doc.querySelector('[role="alert"] p')?.textContent) || title;
  let chart: CopyText['chart'] = null;
  if (svg) {
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    if (width > 0 && height > 0) chart = { svg: new window.XMLSerializer().serializeToString(svg), width, height };
  }
  return {
    title,
    subtitle: clean(doc.querySelector('figure header p')?.textContent),
    notices: [...doc.querySelectorAll('figure [role="note"]')].map((n) => clean(n.textContent)).filter(Boolean),
    description,
    sources: clean(doc.querySelector('figure figcaption')?.textContent),
    chart,
  };
}
