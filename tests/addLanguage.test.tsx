/**
 * "A language is its messages plus one entry in src/i18n/locales.ts." A throwaway third
 * language is made here, in the test only: a pseudo-locale derived from English (every string
 * between ⟦ ⟧, numbers in German form, its core and each part), added to the table and nowhere else. The dashboard then
 * offers it, reads it from the URL, renders its header, chart and headline in it, and formats
 * its numbers by its own Intl locale.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../scripts/datasetFiles.ts';
import { LOCALES, type LocaleEntry } from '../src/i18n/locales.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;

/** Every string bracketed, every function's result too; number scales (lists) kept as they are. */
function pseudo<T>(value: T): T {
  if (typeof value === 'string') return `⟦${value}⟧` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T;
  return value;
}

const PSEUDO: LocaleEntry = {
  nativeName: 'Pseudo',
  label: 'QPS',
  intl: 'de-DE',
  htmlLang: 'qps',
  ogLocale: 'qps_ZZ',
  pathPrefix: 'qps/',
  load: async () => ({ default: pseudo((await LOCALES.en.load()).default) }),
  // Its parts, each English's in brackets.
  parts: Object.fromEntries(
    Object.entries(LOCALES.en.parts).map(([part, load]) => [part, async () => ({ default: pseudo((await load()).default) })]),
  ) as unknown as LocaleEntry['parts'],
};

beforeEach(() => {
  // A fresh module graph in which the table has one more entry; nothing else is mocked.
  vi.resetModules();
  vi.doMock('../src/i18n/locales.ts', async (importOriginal) => {
    const real = await importOriginal<typeof import('../src/i18n/locales.ts')>();
    return { ...real, LOCALES: { ...real.LOCALES, qps: PSEUDO } };
  });
});

afterEach(() => {
  vi.doUnmock('../src/i18n/locales.ts');
  vi.unstubAllGlobals();
});

async function renderApp(search: string) {
  const { App } = await import('../src/app/App.tsx');
  const { createViewStore } = await import('../src/view/viewStore.ts');
  const { loadMessages } = await import('../src/i18n/messages.ts');
  const { pageLang } = await import('../src/i18n/lang.ts');
  const { parseViewState } = await import('../src/view/viewState.ts');
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(dataset))));
  window.history.replaceState(null, '', '/' + search);
  // As src/app/main.tsx does: the page's language is loaded before the first render.
  await loadMessages(pageLang(parseViewState(search).state.lang, []));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App base="/" store={createViewStore(window)} />
    </QueryClientProvider>,
  );
}

test('a language added to the table alone is offered, read from the URL and rendered, with its own number format', async () => {
  await renderApp('?lang=qps');
  expect(await screen.findByText('×2,19')).toBeInTheDocument(); // MareNostrum 5 vs DeepSeek-V3, with de-DE's decimal comma
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('⟦Compute Atlas⟧');
  expect(document.documentElement.lang).toBe('qps');
  const chart = screen.getAllByRole('graphics-document')[0]!;
  expect(chart).toHaveAccessibleName(expect.stringMatching(/^⟦.*⟧$/));
  // German grouping: MareNostrum 5's 4,480 GPUs read 4.480 in the chart's marks.
  expect(within(chart).getAllByRole('graphics-symbol').some((m) => /4\.480/.test(m.getAttribute('aria-label') ?? ''))).toBe(true);
  const switcher = screen.getByRole('group', { name: '⟦Language⟧' });
  expect(within(switcher).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['ES', 'EN', 'QPS']);
  expect(within(switcher).getByRole('radio', { name: 'QPS' })).toBeChecked();
});

test('switching from the added language to English loads English, then renders it', async () => {
  await renderApp('?lang=qps');
  await screen.findByText('×2,19');
  await userEvent.click(screen.getByRole('radio', { name: 'EN' }));
  expect(await screen.findByText('×2.19')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Compute Atlas$/);
  // The store coalesces `replace` writes (one per 100 ms), so the address follows shortly after.
  await waitFor(() => expect(new URL(window.location.href).searchParams.get('lang')).toBe('en'));
});
