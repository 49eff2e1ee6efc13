import fc from 'fast-check';
import { embedResizeScriptUrl, embedUrl, EMBEDDABLE_VIEWS, siteRoot } from './embedUrl.ts';
import { viewStateArb } from './viewStateArbitraries.ts';
import { DEFAULT_VIEW_STATE, parseViewState, serialiseViewState, type ViewState } from './viewState.ts';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

test('the default GPU view embeds at a bare /embed/gpus/ path', () => {
  expect(embedUrl('https://atlas.example', '/', DEFAULT_VIEW_STATE)).toBe('https://atlas.example/embed/gpus/');
});

test('the path names the chart and the query carries the rest of the view, without v=', () => {
  const s = state({ view: 'money', currency: 'usd', ids: ['a', 'b'] });
  const url = embedUrl('https://atlas.example', '/', s)!;
  expect(url.startsWith('https://atlas.example/embed/money/?')).toBe(true);
  expect(url).not.toMatch(/[?&]v=/);
  expect(url.slice(url.indexOf('?'))).toBe(serialiseViewState({ ...s, view: 'gpus' }));
});

test('under a sub-path, from an origin or from the full page address', () => {
  const s = state({ view: 'compare', compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' });
  const fromOrigin = embedUrl('https://user.github.io', '/atlas/', s);
  const fromPage = embedUrl('https://user.github.io/atlas/?v=compare&a=x', '/atlas/', s);
  expect(fromOrigin).toBe('https://user.github.io/atlas/embed/compare/?a=marenostrum-5-acc&b=deepseek-v3-cluster');
  expect(fromPage).toBe(fromOrigin);
  // A relative base (vite --base ./) resolves against the page's own directory.
  expect(embedUrl('https://user.github.io/atlas/index.html?v=compare', './', s)).toBe(fromOrigin);
});

test('embed options are ordinary view-state fields', () => {
  const s = state({ view: 'top500', theme: 'dark', lang: 'en', hideTitle: true });
  expect(embedUrl('https://a.example', '/', s)).toBe('https://a.example/embed/top500/en/?lang=en&theme=dark&title=0');
  expect(embedUrl('https://a.example', '/', { ...s, theme: null, hideTitle: false })).toBe('https://a.example/embed/top500/en/?lang=en');
  // The site's first language's copy is the chart's own folder.
  expect(embedUrl('https://a.example', '/', { ...s, lang: 'es' })).toBe('https://a.example/embed/top500/?lang=es&theme=dark&title=0');
});

test('the sources view has no embed; every other view has one', () => {
  expect(embedUrl('https://a.example', '/', state({ view: 'sources' }))).toBeNull();
  for (const view of EMBEDDABLE_VIEWS) expect(embedUrl('https://a.example', '/', state({ view }))).toBe(`https://a.example/embed/${view}/`);
  expect(EMBEDDABLE_VIEWS).toEqual(['gpus', 'money', 'compare', 'whatif', 'top500', 'models', 'clusters', 'world-models', 'world-chips', 'as-of', 'where']);
});

test('without a browser (prerendering) the URL stays relative to the base', () => {
  expect(siteRoot('.', '/atlas/')).toBe('/atlas/');
  expect(embedResizeScriptUrl('https://a.example/x/', '/')).toBe('https://a.example/embed-resize.js');
});

test('property: the embed query parses back to the same view (the path supplies the chart)', () => {
  fc.assert(
    fc.property(viewStateArb, (s) => {
      const url = embedUrl('https://a.example', '/sub/', s);
      if (s.view === 'sources') return url === null;
      const u = new URL(url!);
      expect(u.pathname).toBe(`/sub/embed/${s.view}/${s.lang === 'en' ? 'en/' : ''}`);
      expect(u.searchParams.has('v')).toBe(false);
      const back = parseViewState(u.search).state;
      expect(serialiseViewState({ ...back, view: s.view })).toBe(serialiseViewState(s));
      return true;
    }),
  );
});

test('a headline comparison in a named language points at its prerendered folder; any other pair at the language’s', () => {
  const variants = [{ name: 'mn5-vs-deepseek', state: { compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' } }];
  const pair = state({ view: 'compare', compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' });
  expect(embedUrl('https://a.example', '/', { ...pair, lang: 'en', release: '2026-12-01' }, variants)).toBe(
    'https://a.example/embed/compare/mn5-vs-deepseek-en/?a=marenostrum-5-acc&b=deepseek-v3-cluster&lang=en&release=2026-12-01',
  );
  expect(embedUrl('https://a.example', '/', { ...pair, lang: 'es', theme: 'dark' }, variants)).toBe(
    'https://a.example/embed/compare/mn5-vs-deepseek-es/?a=marenostrum-5-acc&b=deepseek-v3-cluster&lang=es&theme=dark',
  );
  expect(embedUrl('https://a.example', '/', { ...pair, compareB: 'leonardo-booster', lang: 'en' }, variants)).toMatch(/\/embed\/compare\/en\/\?/);
  // No language named: the reader's browser picks the file, from the chart's folder.
  expect(embedUrl('https://a.example', '/', pair, variants)).toMatch(/\/embed\/compare\/\?/);
});
