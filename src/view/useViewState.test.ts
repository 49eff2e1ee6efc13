// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { useViewState, viewHref } from './useViewState.ts';
import { createViewStore } from './viewStore.ts';
import { DEFAULT_VIEW_STATE, type ParseContext } from './viewState.ts';

/** Puts jsdom at `url` and gives a hook bound to a fresh store over the real window. */
function renderAt(url: string, ctx?: ParseContext) {
  window.history.replaceState(null, '', url);
  const store = createViewStore(window, { replaceDelayMs: 0 });
  return renderHook(({ context }: { context?: ParseContext }) => useViewState(context, store), {
    initialProps: { context: ctx },
  });
}

const address = () => window.location.pathname + window.location.search + window.location.hash;

test('reads the view and the ignored parameters from the address', () => {
  const { result } = renderAt('/?v=money&cur=usd&nope=1');
  const [state, , ignored] = result.current;
  expect(state).toMatchObject({ view: 'money', currency: 'usd' });
  expect(ignored).toEqual([{ param: 'nope', value: '1', reason: 'unknown-param' }]);
});

test('discrete changes push a history entry, continuous ones replace it', () => {
  const { result } = renderAt('/?v=money');
  const before = window.history.length;
  act(() => result.current[1]({ view: 'whatif' }, 'push'));
  expect(window.history.length).toBe(before + 1);
  expect(address()).toBe('/?v=whatif');
  act(() => result.current[1]({ whatifMfu: 38.5 }, 'replace'));
  expect(window.history.length).toBe(before + 1);
  expect(address()).toBe('/?v=whatif&mfu=38.5');
  expect(result.current[0]).toMatchObject({ view: 'whatif', whatifMfu: 38.5 });
});

test('Back restores the previous view exactly', async () => {
  const { result } = renderAt('/?v=money&cur=usd');
  const first = result.current[0];
  act(() => result.current[1]({ view: 'compare', compareA: 'marenostrum-5-acc' }, 'push'));
  act(() => result.current[1]({ view: 'top500', edition: '2024-11' }, 'push'));
  act(() => window.history.back());
  await waitFor(() => expect(result.current[0]).toMatchObject({ view: 'compare', compareA: 'marenostrum-5-acc' }));
  act(() => window.history.back());
  await waitFor(() => expect(result.current[0]).toEqual(first));
  act(() => window.history.forward());
  await waitFor(() => expect(result.current[0].view).toBe('compare'));
});

test('a context given later drops unknown ids and rewrites the address canonically under its sub-path', () => {
  const { result, rerender } = renderAt('/atlas/embed/?hl=ghost&ids=marenostrum-5-acc~ghost&utm_source=x&zz=1#chart');
  expect(result.current[0].ids).toEqual(['marenostrum-5-acc', 'ghost']);
  const before = window.history.length;
  rerender({ context: { entityIds: new Set(['marenostrum-5-acc']) } });
  expect(result.current[0]).toMatchObject({ ids: ['marenostrum-5-acc'], highlight: null });
  expect(address()).toBe('/atlas/embed/?ids=marenostrum-5-acc#chart');
  expect(window.history.length).toBe(before);
  expect(result.current[2].map((r) => `${r.param}:${r.reason}`)).toEqual(['zz:unknown-param', 'hl:unknown-id', 'ids:unknown-id']);
});

test('dismissIgnored empties the notice', () => {
  const { result } = renderAt('/?v=nope');
  expect(result.current[2]).toHaveLength(1);
  act(() => result.current[3]());
  expect(result.current[2]).toEqual([]);
});

test('viewHref gives links under the page path without reading location elsewhere', () => {
  window.history.replaceState(null, '', '/atlas/?v=money');
  const store = createViewStore(window, { replaceDelayMs: 0 });
  expect(viewHref({ ...DEFAULT_VIEW_STATE, view: 'sources' }, false, store)).toBe('/atlas/?v=sources');
  expect(viewHref(DEFAULT_VIEW_STATE, true, store)).toBe(`${window.location.origin}/atlas/`);
});
