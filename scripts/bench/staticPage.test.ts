// @vitest-environment jsdom
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../datasetFiles.ts';
import { gpuChartInput } from './chartInput.ts';
import { domainOf, plotInput } from './pages.ts';
import { staticPage, staticSvg } from './staticPage.ts';

const loaded = loadDatasetFromDir(resolve(__dirname, '../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const chart = gpuChartInput(loaded.dataset);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the hand-written static page', () => {
  const doc = parse(staticPage(chart));

  it('has one bar <rect> per bar of the chart, at the layout’s positions and sizes', () => {
    const rects = [...doc.querySelectorAll('svg rect.bar')];
    expect(chart.rows.length).toBeGreaterThan(1);
    expect(rects).toHaveLength(chart.rows.length);
    expect(doc.querySelectorAll('svg rect')).toHaveLength(chart.rows.length); // "painted" counts every rect
    rects.forEach((r, i) => {
      const bar = chart.layout.bars[i]!;
      expect(Number(r.getAttribute('width'))).toBeCloseTo(bar.width, 1);
      expect(Number(r.getAttribute('y'))).toBeCloseTo(bar.y, 1);
    });
  });

  it('writes every label and value, and the chart’s size', () => {
    const text = doc.querySelector('svg')!.textContent!;
    for (const row of chart.rows) {
      expect(text).toContain(row.label);
      expect(text).toContain(row.valueLabel);
    }
    expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe(`0 0 ${chart.layout.width} ${chart.layout.height}`);
  });

  it('has no script and no external request but the icon (none at all)', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('link[rel="stylesheet"], img')).toHaveLength(0);
  });

  it('escapes labels', () => {
    const hostile = { ...chart, rows: chart.rows.slice(0, 1) };
    const bar = { ...chart.layout.bars[0]!, row: { ...chart.rows[0]!, label: '<b>&"x"' } };
    const svg = staticSvg({ ...hostile, layout: { ...chart.layout, bars: [bar] } });
    expect(parse(svg).querySelector('b')).toBeNull();
    expect(parse(svg).querySelector('svg')!.textContent).toContain('<b>&"x"');
  });
});

describe('the Observable Plot page input', () => {
  it('reads back the x domain the product layout used (log and linear)', () => {
    for (const scale of ['log', 'linear'] as const) {
      const c = gpuChartInput(loaded.dataset, { scale });
      const [d0, d1] = domainOf(c.layout, scale);
      const f = scale === 'log' ? Math.log10 : (v: number) => v;
      const { left, right } = c.layout.plot;
      // Every tick sits where the domain says it should.
      for (const t of c.layout.ticks) expect(left + ((f(t.value) - f(d0)) / (f(d1) - f(d0))) * (right - left)).toBeCloseTo(t.at, 3);
    }
  });

  it('carries the same rows, size and margins as the layout', () => {
    const input = plotInput(chart, 'log');
    expect(input.rows.map((r) => r.label)).toEqual(chart.rows.map((r) => r.label));
    expect(input.width).toBe(chart.layout.width);
    expect(input.height).toBe(chart.layout.height);
    expect(input.margin.left + (input.width - input.margin.left - input.margin.right)).toBe(chart.layout.plot.right);
  });
});
