/**
 * The interaction baseline: the same synthetic bar chart as the stress page, written by hand as
 * one <svg> plus the least script that can switch it between log and linear — both layouts are
 * computed here (the product's pure layoutBars) and the click only moves bars, whiskers, value
 * labels and ticks with setAttribute. "Toggle within 1.2× of a hand-written SVG page" compares
 * the product's BarChart with this page, clicked the same way (probe.ts timeToggle).
 * Pure: rows in, HTML string out (togglePage.test.ts).
 */
import { layoutBars, type BarLayout } from '../../src/charts/kinds/barChart.layout.ts';
import type { DetailedBarRow } from '../../src/charts/kinds/BarChart.tsx';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Math.round(v * 100) / 100;

/** Per bar: x, width, whisker end (or -1), value-label x, value inside (1/0); then ticks. */
function positions(l: BarLayout<DetailedBarRow>) {
  return {
    bars: l.bars.map((b) => [n(b.x), n(b.width), b.highX === undefined ? -1 : n(b.highX), n(b.valueX), b.isValueInside ? 1 : 0]),
    ticks: l.ticks.map((t) => [n(t.at), t.value]),
  };
}

export function togglePage(rows: readonly DetailedBarRow[], width = 640): string {
  const log = layoutBars(rows, width, 'log');
  const linear = layoutBars(rows, width, 'linear');
  const { plot } = log;
  const bars = log.bars
    .map(
      (b) =>
        `<g><text x="${n(b.labelX - 8)}" y="${n(b.labelY)}" text-anchor="end" dominant-baseline="middle">${esc(b.row.label)}</text>` +
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="#1f5fa8"/>` +
        `<line x1="${n(b.x + b.width)}" x2="${n(b.highX ?? b.x + b.width)}" y1="${n(b.valueY)}" y2="${n(b.valueY)}" stroke="#1b1d21" stroke-width="2"/>` +
        `<text x="${n(b.valueX)}" y="${n(b.valueY)}" dominant-baseline="middle" text-anchor="${b.isValueInside ? 'end' : 'start'}">${esc(b.row.valueLabel)}</text></g>`,
    )
    .join('');
  // `<` escaped so a label can never close the script element.
  const data = JSON.stringify({ log: positions(log), linear: positions(linear) }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Hand-written SVG toggle, ${rows.length} bars</title></head>
<body><button type="button" data-bench="scale">linear</button>
<div><svg width="${width}" height="${log.height}" viewBox="0 0 ${width} ${log.height}" font-size="12" font-family="system-ui, sans-serif">
<g id="ticks"></g>${bars}</svg></div>
<script>
const L = ${data};
const svg = document.querySelector('svg'), ticks = document.getElementById('ticks'), button = document.querySelector('button');
const groups = Array.from(svg.children).slice(1);
let scale = 'log';
function draw(p) {
  ticks.textContent = '';
  for (const [x, v] of p.ticks) {
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
    line.setAttribute('x1', x); line.setAttribute('x2', x); line.setAttribute('y1', ${plot.top}); line.setAttribute('y2', ${plot.bottom}); line.setAttribute('stroke', '#dcdde0');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', x); text.setAttribute('y', ${plot.bottom + 14}); text.setAttribute('text-anchor', 'middle'); text.textContent = v;
    ticks.append(line, text);
  }
  groups.forEach((g, i) => {
    const [x, w, high, vx, inside] = p.bars[i];
    const rect = g.children[1], whisker = g.children[2], value = g.children[3];
    rect.setAttribute('x', x); rect.setAttribute('width', w);
    whisker.setAttribute('x1', x + w); whisker.setAttribute('x2', high < 0 ? x + w : high);
    value.setAttribute('x', vx); value.setAttribute('text-anchor', inside ? 'end' : 'start');
  });
}
draw(L.log);
button.addEventListener('click', () => {
  scale = scale === 'log' ? 'linear' : 'log';
  button.textContent = scale === 'log' ? 'linear' : 'log';
  draw(L[scale]);
});
</script></body></html>
`;
}
