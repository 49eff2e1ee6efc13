import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { ClustersView } from '../../../app/ClustersView.tsx';
import { WorldDataContext } from '../world/worldContext.ts';
import { MESSAGES } from '../../../i18n/messages.ts';
import type { UpdateView } from '../../../view/useViewState.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../view/viewState.ts';
import { ClustersPanel } from './ClustersPanel.tsx';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartImageContext, type ChartImage } from '../../kit/imageMode.tsx';
import { ClustersChart } from './ClustersChart.tsx';
import { clustersLayoutInput } from './clusters.input.ts';
import { clustersSeries } from './clusters.series.ts';
import { ClustersWorldPanel } from './WorldGate.tsx';

// Rendering ~600 marks in jsdom takes seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const dataDir = resolve(import.meta.dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);
const state: ViewState = { ...DEFAULT_VIEW_STATE, view: 'clusters' };
const existingDrawn = world.clusters.filter((c) => c.status !== 'planned' && c.firstOperational && c.h100e).length;

test('one named mark per drawn cluster; the post\'s systems by their curated name; Epoch credited with a link', () => {
  render(<ClustersPanel dataset={dataset} world={world} state={state} lang="en" m={MESSAGES.en} />);
  const chart = screen.getByRole('graphics-document', { name: 'AI clusters over time' });
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks).toHaveLength(existingDrawn);
  // Names read from the attribute: computing 500 accessible names one query at a time is slow in jsdom.
  const names = marks.map((mk) => mk.getAttribute('aria-label') ?? '');
  expect(names.filter((n) => n.includes('MareNostrum 5'))).toHaveLength(1);
  expect(names.find((n) => n.includes('MareNostrum 5'))).toMatch(/^MareNostrum 5 ACC: 4,480 H100-equivalents, Nov\s1,\s2023; Public, Existing, Confirmed$/);
  expect(screen.getByRole('link', { name: 'Data: Epoch AI (CC BY 4.0)' })).toHaveAttribute('href', 'https://epoch.ai/data/gpu-clusters');
  expect(screen.getByText(/10–20 %/)).toBeInTheDocument();
  expect(chart.querySelectorAll('[data-trend]')).toHaveLength(2);
  expect(chart.querySelectorAll('[data-frontier]')).toHaveLength(2);
  expect(chart.textContent).toMatch(/Public: ×[\d.]+ per year; doubles every [\d.]+ months \(90% CI: [\d.]+–[\d.∞]+ months\)/);
  expect(chart.textContent).toMatch(/the largest private cluster is ×[\d.,]+ the largest public one/);
});

test('planned clusters only when asked for; Spanish text throughout', () => {
  render(<ClustersPanel dataset={dataset} world={world} state={{ ...state, statuses: ['planned'] }} lang="es" m={MESSAGES.es} />);
  const chart = screen.getByRole('graphics-document', { name: 'Clústeres de IA a lo largo del tiempo' });
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks.length).toBe(world.clusters.filter((c) => c.status === 'planned' && c.firstOperational && c.h100e).length);
  // Planned is drawn hollow: the class that paints it so (src/index.css) is on every mark.
  expect(marks.every((mk) => mk.classList.contains('cl-planned'))).toBe(true);
  expect(screen.getByText(/se dibujan huecos/)).toBeInTheDocument();
});

function Harness() {
  const [s, setS] = useState<ViewState>(state);
  const update: UpdateView = (patch) => setS((x) => ({ ...x, ...patch }));
  return <ClustersView dataset={dataset} state={s} update={update} lang="en" m={MESSAGES.en} />;
}

