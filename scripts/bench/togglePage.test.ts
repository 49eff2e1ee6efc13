import { JSDOM } from 'jsdom';
import { layoutBars } from '../../src/charts/kinds/barChart.layout.ts';
import { syntheticRows } from './synthetic.ts';
import { togglePage } from './togglePage.ts';

describe('the hand-written toggle page', () => {
  const rows = syntheticRows(40);
  const dom = new JSDOM(togglePage(rows), { runScripts: 'dangerously' });
  const doc = dom.window.document;
  const widths = () => [...doc.querySelectorAll('svg rect')].map((r) => Number(r.getAttribute('width')));
  const expected = (scale: 'log' | 'linear') => layoutBars(rows, 640, scale).bars.map((b) => Math.round(b.width * 100) / 100);

  it('draws one rect per row at the log layout, with its ticks', () => {
    expect(widths()).toEqual(expected('log'));
    expect(doc.querySelectorAll('#ticks line').length).toBe(layoutBars(rows, 640, 'log').ticks.length);
  });

  it('moves every bar to the linear layout on a click, and back on the next', () => {
    const button = doc.querySelector('button')!;
    button.click();
    expect(widths()).toEqual(expected('linear'));
    expect(widths()).not.toEqual(expected('log'));
    button.click();
    expect(widths()).toEqual(expected('log'));
  });
});
