/**
 * A view's strings load with the view. Each test runs in a fresh module graph (vi.resetModules)
 * where only the page language's core is loaded, as src/app/main.tsx leaves it, unlike every other
 * test (tests/setup.ts loads everything): opening a view must load the parts its row of the views
 * table names, and render with those alone. A view that reads a part it does not name throws
 * (messages.ts), so this also checks each row's `messages` is complete. The world data is handed
 * over, as on a world view's prerendered page, so its own loader (which brings the world parts)
 * does not hide a missing name.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../scripts/worldFiles.ts';
import { VIEW_TABLE, type ViewName } from '../view/views.ts';

const dataDir = resolve(import.meta.dirname, '../../data');
const loaded = loadDatasetFromDir(dataDir);
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const dataset = loaded.dataset;
const world = loadValidWorld(dataDir, dataset);

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

const serve = (url: RequestInfo | URL) => new Response(JSON.stringify(String(url).includes('world') ? world : dataset));

async function openAt(search: string, { isWorldGiven = true } = {}) {
  const { App } = await import('./App.tsx');
  const { createViewStore } = await import('../view/viewStore.ts');
  const { WorldDataContext } = await import('../charts/views/world/worldContext.ts');
  const messages = await import('../i18n/messages.ts');
  const lang = new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'es';
  await messages.loadMessages(lang);
  vi.stubGlobal('fetch', vi.fn(async (url: RequestInfo | URL) => serve(url)));
  window.history.replaceState(null, '', '/' + search);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <QueryClientProvider client={client}>
      <WorldDataContext value={isWorldGiven ? world : null}>
        <App base="/" store={createViewStore(window, { replaceDelayMs: 0 })} />
      </WorldDataContext>
    </QueryClientProvider>,
  );
  return { messages, errors };
}

/** The view's panel, once it has replaced the loading state. */
async function shownView(name: string) {
  const section = await screen.findByRole('region', { name });
  await waitFor(() => expect(section.querySelector('[role="graphics-document"], h2, table')).not.toBeNull(), { timeout: 5000 });
  return section;
}

const loadedParts = (messages: typeof import('../i18n/messages.ts'), lang: 'es' | 'en') => messages.PART_NAMES.filter((p) => messages.hasMessages(lang, [p])).sort();

test.each(VIEW_TABLE.map((row) => [row.id, row.messages] as const))('?v=%s loads its parts %j with its code, and renders with them alone', async (id, parts) => {
  const { messages, errors } = await openAt(`?v=${id}&lang=es`);
  const m = messages.MESSAGES.es;
  await shownView(m.views[id as ViewName]);
  expect(errors).not.toHaveBeenCalled();
  expect(loadedParts(messages, 'es')).toEqual([...parts].sort());
  // Nothing of the other language.
  expect(messages.hasMessages('en')).toBe(false);
});

test('switching language with a view open loads that view\'s parts in the other language before showing it', async () => {
  const { messages, errors } = await openAt('?v=whatif&lang=es');
  const es = messages.MESSAGES.es;
  await shownView(es.views.whatif);
  expect(screen.getAllByRole('graphics-document')[0]).toHaveAccessibleName(es.whatif.title('DeepSeek-V3'));
  expect(messages.hasMessages('en')).toBe(false);
  await userEvent.click(screen.getByRole('radio', { name: 'EN' }));
  const section = await shownView('What if…?');
  const en = messages.MESSAGES.en;
  expect(en.whatif.title('DeepSeek-V3')).not.toBe(es.whatif.title('DeepSeek-V3'));
  await waitFor(() => expect(within(section).getAllByRole('graphics-document')[0]).toHaveAccessibleName(en.whatif.title('DeepSeek-V3')));
  expect(loadedParts(messages, 'en')).toEqual(['whatif']);
  // Opening another view now loads its parts in the language on screen.
  await userEvent.click(screen.getByRole('link', { name: en.views.top500 }));
  await shownView(en.views.top500);
  expect(loadedParts(messages, 'en')).toEqual(['top500', 'whatif']);
  expect(errors).not.toHaveBeenCalled();
});

test('the GPU bars, which need no part, get the world parts with the world data when they show Epoch\'s clusters', async () => {
  const { messages, errors } = await openAt('?v=gpus&lang=es&show=top', { isWorldGiven: false });
  const es = messages.MESSAGES.es;
  const section = await shownView(es.views.gpus);
  // Epoch's largest clusters join the post's systems (their rows name Epoch's row, from the clusters part).
  await waitFor(() => expect(within(section).getAllByRole('graphics-symbol').length).toBeGreaterThan(dataset.systems.length), { timeout: 5000 });
  expect(loadedParts(messages, 'es')).toEqual(['clusters', 'world']);
  expect(errors).not.toHaveBeenCalled();
});
