// @vitest-environment jsdom
/**
 * The app writes each dashboard address at the file that holds its copy, so that the head script,
 * on the next visit by the same reader, shows that copy or renders the view where it is: one
 * navigation, never a move to another file (the bench measured a move at about a third of a
 * static page's load). These tests run the real head script at the written address.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { headScriptSource } from '../../scripts/headScript.ts';
import { DASHBOARD_DROP, PRERENDER_META, prerenderKey } from './prerenderKey.ts';
import { LANGS } from '../i18n/lang.ts';
import { addressPath, addressPathOf, dashboardDir, dashboardFolder } from './addressPath.ts';
import { createViewStore } from '../view/viewStore.ts';
import { viewStateArb } from '../view/viewStateArbitraries.ts';
import { DEFAULT_VIEW_STATE, serialiseViewState, type ViewName } from '../view/viewState.ts';
import { VIEW_TABLE } from '../view/views.ts';

const headScript = headScriptSource(resolve(__dirname, '../..'));
const HOME = '/atlas/';

// The dashboard's files as scripts/prerender.ts lays them out: a folder per world view and language.
const VIEWS: ViewName[] = VIEW_TABLE.map((r) => r.id).filter((view) => dashboardDir(view) !== null);
const folder = (view: ViewName, lang: string) => `${HOME}${dashboardDir(view)}${lang === LANGS[0] ? '' : `${lang}/`}`;
const PAGES: Record<string, string> = Object.fromEntries(
  VIEWS.flatMap((view) => LANGS.map((lang) => [prerenderKey({ ...DEFAULT_VIEW_STATE, view, lang: lang === LANGS[0] ? null : lang }, lang, DASHBOARD_DROP), folder(view, lang)])),
);
const CONFIG = { pages: PAGES, drop: DASHBOARD_DROP, home: HOME };

/** The head script in the file served at `pathname` (the site's address serves the root's copy). */
function visit(pathname: string, search: string, languages: readonly string[]) {
  const fileKey = Object.entries(PAGES).find(([, p]) => p === pathname)?.[0] ?? 'es|';
  document.head.innerHTML = `<meta name="${PRERENDER_META}">`;
  document.head.querySelector('meta')!.setAttribute('content', JSON.stringify({ key: fileKey, drop: DASHBOARD_DROP, pages: PAGES, home: HOME }));
  document.documentElement.removeAttribute('data-pv');
  let movedTo: string | null = null;
  const languagesSpy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  const rewrite = vi.spyOn(history, 'replaceState').mockImplementation(() => undefined);
  try {
    new Function('location', headScript)({ search, pathname, hash: '', replace: (url: string) => (movedTo = url) });
    return { pv: document.documentElement.getAttribute('data-pv'), movedTo, rewritten: rewrite.mock.calls.map((c) => String(c[2])) };
  } finally {
    languagesSpy.mockRestore();
    rewrite.mockRestore();
  }
}

