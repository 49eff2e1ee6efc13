/**
 * Issue 13, "Done means" 1: two releases cut from fixture data where a figure changes between
 * them (MareNostrum 5's GPU count, from BSC's page to TOP500's list), published by the same
 * function the build uses, and served to the real embed entry and dashboard in jsdom:
 *  - an embed pinned to the first release still shows the old value and "1 figure changed since";
 *  - the latest shows the new value, with no such line;
 *  - the Sources tab's changelog lists the change, old → new, with both sources;
 *  - a release the site does not publish falls back to the latest with a notice;
 *  - every golden URL, pinned to the first release, renders its view.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import golden from './goldenUrls.json';
import { cutRelease } from '../scripts/releaseFiles.ts';
import { publishedDataFiles } from '../scripts/vitePluginDataset.ts';
import { loadValidWorld } from '../scripts/worldFiles.ts';
import { App } from '../src/app/App.tsx';
import type { Dataset } from '../src/data/schema.ts';
import { MESSAGES } from '../src/i18n/messages.ts';
import { createViewStore } from '../src/view/viewStore.ts';

const root = resolve(import.meta.dirname, '..');
const MN5 = 'marenostrum-5-acc';
let files: Map<string, unknown>;
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'atlas-releases-'));
  cpSync(join(root, 'data'), dataDir, { recursive: true, filter: (src) => !src.startsWith(join(root, 'data', 'releases')) });
  cutRelease(dataDir, '2026-11-30');
  const path = join(dataDir, 'systems.json');
  const systems = JSON.parse(readFileSync(path, 'utf8'));
  const mn5 = systems.systems.find((s: { id: string }) => s.id === MN5);
  expect(mn5.acceleratorCount).toMatchObject({ value: 4_480, source: 'bsc-mn5-page' });
  mn5.acceleratorCount = { ...mn5.acceleratorCount, value: 4_500, source: 'top500-2024-11' };
  writeFileSync(path, JSON.stringify(systems, null, 2));
  cutRelease(dataDir, '2026-12-01');
  files = publishedDataFiles(dataDir);
  files.set('data/world.json', loadValidWorld(dataDir, files.get('data/atlas.json') as Dataset));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The build's files, by path, as a static host serves them (404 for anything else). */
function serveBuild() {
  const fetchImpl = vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://atlas.test/').pathname.slice(1);
    const file = files.get(path);
    return file === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(file));
  });
  vi.stubGlobal('fetch', fetchImpl);
  return fetchImpl;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const en = MESSAGES.en;
const releaseLine = () => document.querySelector('[data-release-line]');

/** Runs the real embed entry (src/embed/main.tsx) at an embed address. */
async function openEmbed(search: string) {
  window.history.replaceState(null, '', `/embed/gpus/${search}`);
  // A fresh module graph per visit (main.tsx reads the address when it loads); views loaded
  // lazily later come from this graph too, so it gets every language, as tests/setup.ts does.
  vi.resetModules();
  await (await import('../src/i18n/messages.ts')).loadAllMessages();
  const { startEmbed } = await import('../src/embed/main.tsx');
  await startEmbed();
  return screen.findByRole('graphics-document');
}

describe('an embed', () => {
  it('pinned to the first release still shows the old value and says how many figures changed since', async () => {
    const fetched = serveBuild();
    const chart = await openEmbed('?release=2026-11-30&lang=en');
    expect(within(chart).getAllByText(/^4,480/).length).toBeGreaterThan(0);
    expect(within(chart).queryAllByText(/^4,500/)).toHaveLength(0);
    expect(releaseLine()).toHaveTextContent(/^Data of Nov\s30,\s2026 · figures up to .* · 1\sfigure changed since · see the newest$/);
    const newest = within(releaseLine() as HTMLElement).getByRole('link', { name: en.release.seeNewest });
    expect(newest.getAttribute('href')).toBe('?lang=en');
    expect(fetched.mock.calls.map(([url]) => String(url))).toContain('/data/releases/2026-11-30.json');
  });

  it('pinned to the first release says the same in Spanish', async () => {
    serveBuild();
    const chart = await openEmbed('?release=2026-11-30&lang=es');
    expect(within(chart).getAllByText(/^4\.480/).length).toBeGreaterThan(0);
    expect(releaseLine()).toHaveTextContent(/^Datos del 30 nov 2026 · cifras hasta .* · 1 cifra ha cambiado desde entonces · ver lo más reciente$/);
    const newest = within(releaseLine() as HTMLElement).getByRole('link', { name: MESSAGES.es.release.seeNewest });
    expect(newest.getAttribute('href')).toBe('?lang=es');
  });

  it('of the latest shows the new value and no "changed since"', async () => {
    serveBuild();
    const chart = await openEmbed('?lang=en');
    expect(within(chart).getAllByText(/^4,500/).length).toBeGreaterThan(0);
    expect(releaseLine()).toHaveTextContent(/^Data of Dec\s1,\s2026 · figures up to [^·]*$/);
  });

  it('pinned to a release the site does not publish shows the latest with a notice, not a blank chart', async () => {
    serveBuild();
    const chart = await openEmbed('?release=2026-06-01&lang=en');
    expect(within(chart).getAllByText(/^4,500/).length).toBeGreaterThan(0);
    expect(screen.getByText(`release=2026-06-01: ${en.ignoredReasons['unknown-release']}`)).toHaveAttribute('role', 'status');
  });
});

