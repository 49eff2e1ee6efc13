/**
 * The baseline: a hand-written static page of the GPU chart, no JavaScript at all. One <svg>
 * with one <rect class="bar"> per bar, range whiskers, labels, values, grid and axis caption, at the positions
 * the product's layout computes; colours inline (no stylesheet request), the same system font.
 * Pure: input in, HTML string out (staticPage.test.ts).
 */
import type { Confidence } from '../../src/data/schema.ts';
import type { ChartInput } from './chartInput.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Light-theme colours of src/index.css; hatching is kept simple (a fill and an outline). */
const FILL: Record<Confidence, string> = { official: '#1f5fa8', reported: '#5b8fcc', estimate: '#f3d9bf', claim: '#fbe9e7' };
const STROKE: Partial<Record<Confidence, string>> = { estimate: '#b45309', claim: '#b42318' };

export function staticSvg(c: ChartInput): string {
  const { layout } = c;
  const grid = layout.ticks
    .map((t, i) => `<line x1="${n(t.at)}" x2="${n(t.at)}" y1="${layout.plot.top}" y2="${layout.plot.bottom}" stroke="#dcdde0"/>` +
      `<text x="${n(t.at)}" y="${layout.plot.bottom + 14}" text-anchor="middle" fill="#555a63">${esc(c.tickLabels[i] ?? '')}</text>`)
    .join('');
  const bars = layout.bars
    .map((b) => {
      const stroke = STROKE[b.row.confidence];
      const anchor = layout.isCompact ? 'start' : 'end';
      const dx = layout.isCompact ? 0 : -8;
      return (
        `<g><text x="${n(b.labelX + dx)}" y="${n(b.labelY)}" text-anchor="${anchor}" dominant-baseline="middle" fill="#1b1d21" font-weight="500">${esc(b.row.label)}</text>` +
        `<rect class="bar" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="2" fill="${FILL[b.row.confidence]}"${stroke ? ` stroke="${stroke}" stroke-width="1.5"` : ''}/>` +
        (b.highX === undefined ? '' : `<line x1="${n(b.x + b.width)}" x2="${n(b.highX)}" y1="${n(b.y + b.height / 2)}" y2="${n(b.y + b.height / 2)}" stroke="#1b1d21" stroke-width="2" stroke-dasharray="3 2"/>`) +
        `<text x="${n(b.valueX)}" y="${n(b.valueY)}" text-anchor="${b.isValueInside ? 'end' : 'start'}" dominant-baseline="middle" fill="${b.isValueInside ? '#fff' : '#1b1d21'}">${esc(b.row.valueLabel)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg role="img" aria-label="${esc(c.description)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-size="12">` +
    `<g aria-hidden="true">${grid}<text x="${layout.plot.left}" y="${layout.height - 2}" fill="#555a63" font-size="11">${esc(c.axisLabel)}</text></g>` +
    `${bars}</svg>`
  );
}

/**
 * A hand-written page around one chart: a figure with its title and subtitle, the chart's SVG
 * and an optional source line; a few inline styles, no stylesheet request, no script. Shared by
 * every hand-written baseline (this one and clustersPage.ts).
 */
export function handWrittenPage(p: { lang: string; title: string; subtitle: string; svg: string; sourceLine?: string }): string {
  return `<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(p.title)}</title>
<style>
html { background: #f7f7f5; color: #1b1d21; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
body { margin: 0; padding: 8px; }
figure { margin: 0; padding: 16px; background: #fff; border: 1px solid #dcdde0; border-radius: 8px; }
h2 { margin: 0; font-size: 18px; } p { margin: 4px 0 12px; font-size: 14px; color: #555a63; }
svg { display: block; width: 100%; height: auto; }
</style>
</head>
<body>
<figure>
<h2>${esc(p.title)}</h2>
<p>${esc(p.subtitle)}</p>
${p.svg}
${p.sourceLine === undefined ? '' : `<p>${esc(p.sourceLine)}</p>\n`}</figure>
</body>
</html>
`;
}

export function staticPage(c: ChartInput): string {
  return handWrittenPage({ lang: c.lang, title: c.title, subtitle: c.subtitle, svg: staticSvg(c), sourceLine: c.sourceLine });
}