describe('addressPath', () => {
  it('names the file of a prerendered view, in the reader’s language, and the site’s address otherwise', () => {
    expect(addressPath(CONFIG, '?v=clusters', ['es-ES'])).toBe('/atlas/clusters/');
    expect(addressPath(CONFIG, '?v=clusters&lang=en', ['es-ES'])).toBe('/atlas/clusters/en/');
    // No lang in the query: the browser's language picks the file, as the head script does.
    expect(addressPath(CONFIG, '?v=clusters', ['en-GB'])).toBe('/atlas/clusters/en/');
    expect(addressPath(CONFIG, '', ['es'])).toBe('/atlas/');
    expect(addressPath(CONFIG, '?lang=en', ['es'])).toBe('/atlas/en/');
    // A filtered view, or a view with no file of its own: the site's address renders it.
    expect(addressPath(CONFIG, '?v=clusters&wregion=spain', ['es'])).toBe(HOME);
    expect(addressPath(CONFIG, '?v=money', ['es'])).toBe(HOME);
    // Tracking tags do not change which copy fits.
    expect(addressPath(CONFIG, '?v=where&utm_source=x', ['es'])).toBe('/atlas/where/');
  });

  it('is absent on a page that is not a dashboard page (an embed keeps its own path)', () => {
    expect(addressPathOf(null, ['es'])).toBeUndefined();
    expect(addressPathOf({ key: 'es|', drop: [], pages: PAGES }, ['es'])).toBeUndefined();
    expect(addressPathOf({ key: 'es|', drop: [], pages: PAGES, home: HOME }, ['es'])?.('?v=as-of')).toBe('/atlas/as-of/');
  });

  it('every address it writes opens in one navigation for the same reader: the copy, or the view rendered where it is', () => {
    const withCopy = fc.record({ view: fc.constantFrom(...VIEWS), lang: fc.constantFrom(null, ...LANGS) }).map((p) => ({ ...DEFAULT_VIEW_STATE, ...p }));
    fc.assert(
      // Half the cases are a view with a copy (its default state, in either language), which random states seldom are.
      fc.property(fc.oneof(withCopy, viewStateArb), fc.constantFrom(['es-ES'], ['en-US', 'es'], ['fr-FR'], []), (state, languages) => {
        const search = serialiseViewState(state);
        const path = addressPath(CONFIG, search, languages);
        const r = visit(path, search, languages);
        expect(r.movedTo).toBeNull();
        expect(r.pv === '0' || r.pv === 'none').toBe(true);
        // A fitting file keeps the address as written.
        expect(r.rewritten.filter((url) => url !== path + search)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the root’s old address for a world view still reaches its copy, one move later', () => {
    expect(visit(HOME, '?v=clusters', ['es'])).toMatchObject({ pv: 'moving', movedTo: '/atlas/clusters/?v=clusters' });
  });

  it('the view store writes history and links at that path', () => {
    const calls: string[] = [];
    const win = {
      location: { origin: 'https://example.org', pathname: '/atlas/', search: '', hash: '' },
      history: { pushState: (_s: unknown, _t: string, url?: string | URL | null) => void calls.push(String(url)), replaceState: () => undefined, state: null },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const store = createViewStore(win, { pathFor: addressPathOf({ key: 'es|', drop: DASHBOARD_DROP, pages: PAGES, home: HOME }, ['es']) });
    expect(store.hrefFor({ ...DEFAULT_VIEW_STATE, view: 'clusters' }, true)).toBe('https://example.org/atlas/clusters/?v=clusters');
    store.update({ view: 'clusters' }, 'push');
    store.update({ worldRegions: ['spain'] }, 'push');
    expect(calls[0]).toBe('/atlas/clusters/?v=clusters');
    expect(calls[1]).toMatch(/^\/atlas\/\?v=clusters&wregion=spain$/);
  });

  it('an address read at another file than its own is rewritten at its own once the data is known', () => {
    const replaced: string[] = [];
    const win = {
      location: { origin: 'https://example.org', pathname: '/atlas/clusters/', search: '?v=money', hash: '' },
      history: { pushState: () => undefined, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)), state: null },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const store = createViewStore(win, { pathFor: addressPathOf({ key: 'es|v=clusters', drop: DASHBOARD_DROP, pages: PAGES, home: HOME }, ['es']) });
    store.setContext({ entityIds: new Set() });
    expect(replaced).toEqual(['/atlas/?v=money']);
  });

  it('the dashboard files are the default view and each world view, and a link made without the page’s config finds them', () => {
    expect(VIEWS[0]).toBe(DEFAULT_VIEW_STATE.view);
    expect(VIEWS).toEqual(expect.arrayContaining(['clusters', 'as-of', 'where', 'world-models', 'world-chips']));
    expect(dashboardDir('money')).toBeNull();
    expect(dashboardFolder({ ...DEFAULT_VIEW_STATE, view: 'clusters' }, 'es')).toBe('clusters/');
    expect(dashboardFolder({ ...DEFAULT_VIEW_STATE, view: 'clusters', lang: 'en' }, 'en')).toBe('clusters/en/');
    expect(dashboardFolder(DEFAULT_VIEW_STATE, 'en')).toBe('en/');
    expect(dashboardFolder({ ...DEFAULT_VIEW_STATE, view: 'clusters', worldRegions: ['spain'] }, 'es')).toBe('');
    expect(dashboardFolder({ ...DEFAULT_VIEW_STATE, view: 'money' }, 'en')).toBe('');
    // The same file as the page's own config names, for every view and language.
    for (const view of VIEWS)
      for (const lang of LANGS) expect(HOME + dashboardFolder({ ...DEFAULT_VIEW_STATE, view }, lang)).toBe(addressPath(CONFIG, serialiseViewState({ ...DEFAULT_VIEW_STATE, view, lang }), ['fr']));
  });
});
