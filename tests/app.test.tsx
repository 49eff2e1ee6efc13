/**
 * The dashboard in jsdom with the real dataset served by a fake fetch: headline numbers come
 * from data/, controls change the chart, and a failed request offers a working retry.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';
import { App } from '../src/app/App.tsx';
import { createViewStore } from '../src/view/viewStore.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;

function renderApp(search = '', fetchImpl: typeof fetch = async () => new Response(JSON.stringify(dataset))) {
  vi.stubGlobal('fetch', vi.fn(fetchImpl));
  window.history.replaceState(null, '', '/' + search);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const store = createViewStore(window);
  return render(
    <QueryClientProvider client={client}>
      <App base="/" store={store} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

const marks = () => within(screen.getByRole('graphics-document')).getAllByRole('graphics-symbol');

test('headline: MareNostrum 5 vs DeepSeek-V3 GPUs, computed from the data', async () => {
  renderApp('?lang=es');
  const mn5 = dataset.systems.find((s) => s.id === 'marenostrum-5-acc')!.acceleratorCount!.value;
  const ds = dataset.systems.find((s) => s.id === 'deepseek-v3-cluster')!.acceleratorCount!.value;
  expect(mn5 / ds).toBeCloseTo(2.1875, 4);
  expect(await screen.findByText('×2,19')).toBeInTheDocument();
  expect(screen.getAllByText(/4\.480/).length).toBeGreaterThan(0);
  expect(document.documentElement.lang).toBe('es');
});

test('headline: the ChatGPT claim vs ALIA card keeps its ratio and warnings, with the corroborating 10.2 M€ and no primary document', async () => {
  renderApp('?lang=en');
  const card = (await screen.findByText('×64.4')).closest('article')!;
  const notes = within(card).getAllByRole('note').map((n) => n.textContent).join('\n');
  expect(notes).toMatch(/Different scopes/);
  expect(notes).toMatch(/claim/i);
  expect(notes).toMatch(/No primary document .* states the figure for ALIA/);
  expect(card).toHaveTextContent(/Another independent source: ALIA: Dedicated budget line: €10\.2\s*million · Mar\s*3,\s*2026 · Reported · El Español/);
  expect(card).toHaveTextContent(/What is reported ranges from €10\.1\s*million to €10\.2\s*million\./);
});

test('headline: the reported span of the ALIA cost reads as a sentence in Spanish too', async () => {
  renderApp('?lang=es');
  const card = (await screen.findByText('×64,4')).closest('article')!;
  expect(card).toHaveTextContent(/Lo publicado va de 10,1\s*millones de € a 10,2\s*millones de €\./);
});

test('a visit for a chosen view meets the headline folded to one line, which opens to the same cards', async () => {
  const user = userEvent.setup();
  renderApp('?v=money&lang=en');
  const region = await screen.findByRole('region', { name: 'The comparisons from the post' });
  const folded = region.querySelector('details')!;
  expect(folded.open).toBe(false);
  const summary = folded.querySelector('summary')!;
  expect(summary).toHaveTextContent(/The comparisons from the post · ×2\.19\s*MareNostrum 5 ACC\s*vs\s*DeepSeek-V3 cluster · (; )?×64\.4\s*ChatGPT\s*vs\s*ALIA/);
  // The heading stays a heading (outside the button-like summary), and the summary is named by its ratios.
  expect(screen.getByRole('heading', { name: 'The comparisons from the post' }).closest('summary')).toBeNull();
  await user.click(summary);
  expect(folded.open).toBe(true);
  expect(within(region).getAllByRole('article')).toHaveLength(2);
});

test('the front door shows the cards open, and they stay so when the reader switches views', async () => {
  const user = userEvent.setup();
  renderApp('?lang=en&theme=dark');
  const region = await screen.findByRole('region', { name: 'The comparisons from the post' });
  expect(region.querySelector('details:not(article details)')).toBeNull();
  expect(within(region).getAllByRole('article')).toHaveLength(2);
  // Folding on a tab switch would move the tabs from under the pointer.
  await user.click(screen.getByRole('link', { name: 'Money compared' }));
  expect(window.location.search).toBe('?v=money&lang=en&theme=dark');
  expect(screen.getByRole('region', { name: 'The comparisons from the post' }).querySelector('details:not(article details)')).toBeNull();
});

test('English: same numbers with English separators', async () => {
  renderApp('?lang=en');
  expect(await screen.findByText('×2.19')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Compute Atlas');
});

test('systems whose names are not proper names read in the page\'s language: the headline and the chart say "DeepSeek-V3 (clúster)" in Spanish, "DeepSeek-V3 cluster" in English', async () => {
  const row = dataset.systems.find((s) => s.id === 'deepseek-v3-cluster')!;
  const bar = (name: string) => marks().find((mk) => mk.getAttribute('aria-label')?.startsWith(`${name}:`));
  const es = renderApp('?lang=es');
  const card = (await screen.findByText('×2,19')).closest('article')!;
  expect(card).toHaveTextContent(row.shortNames!.es!);
  expect(card).not.toHaveTextContent(row.shortName);
  expect(bar(row.shortNames!.es!)).toBeDefined();
  expect(bar(row.shortName)).toBeUndefined();
  es.unmount();
  renderApp('?lang=en');
  expect((await screen.findByText('×2.19')).closest('article')).toHaveTextContent(row.shortName);
  expect(bar(row.shortName)).toBeDefined();
  expect(document.body).not.toHaveTextContent(row.shortNames!.es!);
});

test('a region filter removes bars; a kind filter that matches nothing shows the empty state', async () => {
  const user = userEvent.setup();
  renderApp('?lang=en');
  await screen.findByText('×2.19');
  const all = marks().length;
  await user.click(screen.getByRole('checkbox', { name: /Europe/ }));
  const europe = marks();
  expect(europe.length).toBeLessThan(all);
  expect(europe.map((m) => m.getAttribute('aria-label')).join(' ')).toMatch(/MareNostrum 5/);
  expect(europe.map((m) => m.getAttribute('aria-label')).join(' ')).not.toMatch(/Colossus/);
  expect(window.location.search).toBe('?region=europe&lang=en');
  await user.click(screen.getByRole('checkbox', { name: /Europe/ }));
  await user.click(screen.getByRole('checkbox', { name: /Asia/ }));
  await user.click(screen.getByRole('checkbox', { name: /Training run/ }));
  // Precondition from the data: no Asian training run has an accelerator count.
  expect(dataset.systems.filter((s) => s.region === 'asia' && s.kind === 'training-run' && s.acceleratorCount)).toHaveLength(0);
  expect((await screen.findAllByText(/No system with this figure/)).length).toBeGreaterThan(0);
  expect(screen.queryByRole('graphics-document')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(marks()).toHaveLength(all);
});

test('the money view labels scopes and warns when they differ', async () => {
  const user = userEvent.setup();
  renderApp('?lang=en');
  await screen.findByText('×2.19');
  await user.click(screen.getByRole('link', { name: 'Money compared' }));
  expect(window.location.search).toBe('?v=money&lang=en');
  // The money view's code loads when its tab is first opened, like every view but the default.
  expect(await screen.findByText(/these figures have different scopes/, {}, { timeout: 10_000 })).toBeInTheDocument();
  const labels = marks().map((m) => m.getAttribute('aria-label') ?? '');
  expect(labels.some((l) => /ChatGPT.*€650\smillion.*political claim/.test(l))).toBe(true);
});

test('a failed data request shows the error and retry loads the data', async () => {
  let calls = 0;
  const user = userEvent.setup();
  renderApp('?lang=en', async () => (++calls === 1 ? new Response('nope', { status: 503 }) : new Response(JSON.stringify(dataset))));
  expect(await screen.findByRole('alert')).toHaveTextContent('The data could not be loaded');
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('×2.19')).toBeInTheDocument();
});

test('a malformed data file names the problem instead of a blank page', async () => {
  // The browser checks version and shape only (the build validated every record): a cut-off or foreign file.
  const broken = { ...dataset, systems: 'many' };
  renderApp('?lang=en', async () => new Response(JSON.stringify(broken)));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('damaged or not in the expected format');
  expect(alert).toHaveTextContent('lacks systems');
});