function renderApp(search: string) {
  serveBuild();
  window.history.replaceState(null, '', '/' + search);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App base="/" store={createViewStore(window)} />
    </QueryClientProvider>,
  );
}

describe('the dashboard', () => {
  it('pinned to the first release shows its figures; "see the newest" drops the pin and shows the new one', async () => {
    renderApp('?release=2026-11-30&lang=en');
    const chart = await screen.findByRole('graphics-document');
    expect(within(chart).getAllByText(/^4,480/).length).toBeGreaterThan(0);
    expect(releaseLine()).toHaveTextContent(/1\sfigure changed since/);
    await userEvent.click(within(releaseLine() as HTMLElement).getByRole('link', { name: en.release.seeNewest }));
    await waitFor(() => expect(within(screen.getByRole('graphics-document')).getAllByText(/^4,500/).length).toBeGreaterThan(0));
    expect(window.location.search).toBe('?lang=en');
    expect(releaseLine()).not.toHaveTextContent(/changed since/);
  });

  it('pinned to the first release, in Spanish: the line, and a copy button for the pinned link and one for the latest', async () => {
    renderApp('?release=2026-11-30&lang=es');
    const chart = await screen.findByRole('graphics-document');
    expect(within(chart).getAllByText(/^4\.480/).length).toBeGreaterThan(0);
    expect(releaseLine()).toHaveTextContent(/^Datos del 30 nov 2026 · cifras hasta .* · 1 cifra ha cambiado desde entonces · ver lo más reciente$/);
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { clipboard: { writeText } }));
    await userEvent.click(screen.getByRole('button', { name: MESSAGES.es.share.copy }));
    await userEvent.click(screen.getByRole('button', { name: MESSAGES.es.release.copyLatest }));
    const [pinned, latest] = writeText.mock.calls.map(([text]) => new URL(text).searchParams);
    expect([pinned!.get('release'), pinned!.get('lang')]).toEqual(['2026-11-30', 'es']);
    expect([latest!.has('release'), latest!.get('lang')]).toEqual([false, 'es']);
  });

  it('lists the releases newest first on the Sources tab, with the change old → new and both sources', async () => {
    renderApp('?v=sources&lang=en');
    const log = await screen.findByRole('region', { name: en.release.changelogTitle }, { timeout: 10_000 });
    await within(log).findAllByText(/Dec\s1,\s2026/);
    const releases = within(log).getAllByRole('listitem').filter((li) => li.id.startsWith('release-'));
    expect(releases.map((li) => li.id)).toEqual(['release-2026-12-01', 'release-2026-11-30']);
    const change = releases[0]!.querySelector('[data-change="changed"]')!;
    const title = (id: string) => (files.get('data/atlas.json') as Dataset).sources.find((x) => x.id === id)!.title;
    expect(change.textContent).toBe(`Accelerators · changed: 4,480 (${title('bsc-mn5-page')}, Nov\u00a02024) → 4,500 (${title('top500-2024-11')}, Nov\u00a02024)`);
    expect(releases[1]).toHaveTextContent(/First release: \d+ figures/);
  });
});

describe('the Sources tab pinned to the first release', () => {
  it('opens that release and calls it the one shown; the newest is only "the latest"', async () => {
    renderApp('?v=sources&release=2026-11-30&lang=en');
    const log = await screen.findByRole('region', { name: en.release.changelogTitle }, { timeout: 10_000 });
    const first = await within(log).findByText((_, el) => el?.tagName === 'SUMMARY' && /Nov\s30,\s2026/.test(el.textContent ?? ''));
    expect(first.closest('li')).toHaveAttribute('aria-current', 'true');
    expect(first).toHaveTextContent(`(${en.release.current})`);
    const newest = log.querySelector('#release-2026-12-01 summary')!;
    expect(newest).toHaveTextContent(`(${en.release.latestRelease})`);
    expect(newest).not.toHaveTextContent(en.release.current);
  });
});

const goldenUrls = golden.entries.map((e) => e.url);

describe('every golden URL, pinned to the first release', () => {
  it.each(goldenUrls.map((url) => [url || '(bare URL)', url]))('%s renders its view', async (_, url) => {
    const pinned = `${url || '?'}${url ? '&' : ''}release=2026-11-30`;
    const { unmount } = renderApp(pinned);
    // The view is there (a chart, or the sources list), from the release, and nothing failed.
    await waitFor(() => expect(document.querySelector('figure svg[role="graphics-document"], #sources-title')).not.toBeNull(), { timeout: 60_000 });
    expect(screen.queryByText(en.loadErrorTitle)).toBeNull();
    expect(screen.queryByText(MESSAGES.es.loadErrorTitle)).toBeNull();
    expect(releaseLine() ?? document.querySelector('#releases-title')).not.toBeNull();
    unmount();
    // Lazy views load their code on first use, slowly on a busy machine.
  }, 90_000);
});