test('the view loads the world data, then a region filter narrows the marks', async () => {
  render(<WorldDataContext value={world}><Harness /></WorldDataContext>);
  const before = screen.getAllByRole('graphics-symbol');
  const place = (el: Element) => ['cx', 'cy', 'x', 'y', 'd'].map((a) => el.getAttribute(a)).join();
  const placeBefore = new Map(before.map((el) => [el, place(el)]));
  await userEvent.click(screen.getByRole('checkbox', { name: /Spain/ }));
  const after = screen.getAllByRole('graphics-symbol');
  expect(after.length).toBeLessThan(before.length);
  expect(after.length).toBe(world.clusters.filter((c) => c.region === 'spain' && c.status !== 'planned' && c.firstOperational && c.h100e).length);
  // The kept marks are the same elements, where they were: the filter hid the others in place.
  for (const el of after) expect(place(el)).toBe(placeBefore.get(el));
  await userEvent.click(screen.getByRole('checkbox', { name: /Spain/ }));
  expect(screen.getAllByRole('graphics-symbol')).toEqual(before);
});

test('after the marks are re-drawn in a new order (planned ones added), a filter still hides exactly the marks it should', async () => {
  render(<WorldDataContext value={world}><Harness /></WorldDataContext>);
  const drawn = (c: (typeof world.clusters)[number]) => !!c.firstOperational && !!c.h100e;
  const shownIds = () => screen.getAllByRole('graphics-symbol').map((el) => el.getAttribute('data-mark'));
  const spain = (withPlanned: boolean) => world.clusters.filter((c) => drawn(c) && c.region === 'spain' && (withPlanned || c.status !== 'planned')).map((c) => c.id).sort();
  await userEvent.click(screen.getByRole('checkbox', { name: /Spain/ }));
  expect(shownIds().sort()).toEqual(spain(false));
  // Planned clusters join the frame: marks are inserted among the others, and every index after them moves.
  await userEvent.click(screen.getByRole('checkbox', { name: 'Planned' }));
  expect(shownIds().sort()).toEqual(spain(true));
  await userEvent.click(screen.getByRole('checkbox', { name: /Spain/ }));
  expect(shownIds()).toHaveLength(world.clusters.filter(drawn).length);
  await userEvent.click(screen.getByRole('checkbox', { name: /Spain/ }));
  expect(shownIds().sort()).toEqual(spain(true));
});

test('while the world data loads, the view says so in its language; a failure offers Retry', async () => {
  const fetchMock = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
  render(<ClustersWorldPanel dataset={dataset} state={state} lang="es" m={MESSAGES.es} />);
  expect(screen.getByRole('status')).toHaveTextContent('Cargando los datos de clústeres de Epoch AI');
  expect(await screen.findByRole('button', { name: MESSAGES.es.retry })).toBeInTheDocument();
  fetchMock.mockRestore();
});

test('one tab stop in the chart; arrows, Home and End move between marks, and the stop follows focus', async () => {
  render(<ClustersPanel dataset={dataset} world={world} state={state} lang="en" m={MESSAGES.en} />);
  const chart = screen.getByRole('graphics-document', { name: 'AI clusters over time' });
  const marks = within(chart).getAllByRole('graphics-symbol');
  const stops = () => marks.filter((mk) => mk.getAttribute('tabindex') === '0');
  expect(stops()).toEqual([marks[0]]);
  marks[0]!.focus();
  await userEvent.keyboard('{ArrowRight}');
  expect(document.activeElement).toBe(marks[1]);
  expect(stops()).toEqual([marks[1]]);
  await userEvent.keyboard('{End}');
  expect(document.activeElement).toBe(marks.at(-1));
  expect(stops()).toEqual([marks.at(-1)]);
  await userEvent.keyboard('{Home}');
  expect(document.activeElement).toBe(marks[0]);
});

