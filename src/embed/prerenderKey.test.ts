/**
 * The key that picks a prerendered copy is computed twice: by public/atlas-head.js from the raw
 * address before the body is parsed, and by the page's script from the parsed view state before
 * hydrating. These tests run the real head script in jsdom and hold the two together.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { viewStateArb } from '../view/viewStateArbitraries.ts';
import { DEFAULT_VIEW_STATE, PARAM_ORDER, serialiseViewState, type ViewState } from '../view/viewState.ts';
import { pageLang } from '../i18n/lang.ts';
import { DASHBOARD_DROP, EMBED_DROP, keyOfQuery, PRERENDER_META, prerenderKey } from './prerenderKey.ts';

const headScript = readFileSync(resolve(__dirname, '../../public/atlas-head.js'), 'utf8');

function runHead(search: string, keys: readonly string[], drop: readonly string[], languages: readonly string[]) {
  const html = document.documentElement;
  for (const a of ['data-pv', 'data-theme', 'lang']) html.removeAttribute(a);
  document.head.innerHTML = `<meta name="${PRERENDER_META}">`;
  document.head.querySelector('meta')!.setAttribute('content', JSON.stringify({ keys, drop }));
  history.replaceState(null, '', `/embed/gpus/${search}`);
  const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  new Function(headScript)();
  spy.mockRestore();
  return { pv: html.getAttribute('data-pv'), theme: html.getAttribute('data-theme'), lang: html.getAttribute('lang') };
}

describe('prerenderKey', () => {
  it('ignores lang (it is the key\'s first part), tracking tags and the dropped parameters', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, metric: 'h100e', theme: 'dark', lang: 'en' };
    expect(prerenderKey(state, 'en', EMBED_DROP)).toBe('en|metric=h100e');
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
  it('finds the copy built for any canonical address, in the language the page will show', () => {
    fc.assert(
      fc.property(viewStateArb, fc.constantFrom(['es-ES'], ['en-GB', 'es'], ['fr-FR'], []), fc.boolean(), (state, languages, isEmbed) => {
        const drop = isEmbed ? EMBED_DROP : DASHBOARD_DROP;
        const lang = pageLang(state.lang, languages);
        const key = prerenderKey(state, lang, drop);
        const other = prerenderKey({ ...state, hideTitle: !state.hideTitle }, lang, drop);
        const { pv } = runHead(serialiseViewState(state), [other, key], drop, languages);
        expect(pv).toBe('1');
      }),
      { numRuns: 150 },
    );
  });

  it('marks a custom view "none", so CSS hides every copy', () => {
    const keys = [prerenderKey(DEFAULT_VIEW_STATE, 'es', EMBED_DROP), prerenderKey(DEFAULT_VIEW_STATE, 'en', EMBED_DROP)];
    expect(runHead('?metric=bf16', keys, EMBED_DROP, ['es']).pv).toBe('none');
    expect(runHead('?ids=nope', keys, EMBED_DROP, ['es']).pv).toBe('none');
    expect(runHead('', keys, EMBED_DROP, ['en-US']).pv).toBe('1');
    expect(runHead('?utm_source=newsletter&theme=dark', keys, EMBED_DROP, ['es']).pv).toBe('0');
  });

  it('sets the theme and language before paint, and only from valid values', () => {
    expect(runHead('?theme=dark&lang=en', [], EMBED_DROP, ['es'])).toMatchObject({ theme: 'dark', lang: 'en' });
    expect(runHead('?theme=<x>&lang=xx', [], EMBED_DROP, ['fr', 'en'])).toMatchObject({ theme: null, lang: 'en' });
  });

  it('survives a missing or broken config', () => {
    document.head.innerHTML = '';
    history.replaceState(null, '', '/?a=1');
    expect(() => new Function(headScript)()).not.toThrow();
    document.head.innerHTML = `<meta name="${PRERENDER_META}" content="{nope">`;
    expect(() => new Function(headScript)()).not.toThrow();
  });
});
