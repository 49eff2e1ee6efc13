/**
 * The SVG download (the frame's chart rendered again as an image) opened on its own: well-formed, no CSS variables left, colours of the theme
 * on screen, the title and alt text, pattern references that resolve, and one mark per bar.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../view/viewState.ts';
import { gpuDescription, gpuPoints } from '../views/gpus/gpus.series.ts';
import { GpusPanel, gpuOptions } from '../views/gpus/GpusPanel.tsx';

// Rendering a full chart in jsdom takes seconds when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;
const SVG_NS = 'http://www.w3.org/2000/svg';

// The real palette: the :root block of index.css, so expected colours come from the stylesheet.
const css = readFileSync(resolve(import.meta.dirname, '../../index.css'), 'utf8');
const rootBlock = /:root\s*{[^}]*}/.exec(css)![0];
const palette = (name: string, isDark: boolean) => {
  const m = new RegExp(`${name}:\\s*light-dark\\(([^,]+),\\s*([^)]+)\\)`).exec(rootBlock)!;
  return (isDark ? m[2]! : m[1]!).trim();
};

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  const style = document.createElement('style');
  style.textContent = rootBlock;
  document.head.append(style);
  // jsdom has no object URLs: capture the downloaded blob instead.
  URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.removeAttribute('data-theme');
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(). */
const blobText = (b: Blob) =>
  new Promise<string>((done) => {
    const r = new FileReader();
    r.onload = () => done(String(r.result));
    r.readAsText(b);
  });

async function exportedSvg(state: ViewState, lang: 'es' | 'en' = 'es') {
  const user = userEvent.setup();
  render(<GpusPanel dataset={dataset} state={state} lang={lang} m={MESSAGES[lang]} />);
  await user.click(screen.getByRole('button', { name: MESSAGES[lang].export.downloadSvg }));
  await vi.waitFor(() => expect(blobs).toHaveLength(1), { timeout: 10_000 });
  const text = await blobText(blobs[0]!);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return { text, svg: doc.documentElement };
}

test('a standalone, well-formed SVG with the title, the alt text and one mark per bar', async () => {
  const { text, svg } = await exportedSvg(DEFAULT_VIEW_STATE);
  const m = MESSAGES.es;
  const points = gpuPoints(dataset, gpuOptions(DEFAULT_VIEW_STATE), m);
  expect(svg.namespaceURI).toBe(SVG_NS);
  expect(text).toContain(`xmlns="${SVG_NS}"`);
  for (const dim of ['width', 'height']) expect(Number(svg.getAttribute(dim))).toBeGreaterThan(0);
  expect(text).not.toContain('var(');
  // Marks keep their data hooks, not what only a keyboard or a mouse uses.
  expect(text).not.toMatch(/tabindex=|chart-mark|role="graphics-symbol"/);
  const title = m.gpusTitle(m.metrics.accelerators);
  expect(svg.querySelector(':scope > title')!.textContent).toBe(title);
  expect(svg.querySelector(':scope > desc')!.textContent).toBe(gpuDescription(points, gpuOptions(DEFAULT_VIEW_STATE), 'es', m));
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
  expect(texts).toContain(title);
  expect(texts.join(' ')).toContain(m.sourcesLine);
  const marks = [...svg.querySelectorAll('[data-bar]')];
  expect(marks.map((b) => b.getAttribute('data-bar'))).toEqual(points.map((p) => p.id));
  expect(svg.getAttribute('font-family')).toMatch(/system-ui/);
  expect(text).not.toMatch(/@font-face|https?:\/\/[^"]*\.(woff2?|ttf)/);
});

test('every url(#…) reference resolves inside the file (confidence patterns kept)', async () => {
  const { text, svg } = await exportedSvg(DEFAULT_VIEW_STATE);
  const refs = [...text.matchAll(/url\(#([^)]+)\)/g)].map((r) => r[1]!);
  expect(refs.length).toBeGreaterThan(0);
  for (const id of new Set(refs)) expect(svg.querySelector(`[id="${id}"]`)?.localName).toBe('pattern');
});

test.each([false, true])('colours are the theme on screen (dark: %s)', async (isDark) => {
  if (isDark) document.documentElement.setAttribute('data-theme', 'dark');
  const { svg } = await exportedSvg(DEFAULT_VIEW_STATE);
  const official = dataset.systems.find((s) => s.acceleratorCount?.confidence === 'official')!;
  const bar = svg.querySelector(`[data-bar="${official.id}"] rect[rx]`)!;
  expect(bar.getAttribute('style')).toContain(`fill:${palette('--c-official', isDark)}`);
  expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).toBe(palette('--c-surface', isDark));
});

test('same language as the screen, and hiding the title hides it in the file too', async () => {
  const state = { ...DEFAULT_VIEW_STATE, hideTitle: true, regions: ['europe'] as const };
  const { svg } = await exportedSvg(state, 'en');
  const m = MESSAGES.en;
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
  expect(texts).not.toContain(m.gpusTitle(m.metrics.accelerators));
  expect(svg.querySelector(':scope > title')!.textContent).toBe(m.gpusTitle(m.metrics.accelerators));
  expect(texts).toContain(m.sourcesLine);
  expect(svg.querySelectorAll('[data-bar]')).toHaveLength(gpuPoints(dataset, gpuOptions(state), m).length);
});