test('an image of a filtered chart (SVG/PNG download) draws only the shown marks', () => {
  const s: ViewState = { ...state, sectors: ['public'] };
  const series = clustersSeries(world, dataset, s);
  const input = clustersLayoutInput(series, world.snapshot, s.trendSelection, 'en', MESSAGES.en);
  const images: ChartImage[] = [];
  render(
    <ChartImageContext value={(c) => images.push(c)}>
      <ClustersChart input={input} width={640} formatX={String} formatY={String} labels={[]} detailsOf={() => []} title="t" description="d" xLabel="x" yLabel="y" />
    </ChartImageContext>,
  );
  // Drawn again in image mode, as FrameImage.tsx draws the collected chart into the file.
  const svg = renderToStaticMarkup(<ChartImageContext value={() => {}}>{images.at(-1)!.element}</ChartImageContext>);
  expect(series.data.length).toBeLessThan(series.frame.length);
  expect(svg.match(/data-mark="/g)).toHaveLength(series.data.length);
  expect(svg).not.toContain('display');
});

test('a Spanish tooltip names countries in Spanish and says where the curated data and Epoch disagree, with both sources', async () => {
  const { container } = render(<ClustersPanel dataset={dataset} world={world} state={state} lang="es" m={MESSAGES.es} />);
  const mn5 = container.querySelector<SVGElement>('[data-mark="mare-nostrum-5"]')!;
  mn5.focus();
  const tip = await screen.findByRole('tooltip');
  // Spain is both the country and the region: named once, in Spanish.
  expect(tip).toHaveTextContent(/País\s*España(?!\s*·)/);
  expect(tip).not.toHaveTextContent('Spain');
  expect(tip).toHaveTextContent(/Acelerador\s*NVIDIA H100 64GB \(MareNostrum 5 variant\), según Barcelona Supercomputing Center \(BSC-CNS\); según Epoch: NVIDIA H100 SXM5 80GB/);
  const us = world.clusters.find((c) => c.countryCode === 'US' && c.status === 'existing' && c.firstOperational && c.h100e)!;
  container.querySelector<SVGElement>(`[data-mark="${us.id}"]`)!.focus();
  await within(screen.getByRole('tooltip')).findByText('Estados Unidos · EE. UU.', { exact: false });
});

test('every disagreement between the curated data and Epoch names its curated source, in Spanish words', async () => {
  const { container } = render(<ClustersPanel dataset={dataset} world={world} state={state} lang="es" m={MESSAGES.es} />);
  const differing = world.matches.filter((x) => x.kind === 'system' && x.fields.some((f) => f.verdict === 'different'));
  expect(differing.length).toBeGreaterThan(1);
  let lines = 0;
  for (const match of differing) {
    const mark = container.querySelector<SVGElement>(`[data-mark="${match.epochId}"]`);
    if (!mark) continue; // not drawn (no date or H100-equivalents)
    mark.focus();
    const tip = (await screen.findByRole('tooltip')).textContent ?? '';
    expect(tip).toContain('según Epoch:');
    expect(tip, match.curatedId).not.toMatch(/según\s*;/);
    expect(tip).not.toMatch(/\b(accelerators?|opened|country|sector)\b/);
    lines++;
  }
  expect(lines).toBeGreaterThan(1);
});

test('a sector filter keeps the key and the chart\'s height: the sectors it hides are drawn off, in their place', () => {
  const chartOf = (s: ViewState) => {
    const { container, unmount } = render(<ClustersPanel dataset={dataset} world={world} state={s} lang="en" m={MESSAGES.en} />);
    const svg = within(container).getByRole('graphics-document', { name: 'AI clusters over time' });
    const out = {
      height: svg.getAttribute('height'),
      off: [...svg.querySelectorAll('[data-off] text')].map((t) => t.textContent),
      struck: [...svg.querySelectorAll('[data-off] text')].every((t) => (t as SVGElement).style.textDecoration === 'line-through'),
      offSentences: [...svg.querySelectorAll('text[data-off]')].map((t) => t.textContent).join(' '),
      muted: [...svg.querySelectorAll('text[data-off]')].every((t) => (t as SVGElement).style.fill === 'var(--c-muted)'),
    };
    unmount();
    return out;
  };
  const all = chartOf(state);
  const publicOnly = chartOf({ ...state, sectors: ['public'] });
  expect(all.off).toEqual([]);
  expect(publicOnly.height).toBe(all.height);
  expect(publicOnly.off).toEqual(expect.arrayContaining(['Private', 'Largest existing private cluster']));
  expect(publicOnly.off).not.toContain('Public');
  expect(publicOnly.struck).toBe(true);
  // The private trend's sentence stays under the chart, muted, where the unfiltered chart says it.
  expect(all.offSentences).toBe('');
  expect(publicOnly.offSentences).toMatch(/Private: ×[\d.]+ per year/);
  expect(publicOnly.muted).toBe(true);
});
