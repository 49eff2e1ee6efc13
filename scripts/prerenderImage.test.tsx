import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BarChart } from '../src/charts/kinds/BarChart.tsx';
import { renderFrameImage } from '../src/charts/frame/FrameImage.tsx';
import { stylesheetPalette } from '../src/charts/frame/palette.ts';
import { approxMeasure } from '../src/charts/frame/textLayout.ts';
import { IMAGE_FONT, rasterise } from './prerenderImage.ts';

const palette = stylesheetPalette(readFileSync(resolve(import.meta.dirname, '../src/index.css'), 'utf8'));
const row = (id: string, value: number) => ({ id, label: id, value, confidence: 'official' as const, valueLabel: String(value), details: [], ariaLabel: id });

test('a framed chart image rasterises to a 2× PNG', () => {
  const image = renderFrameImage(
    {
      texts: { title: 'Título & <más>', showTitle: true, subtitle: 'Sub', notices: [], sourceLine: 'Fuentes: X.' },
      altText: 'Texto alternativo',
      legend: [],
      chart: <BarChart rows={[row('a', 10), row('b', 1000)]} width={300} scale="log" formatTick={String} title="t" description="d" axisLabel="GPU" />,
    },
    { palette, measure: approxMeasure, fontFamily: IMAGE_FONT },
  )!;
  expect(image.svg).toContain('Título &amp; &lt;más&gt;');
  expect(image.svg).not.toContain('var(');
  expect(image.charts).toEqual([{ width: 300, height: expect.any(Number) }]);
  const { png, width, height } = rasterise(image.svg);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(width).toBe(image.width * 2);
  expect(height).toBe(image.height * 2);
});
