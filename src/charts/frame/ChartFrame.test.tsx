/**
 * The frame's export actions: file names, the alt text disclosure and its copy button (with a
 * visible fallback when the clipboard is refused), and props that older panels still use.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { frameAltText } from './altText.ts';
import { BarChart } from '../kinds/BarChart.tsx';
import { ChartFrame, type ChartFrameProps } from './ChartFrame.tsx';
import { pointSources } from './dataPoint.ts';
import { gpuPoints } from '../views/gpus/gpus.series.ts';

// Rendering a full chart in jsdom takes seconds when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const m = MESSAGES.es;
const points = gpuPoints(loaded.dataset, { metric: 'accelerators', regions: ['europe'], owners: [], kinds: [], ids: [], highlight: null }, m);

function frame(props: Partial<ChartFrameProps> = {}) {
  return render(
    <ChartFrame title="GPU por sistema" subtitle="Sub" points={points} sources={pointSources(points)} formatValue={(p) => String(p.value)} csvName="compute-atlas-gpus-accelerators" lang="es" m={m} {...props}>
      {(w) => (
        <BarChart
          rows={points.map((p) => ({ id: p.id, label: p.name, value: p.value, confidence: p.confidence, valueLabel: String(p.value), details: [], ariaLabel: p.name }))}
          width={w}
          scale="log"
          formatTick={String}
          title="GPU por sistema"
          description="Descripción del gráfico"
          axisLabel="GPU"
        />
      )}
    </ChartFrame>,
  );
}

let names: string[] = [];
beforeEach(() => {
  names = [];
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

test('downloads are named compute-atlas-<chart>-<lang>', async () => {
  const user = userEvent.setup();
  frame({ chart: 'gpus' });
  const group = screen.getByRole('group', { name: m.export.download });
  await user.click(within(group).getByRole('button', { name: m.downloadCsv }));
  await user.click(within(group).getByRole('button', { name: m.export.downloadSvg }));
  // The first download loads the image renderer (react-dom/server) on demand.
  await vi.waitFor(() => expect(names).toEqual(['compute-atlas-gpus-es.csv', 'compute-atlas-gpus-es.svg']), { timeout: 10_000 });
  // PNG at three scales, each button named for its scale.
  const png = within(group).getByRole('group', { name: m.export.png });
  expect(within(png).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([1, 2, 3].map((s) => m.publish.downloadPngScale(s)));
});

test('without `chart` (older panels) the CSV keeps its name and everything still renders', async () => {
  const user = userEvent.setup();
  frame();
  await user.click(screen.getByRole('button', { name: m.downloadCsv }));
  await vi.waitFor(() => expect(names).toEqual(['compute-atlas-gpus-accelerators.csv'])); // the download code loads on the first click
});

test('a chart without SVG says the image cannot be made, instead of failing silently', async () => {
  const user = userEvent.setup();
  render(
    <ChartFrame title="T" subtitle="S" points={points} sources={[]} formatValue={String} csvName="x" lang="es" m={m}>
      {() => <p>HTML</p>}
    </ChartFrame>,
  );
  await user.click(screen.getByRole('button', { name: m.export.downloadSvg }));
  expect(await screen.findByText(m.export.failed)).toBeInTheDocument();
  expect(names).toEqual([]);
});

test('the alt text: the panel’s text, or else one made from the points (never read back from the chart), with a copy button', async () => {
  const user = userEvent.setup();
  const { unmount } = frame({ altText: 'Texto generado de la vista' });
  await user.click(screen.getByText(m.export.altText));
  expect(screen.getByText('Texto generado de la vista')).toBeVisible();
  unmount();
  frame();
  await user.click(screen.getByText(m.export.altText));
  const generated = frameAltText({ title: 'GPU por sistema', subtitle: 'Sub', points, formatValue: (p) => String(p.value), m });
  expect(screen.getByText(generated, { selector: 'p' })).toBeVisible();
});

test('copy: "Copiado" when the clipboard accepts, a selected field with the text when it refuses', async () => {
  const user = userEvent.setup();
  const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  frame({ altText: 'Alt "con" <comillas>' });
  await user.click(screen.getByText(m.export.altText));
  await user.click(screen.getByRole('button', { name: m.export.copy }));
  expect(writeText).toHaveBeenCalledWith('Alt "con" <comillas>');
  expect(await screen.findByText(m.export.copied)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: m.export.copy }));
  expect(await screen.findByRole('textbox', { name: m.export.copyFallback })).toHaveValue('Alt "con" <comillas>');
});

test('the confidence legend and its heading show only when there is a confidence to explain', () => {
  const { unmount } = frame();
  expect(screen.getByText(m.legendTitle)).toBeInTheDocument();
  unmount();
  // A chart that draws its own key (the clusters, by Epoch's certainty) hides this one: no heading left alone for a screen reader.
  frame({ hideLegend: true });
  expect(screen.queryByText(m.legendTitle)).not.toBeInTheDocument();
});
