// @vitest-environment jsdom
/**
 * The key that picks a prerendered copy is computed twice: by public/atlas-head.js from the raw
 * address before the body is parsed, and by the page's script from the parsed view state before
 * hydrating. These tests run the real head script in jsdom and hold the two together.
 */
import { resolve } from 'node:path';
import { headScriptSource } from '../../scripts/headScript.ts';
import fc from 'fast-check';
import { viewStateArb } from '../view/viewStateArbitraries.ts';
import { DEFAULT_VIEW_STATE, PARAM_ORDER, serialiseViewState, type ViewState } from '../view/viewState.ts';
import { pageLang } from '../i18n/lang.ts';
import { DASHBOARD_DROP, EMBED_DROP, keyOfQuery, PRERENDER_META, prerenderKey, type PrerenderConfig } from './prerenderKey.ts';
import { embedUrl, EMBEDDABLE_VIEWS } from '../view/embedUrl.ts';

// The text pages carry, with the locale table's languages written in.
const headScript = headScriptSource(resolve(__dirname, '../..'));

/**
 * Runs the head script in a file that holds the copy `key`, among `pages` (key → path). The
 * script reaches `location` through its argument, so a stand-in records where it would go.
 */
function runHead(
  search: string,
  key: string,
  pages: Record<string, string>,
  drop: readonly string[],
  languages: readonly string[],
  at: { pathname?: string; home?: string; narrow?: PrerenderConfig['narrow']; isNarrow?: true; viewport?: number } = {},
) {
  const html = document.documentElement;
  for (const a of ['data-pv', 'data-theme', 'data-notitle', 'lang']) html.removeAttribute(a);
  document.head.innerHTML = `<meta name="${PRERENDER_META}">`;
  const { narrow, isNarrow } = at;
  document.head.querySelector('meta')!.setAttribute('content', JSON.stringify({ key, drop, pages, ...(at.home ? { home: at.home } : {}), ...(narrow ? { narrow } : {}), ...(isNarrow ? { isNarrow } : {}) }));
  // jsdom lays nothing out (a width of 0); a browser's viewport width, when the test gives one.
  if (at.viewport !== undefined) Object.defineProperty(html, 'clientWidth', { configurable: true, get: () => at.viewport });
  const pathname = at.pathname ?? Object.entries(pages).find(([k]) => k === key)?.[1] ?? '/embed/gpus/';
  let movedTo: string | null = null;
  let shown: string | null = null;
  const loc = { search, pathname, hash: '', replace: (url: string) => (movedTo = url) };
  const run = new Function('location', headScript);
  const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  const rewrite = vi.spyOn(history, 'replaceState').mockImplementation((_s, _t, url) => void (shown = String(url)));
  try {
    run(loc);
  } finally {
    spy.mockRestore();
    rewrite.mockRestore();
    delete (html as { clientWidth?: number }).clientWidth;
  }
  return { pv: html.getAttribute('data-pv'), theme: html.getAttribute('data-theme'), lang: html.getAttribute('lang'), movedTo, shown, noTitle: html.hasAttribute('data-notitle') };
}

const ES = prerenderKey(DEFAULT_VIEW_STATE, 'es', EMBED_DROP);
const EN = prerenderKey(DEFAULT_VIEW_STATE, 'en', EMBED_DROP);
const PAGES = { [ES]: '/embed/gpus/', [EN]: '/embed/gpus/en/' };

describe('prerenderKey', () => {
  it('ignores lang (it is the key\'s first part), tracking tags and the dropped parameters', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, metric: 'h100e', theme: 'dark', lang: 'en' };
    expect(prerenderKey(state, 'en', EMBED_DROP)).toBe('en|metric=h100e');
    expect(prerenderKey({ ...state, hideTitle: true }, 'en', EMBED_DROP)).toBe('en|metric=h100e'); // title=0 is CSS
    expect(prerenderKey(state, 'en', DASHBOARD_DROP)).toBe('en|metric=h100e&theme=dark');
    expect(keyOfQuery('?metric=h100e&utm_source=x&fbclid=1', 'es', EMBED_DROP)).toBe('es|metric=h100e');
    expect(prerenderKey(DEFAULT_VIEW_STATE, 'es', EMBED_DROP)).toBe('es|');
  });

  it('the parameters the head script reads exist in the view module', () => {
    expect(PARAM_ORDER).toEqual(expect.arrayContaining(['lang', 'theme']));
    for (const name of EMBED_DROP) expect(PARAM_ORDER).toContain(name);
  });
});

