// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chartCard, inlineVars, lightPalette, rasterise, wrapText } from './prerenderImage.ts';

const css = readFileSync(resolve(__dirname, '../src/index.css'), 'utf8');
const palette = lightPalette(css);

describe('static images', () => {
  it('reads the light side of every colour variable', () => {
    for (const name of ['--c-text', '--c-muted', '--c-grid', '--c-surface', '--c-official', '--c-reported', '--c-estimate', '--c-claim'])
      expect(palette.get(name), name).toMatch(/^#[0-9a-f]{6}$/i);
    expect(palette.get('--c-surface')).toBe('#ffffff');
  });

  it('leaves no CSS variable in the SVG', () => {
    const svg = inlineVars('<rect style="fill:var(--c-official);stroke:var(--c-nope, #123)"/><text style="fill:var(--c-unknown)"/>', palette);
    expect(svg).not.toContain('var(');
    expect(svg).toContain(`fill:${palette.get('--c-official')}`);
    expect(svg).toContain('stroke:#123');
    expect(svg).toContain('fill:currentColor');
  });

  it('wraps text into lines that each fit', () => {
    const text = 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince';
    const lines = wrapText(text, 200, 12);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length * 12 * 0.55).toBeLessThanOrEqual(200 + 12 * 0.55 * 10);
  });

  it('frames the chart with its texts and rasterises it to a 2× PNG', () => {
    const chartSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><rect width="200" height="20" style="fill:${palette.get('--c-official')}"/></svg>`;
    const card = chartCard({ title: 'Título & <más>', subtitle: 'Sub', sources: 'Fuentes: X.', chartSvg, chartWidth: 300, chartHeight: 100, palette });
    expect(card.svg).toContain('Título &amp; &lt;más&gt;');
    expect(card.width).toBe(348);
    expect(card.height).toBeGreaterThan(100);
    const { png, width, height } = rasterise(card.svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(width).toBe(card.width * 2);
    expect(height).toBe(card.height * 2);
  });
});
