/**
 * The reference page: the GPU chart drawn by Observable Plot (bundled from npm by Vite, like the
 * product, minified the same way). Same width and height, same bars, labels, ticks and colours as
 * the product's default view; the data is inline in the page (no fetch), as on the static page.
 */
import { barX, plot, ruleX, text } from '@observablehq/plot';

export interface PlotInput {
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
  scale: 'log' | 'linear';
  domain: [number, number];
  ticks: number[];
  tickLabels: string[];
  axisLabel: string;
  rows: { label: string; value: number; valueLabel: string; fill: string; stroke: string | null }[];
}

const script = document.getElementById('bench-data');
const input = JSON.parse(script?.textContent ?? 'null') as PlotInput;
const labels = input.rows.map((r) => r.label);
const chart = plot({
  width: input.width,
  height: input.height,
  marginLeft: input.margin.left,
  marginRight: input.margin.right,
  marginTop: input.margin.top,
  marginBottom: input.margin.bottom,
  style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent' },
  x: {
    type: input.scale,
    domain: input.domain,
    ticks: input.ticks,
    tickFormat: (v: number) => input.tickLabels[input.ticks.indexOf(v)] ?? '',
    grid: true,
    label: input.axisLabel,
    labelAnchor: 'left',
  },
  y: { domain: labels, label: null, padding: 0.36, tickSize: 0 },
  marks: [
    ruleX([input.domain[0]], { stroke: '#dcdde0' }),
    barX(input.rows, { x1: input.domain[0], x2: 'value', y: 'label', fill: (r) => r.fill, stroke: (r) => r.stroke ?? 'none', rx: 2 }),
    text(input.rows, { x: 'value', y: 'label', text: 'valueLabel', dx: 6, textAnchor: 'start', fill: '#1b1d21' }),
  ],
});
document.getElementById('chart')?.append(chart);