describe('public/atlas-head.js', () => {
  it('shows the file’s copy for any canonical address whose key is the file’s, in the language the page will show', () => {
    fc.assert(
      fc.property(viewStateArb, fc.constantFrom(['es-ES'], ['en-GB', 'es'], ['fr-FR'], []), fc.boolean(), (state, languages, isEmbed) => {
        const drop = isEmbed ? EMBED_DROP : DASHBOARD_DROP;
        const lang = pageLang(state.lang, languages);
        const key = prerenderKey(state, lang, drop);
        const other = prerenderKey({ ...state, lang: lang === 'es' ? 'en' : 'es' }, lang === 'es' ? 'en' : 'es', drop);
        const r = runHead(serialiseViewState(state), key, { [other]: '/other/', [key]: '/here/' }, drop, languages);
        expect(r.pv).toBe('0');
        expect(r.movedTo).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('moves a visit to the file that holds its copy, keeping the query', () => {
    expect(runHead('?lang=en&theme=dark', ES, PAGES, EMBED_DROP, ['es'])).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/en/?lang=en&theme=dark' });
    expect(runHead('', ES, PAGES, EMBED_DROP, ['en-US'])).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/en/' });
    expect(runHead('?lang=es', EN, PAGES, EMBED_DROP, ['en'])).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/?lang=es' });
    // title=0 and tracking tags need no copy of their own.
    expect(runHead('?title=0&utm_source=newsletter', ES, PAGES, EMBED_DROP, ['es'])).toMatchObject({ pv: '0', movedTo: null, noTitle: true });
  });

  it('marks a custom view "none", so CSS hides the copy, and stays', () => {
    expect(runHead('?metric=bf16', ES, PAGES, EMBED_DROP, ['es'])).toMatchObject({ pv: 'none', movedTo: null });
    expect(runHead('?ids=nope&lang=en', ES, PAGES, EMBED_DROP, ['es'])).toMatchObject({ pv: 'none', movedTo: null });
  });

  it('sets the theme and language before paint, and only from valid values', () => {
    expect(runHead('?theme=dark&lang=en', ES, {}, EMBED_DROP, ['es'])).toMatchObject({ theme: 'dark', lang: 'en' });
    expect(runHead('?theme=<x>&lang=xx', ES, {}, EMBED_DROP, ['fr', 'en'])).toMatchObject({ theme: null, lang: 'en' });
  });

  it('shows the copy even where the address cannot be rewritten (a page in a sandboxed frame has an opaque origin)', () => {
    const html = document.documentElement;
    html.removeAttribute('data-pv');
    document.head.innerHTML = `<meta name="${PRERENDER_META}">`;
    document.head.querySelector('meta')!.setAttribute('content', JSON.stringify({ key: ES, drop: DASHBOARD_DROP, pages: { [ES]: '/en-copy/' }, home: '/' }));
    const refuse = vi.spyOn(history, 'replaceState').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const loc = { search: '', pathname: '/en-copy/index.html', hash: '', replace: () => undefined };
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es']);
    try {
      expect(() => new Function('location', headScript)(loc)).not.toThrow();
      expect(refuse).toHaveBeenCalled();
      expect(html.getAttribute('data-pv')).toBe('0');
    } finally {
      refuse.mockRestore();
      spy.mockRestore();
    }
  });

  it('shows a dashboard file at its own folder: `clusters/index.html` as `clusters/`, the address the app writes', () => {
    const pages = { 'es|': '/', 'es|v=clusters': '/clusters/' };
    expect(runHead('?v=clusters', 'es|v=clusters', pages, DASHBOARD_DROP, ['es'], { pathname: '/clusters/index.html', home: '/' })).toMatchObject({ pv: '0', shown: '/clusters/?v=clusters' });
    expect(runHead('?v=clusters', 'es|v=clusters', pages, DASHBOARD_DROP, ['es'], { pathname: '/clusters/', home: '/' })).toMatchObject({ pv: '0', shown: null, movedTo: null });
    // The root's address alone moves to the file that holds its copy.
    expect(runHead('?v=clusters', 'es|', pages, DASHBOARD_DROP, ['es'], { pathname: '/', home: '/' })).toMatchObject({ pv: 'moving', movedTo: '/clusters/?v=clusters' });
  });

  it('an embed address as the dialog writes it (its language named) opens in one navigation: the copy in that language’s folder, or the view rendered there', () => {
    fc.assert(
      // Half the cases are the chart's default view (the one with a copy), which random states seldom are.
      fc.property(fc.oneof(fc.constant(DEFAULT_VIEW_STATE), viewStateArb), fc.constantFrom(...EMBEDDABLE_VIEWS.filter((v) => v !== 'compare')), fc.constantFrom('es' as const, 'en' as const), (state, view, lang) => {
        const u = new URL(embedUrl('https://a.example', '/', { ...state, view, lang })!);
        const pages = { [ES]: `/embed/${view}/`, [EN]: `/embed/${view}/en/` };
        const r = runHead(u.search, u.pathname.endsWith('/en/') ? EN : ES, pages, EMBED_DROP, ['fr-FR'], { pathname: u.pathname });
        expect(r.movedTo).toBeNull();
        if (serialiseViewState({ ...state, view: 'gpus', lang: null, theme: null, hideTitle: false }) === '') expect(r.pv).toBe('0');
      }),
      { numRuns: 200 },
    );
  });

  it('a headline comparison’s snippet opens its own prerendered file, in one navigation', () => {
    const variants = [
      { name: 'mn5-vs-deepseek-gpus', state: { compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' } },
      { name: 'chatgpt-claim-vs-alia', state: { compareA: 'chatgpt-cost-claim', compareB: 'alia-initial-cost' } },
    ];
    // The pages map as the build writes it for embed/compare/ (one file per variant and language).
    const pages: Record<string, string> = { [ES]: '/embed/compare/', [EN]: '/embed/compare/en/' };
    for (const v of variants)
      for (const lang of ['es', 'en'] as const) pages[prerenderKey({ ...DEFAULT_VIEW_STATE, ...v.state }, lang, EMBED_DROP)] = `/embed/compare/${v.name}-${lang}/`;
    for (const v of variants)
      for (const lang of ['es', 'en'] as const) {
        const u = new URL(embedUrl('https://a.example', '/', { ...DEFAULT_VIEW_STATE, ...v.state, view: 'compare', lang, theme: 'dark' }, variants)!);
        const fileKey = Object.entries(pages).find(([, p]) => p === u.pathname)![0];
        expect(runHead(u.search, fileKey, pages, EMBED_DROP, ['fr-FR'], { pathname: u.pathname })).toMatchObject({ pv: '0', movedTo: null });
      }
  });

  describe('a phone’s copy (narrowCopy.ts)', () => {
    const narrow = { below: 546, pages: { [ES]: '/embed/gpus/narrow/', [EN]: '/embed/gpus/en/narrow/' } };
    const wideFile = { narrow, pathname: '/embed/gpus/' };
    const phoneFile = { narrow, isNarrow: true as const, pathname: '/embed/gpus/narrow/' };

    it('takes a narrow viewport to the file drawn at a phone’s width, keeping the query, in one navigation', () => {
      expect(runHead('?theme=dark', ES, PAGES, EMBED_DROP, ['es'], { ...wideFile, viewport: 390 })).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/narrow/?theme=dark' });
      // Straight to the phone copy in the reader's language, not through the wide English file.
      expect(runHead('', ES, PAGES, EMBED_DROP, ['en-GB'], { ...wideFile, viewport: 545 })).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/en/narrow/' });
      expect(runHead('', ES, PAGES, EMBED_DROP, ['es'], { ...phoneFile, viewport: 360 })).toMatchObject({ pv: '0', movedTo: null });
    });

    it('keeps a wide viewport on the wide copy, and moves one that opened a phone’s copy back to it', () => {
      expect(runHead('', ES, PAGES, EMBED_DROP, ['es'], { ...wideFile, viewport: 546 })).toMatchObject({ pv: '0', movedTo: null });
      expect(runHead('?title=0', ES, PAGES, EMBED_DROP, ['es'], { ...phoneFile, viewport: 1280 })).toMatchObject({ pv: 'moving', movedTo: '/embed/gpus/?title=0' });
      // No layout yet (a frame not displayed) is not a phone.
      expect(runHead('', ES, PAGES, EMBED_DROP, ['es'], { ...wideFile, viewport: 0 })).toMatchObject({ pv: '0', movedTo: null });
    });

    it('a view with no copy is rendered where it was opened, at any width', () => {
      expect(runHead('?metric=bf16', ES, PAGES, EMBED_DROP, ['es'], { ...wideFile, viewport: 390 })).toMatchObject({ pv: 'none', movedTo: null });
      expect(runHead('?metric=bf16', ES, PAGES, EMBED_DROP, ['es'], { ...phoneFile, viewport: 390 })).toMatchObject({ pv: 'none', movedTo: null });
    });

    it('a dashboard’s phone copy shows the wide file’s address, the one a copied link should carry', () => {
      const pages = { 'es|': '/', 'es|v=clusters': '/clusters/' };
      const phones = { below: 570, pages: { 'es|': '/narrow/', 'es|v=clusters': '/clusters/narrow/' } };
      const at = { home: '/', narrow: phones, viewport: 390 };
      expect(runHead('?v=clusters', 'es|', pages, DASHBOARD_DROP, ['es'], { ...at, pathname: '/' })).toMatchObject({ pv: 'moving', movedTo: '/clusters/narrow/?v=clusters' });
      expect(runHead('?v=clusters', 'es|v=clusters', pages, DASHBOARD_DROP, ['es'], { ...at, isNarrow: true, pathname: '/clusters/narrow/' })).toMatchObject({ pv: '0', shown: '/clusters/?v=clusters' });
    });
  });

  it('survives a missing or broken config', () => {
    const run = new Function('location', headScript);
    const loc = { search: '?a=1', pathname: '/', hash: '', replace: () => undefined };
    document.head.innerHTML = '';
    expect(() => run(loc)).not.toThrow();
    document.head.innerHTML = `<meta name="${PRERENDER_META}" content="{nope">`;
    expect(() => run(loc)).not.toThrow();
  });
});
