/**
 * A downloaded SVG looks the same on a machine without the page's fonts. The file names a
 * generic system stack and fits each frame line to its laid-out width (`textLength`), so resvg
 * drawing it with the system's sans-serif (Liberation Sans here) and with system fonts off and
 * only a much wider fallback (DejaVu Sans) gives the same text boxes, inside the image. The same
 * lines without `textLength` differ by more than 5 % — the fonts really differ, so this can fail.
 * (jsdom only parses the file; resvg, a native module, draws it.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { loadValidDataset } from '../../../scripts/datasetFiles.ts';
import { currentRelease } from '../../data/release.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { formatDate } from '../../i18n/format.ts';
import { DEFAULT_VIEW_STATE } from '../../view/viewState.ts';
import { GpusPanel } from '../views/gpus/GpusPanel.tsx';
import { FONT_STACK } from './browserEnv.ts';
import { FrameCaptureContext, type CapturedFrame } from './capture.ts';
import { renderFrameImage } from './FrameImage.tsx';
import { stylesheetPalette } from './palette.ts';
import { DataReleaseContext } from './releaseContext.ts';
import { approxMeasure } from './textLayout.ts';

const root = resolve(import.meta.dirname, '../../..');
const dataset = loadValidDataset(resolve(root, 'data'));
const css = readFileSync(resolve(root, 'src/index.css'), 'utf8');
const FONTS = '/usr/share/fonts/truetype';

const SYSTEM_FONTS: ResvgRenderOptions = { font: { loadSystemFonts: true, sansSerifFamily: 'Liberation Sans', defaultFontFamily: 'Liberation Sans' } };
const FALLBACK_ONLY: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: [`${FONTS}/dejavu/DejaVuSans.ttf`, `${FONTS}/dejavu/DejaVuSans-Bold.ttf`], sansSerifFamily: 'DejaVu Sans', defaultFontFamily: 'DejaVu Sans' },
};

function exportedSvg(lang: 'es' | 'en'): string {
  let frame: CapturedFrame | null = null;
  const ui: ReactNode = (
    <DataReleaseContext value={currentRelease(dataset)}>
      <GpusPanel dataset={dataset} state={DEFAULT_VIEW_STATE} lang={lang} m={MESSAGES[lang]} />
    </DataReleaseContext>
  );
  renderToStaticMarkup(<FrameCaptureContext value={(f) => (frame ??= f)}>{ui}</FrameCaptureContext>);
  const f = frame as CapturedFrame | null;
  if (!f) throw new Error('no frame captured');
  // As the browser's download makes it: the generic stack, lines fitted to their measured widths.
  const image = renderFrameImage({ ...f, texts: { ...f.texts, credit: MESSAGES[lang].export.credit(MESSAGES[lang].appName) } }, {
    palette: stylesheetPalette(css),
    measure: approxMeasure,
    fontFamily: FONT_STACK,
    fitText: true,
  });
  if (!image) throw new Error('no image');
  return image.svg;
}

/** Each frame line (a <text> of the root) alone in an SVG of the same size and font, as a string. */
function frameLines(svg: string): { text: string; alone: (keepLength: boolean) => string; width: number }[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const rootEl = doc.documentElement;
  const width = Number(rootEl.getAttribute('width'));
  const height = Number(rootEl.getAttribute('height'));
  const texts = [...rootEl.children].filter((n) => n.localName === 'text');
  return texts.map((t) => ({
    text: t.textContent ?? '',
    width,
    alone: (keepLength: boolean) => {
      const copy = t.cloneNode(true) as Element;
      if (!keepLength) copy.removeAttribute('textLength');
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${rootEl.getAttribute('font-family')!.replace(/"/g, "'")}" font-size="12">${new XMLSerializer().serializeToString(copy)}</svg>`;
    },
  }));
}

const box = (svg: string, options: ResvgRenderOptions) => {
  const b = new Resvg(svg, options).getBBox();
  if (!b) throw new Error('nothing drawn');
  return b;
};

describe.each(['es', 'en'] as const)('the SVG download in %s', (lang) => {
  const svg = exportedSvg(lang);
  const lines = frameLines(svg);

  test('names a generic system font stack, embeds no web font, and names the data release', () => {
    expect(svg).toMatch(/font-family="system-ui, -apple-system, &#x27;Segoe UI&#x27;, Roboto, &#x27;Helvetica Neue&#x27;, Arial, sans-serif"|font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"/);
    expect(svg).not.toMatch(/@font-face|\.woff2?|\.ttf/);
    const release = currentRelease(dataset);
    expect(lines.map((l) => l.text).join('\n')).toContain(release.id);
    expect(lines.every((l) => l.alone(true).includes('textLength='))).toBe(true);
  });

  test('dates its figures as the chart on screen does: the newest as-of date of the bars, not of the sources', () => {
    const upTo = dataset.systems.flatMap((s) => (s.acceleratorCount ? [s.acceleratorCount.asOf] : [])).sort().at(-1)!;
    const line = lines.find((l) => l.text.includes(currentRelease(dataset).id))!.text;
    expect(line).toBe(MESSAGES[lang].publish.dataLine(currentRelease(dataset).id, formatDate(upTo, lang)));
    expect(upTo < currentRelease(dataset).date).toBe(true); // the two dates differ in today's data, so this can fail
  });

  test('every frame line has the same box with the system fonts and with only a wider fallback, inside the image', () => {
    expect(lines.length).toBeGreaterThanOrEqual(4); // title, subtitle, source line, data line, credit
    for (const line of lines) {
      const a = box(line.alone(true), SYSTEM_FONTS);
      const b = box(line.alone(true), FALLBACK_ONLY);
      expect(Math.abs(a.x - b.x), line.text).toBeLessThan(1.5);
      expect(Math.abs(a.width - b.width) / a.width, line.text).toBeLessThan(0.02);
      for (const r of [a, b]) expect(r.x + r.width, line.text).toBeLessThanOrEqual(line.width);
    }
  });

  test('without textLength the two fonts differ: the fitting is what keeps them equal', () => {
    const longest = lines.reduce((x, y) => (y.text.length > x.text.length ? y : x));
    const a = box(longest.alone(false), SYSTEM_FONTS);
    const b = box(longest.alone(false), FALLBACK_ONLY);
    expect(Math.abs(a.width - b.width) / a.width).toBeGreaterThan(0.05);
  });
});
