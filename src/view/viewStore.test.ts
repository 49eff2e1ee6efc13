import fc from 'fast-check';
import { createViewStore, type BrowserLike } from './viewStore.ts';
import { DEFAULT_VIEW_STATE, serialiseViewState, VIEWS } from './viewState.ts';
import { viewStateArb } from './viewStateArbitraries.ts';

/** An in-memory session history, so Back/Forward are synchronous and countable. */
function fakeBrowser(start: string) {
  const entries = [start];
  let index = 0;
  const listeners = new Set<() => void>();
  const go = (delta: number) => {
    index += delta;
    for (const listener of listeners) listener();
  };
  const browser = {
    get location() {
      const url = new URL(entries[index]!, 'https://example.org');
      return { origin: url.origin, pathname: url.pathname, search: url.search, hash: url.hash };
    },
    history: {
      state: null,
      pushState: vi.fn((_: unknown, __: string, url?: string | URL | null) => {
        entries.splice(index + 1, Infinity, String(url));
        index += 1;
      }),
      replaceState: vi.fn((_: unknown, __: string, url?: string | URL | null) => {
        entries[index] = String(url);
      }),
    },
    addEventListener: (_: 'popstate', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'popstate', listener: () => void) => listeners.delete(listener),
    back: () => go(-1),
    forward: () => go(1),
    entries,
    listenerCount: () => listeners.size,
    current: () => entries[index],
  } satisfies BrowserLike & Record<string, unknown>;
  return browser;
}

const setUp = (start: string, replaceDelayMs = 0) => {
  const browser = fakeBrowser(start);
  const store = createViewStore(browser, { replaceDelayMs });
  const unsubscribe = store.subscribe(() => {});
  return { browser, store, unsubscribe };
};

test('reads the address once, at creation', () => {
  const { browser, store } = setUp('/?v=money');
  browser.entries[0] = '/?v=models';
  expect(store.getSnapshot().state.view).toBe('money');
});

test('push adds a history entry, replace does not, a no-op adds nothing; pathname and hash are kept', () => {
  const { browser, store } = setUp('/atlas/?v=money#chart');
  store.update({ view: 'compare' }, 'push');
  expect(browser.entries).toEqual(['/atlas/?v=money#chart', '/atlas/?v=compare#chart']);
  store.update({ scale: 'linear' }, 'replace');
  expect(browser.entries).toEqual(['/atlas/?v=money#chart', '/atlas/?v=compare&scale=linear#chart']);
  store.update({ scale: 'linear' }, 'push');
  expect(browser.entries).toHaveLength(2);
  store.update({ view: 'gpus', scale: 'log' }, 'push');
  expect(browser.current()).toBe('/atlas/#chart');
});

test('updates are canonicalised, so the view shown is the view a reload shows', () => {
  const { store } = setUp('/');
  store.update({ whatifMfu: 38.46, whatifGpus: -5, ids: ['a', 'b', 'a'], regions: ['asia', 'europe'] }, 'replace');
  const { state } = store.getSnapshot();
  expect(state).toEqual({ ...DEFAULT_VIEW_STATE, whatifMfu: 38.5, ids: ['a', 'b'], regions: ['europe', 'asia'] });
});

test('Back and Forward restore each view exactly', () => {
  const { browser, store } = setUp('/');
  const views = [
    { view: 'money', currency: 'usd' },
    { view: 'compare', compareA: 'marenostrum-5-acc', compareB: 'deepseek-v3-cluster' },
    { view: 'whatif', whatifModel: 'deepseek-v3', whatifMfu: 40 },
  ] as const;
  const seen = [store.getSnapshot().state];
  for (const patch of views) {
    store.update({ ...DEFAULT_VIEW_STATE, ...patch }, 'push');
    seen.push(store.getSnapshot().state);
  }
  for (let i = seen.length - 2; i >= 0; i -= 1) {
    browser.back();
    expect(store.getSnapshot().state).toEqual(seen[i]);
  }
  browser.forward();
  browser.forward();
  expect(store.getSnapshot().state).toEqual(seen[2]);
});

test('setContext drops unknown ids, reports them, and rewrites the address in place', () => {
  const { browser, store } = setUp('/atlas/embed/?ids=mn5~ghost&foo=1&utm_source=x#top');
  expect(store.getSnapshot().ignored).toEqual([{ param: 'foo', value: '1', reason: 'unknown-param' }]);
  store.setContext({ entityIds: new Set(['mn5']) });
  expect(store.getSnapshot().state.ids).toEqual(['mn5']);
  expect(store.getSnapshot().ignored).toEqual([
    { param: 'foo', value: '1', reason: 'unknown-param' },
    { param: 'ids', value: 'ghost', reason: 'unknown-id' },
  ]);
  expect(browser.entries).toEqual(['/atlas/embed/?ids=mn5#top']);
});

test('a dismissed notice stays dismissed when the address is re-read', () => {
  const { store } = setUp('/?foo=1&ids=ghost');
  store.dismissIgnored();
  expect(store.getSnapshot().ignored).toEqual([]);
  store.setContext({ entityIds: new Set(['mn5']) });
  expect(store.getSnapshot().ignored).toEqual([{ param: 'ids', value: 'ghost', reason: 'unknown-id' }]);
  store.dismissIgnored();
  store.setContext({ entityIds: new Set(['other']) });
  expect(store.getSnapshot().ignored).toEqual([]);
});

describe('coalesced replace writes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a slider writes the address at most once per delay, with its last value', () => {
    const { browser, store } = setUp('/', 100);
    for (const mfu of [30, 31, 32, 33]) store.update({ whatifMfu: mfu }, 'replace');
    expect(store.getSnapshot().state.whatifMfu).toBe(33);
    expect(browser.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(browser.history.replaceState).toHaveBeenCalledTimes(1);
    expect(browser.current()).toBe('/?mfu=33');
  });

  test('a push first writes the pending slider value, so Back returns to it', () => {
    const { browser, store } = setUp('/?v=whatif', 100);
    store.update({ whatifMfu: 45 }, 'replace');
    store.update({ view: 'money' }, 'push');
    expect(browser.entries).toEqual(['/?v=whatif&mfu=45', '/?v=money&mfu=45']);
    browser.back();
    expect(store.getSnapshot().state).toMatchObject({ view: 'whatif', whatifMfu: 45 });
  });

  test('Back cancels a pending write, which belonged to the entry being left', () => {
    const { browser, store } = setUp('/?v=money', 100);
    store.update({ view: 'compare' }, 'push');
    store.update({ scale: 'linear' }, 'replace');
    browser.back();
    vi.advanceTimersByTime(500);
    expect(browser.entries).toEqual(['/?v=money', '/?v=compare']);
    expect(store.getSnapshot().state.view).toBe('money');
  });
});

describe('pushes written after the next paint (the page store: deferPush)', () => {
  /** A page whose frames the test paints by hand. */
  const setUpDeferred = (start: string, replaceDelayMs = 0) => {
    const browser = fakeBrowser(start);
    const frames: (() => void)[] = [];
    const store = createViewStore(browser, { replaceDelayMs, deferPush: (write) => void frames.push(write) });
    store.subscribe(() => {});
    return { browser, store, paint: () => frames.splice(0).forEach((run) => run()) };
  };

  test('the view changes at once, the address after the paint, one entry per push in order; Back restores each', () => {
    const { browser, store, paint } = setUpDeferred('/?v=money');
    store.update({ view: 'compare' }, 'push');
    store.update({ scale: 'linear' }, 'push');
    expect(store.getSnapshot().state).toMatchObject({ view: 'compare', scale: 'linear' });
    expect(browser.entries).toEqual(['/?v=money']);
    paint();
    expect(browser.entries).toEqual(['/?v=money', '/?v=compare', '/?v=compare&scale=linear']);
    browser.back();
    expect(store.getSnapshot().state).toMatchObject({ view: 'compare', scale: 'log' });
    browser.back();
    expect(store.getSnapshot().state.view).toBe('money');
  });

  test('a replace right after a push replaces the pushed entry, not the one before it', () => {
    const { browser, store, paint } = setUpDeferred('/?v=whatif');
    store.update({ view: 'money' }, 'push');
    store.update({ scale: 'linear' }, 'replace');
    expect(browser.entries).toEqual(['/?v=whatif', '/?v=money&scale=linear']);
    paint();
    expect(browser.entries).toEqual(['/?v=whatif', '/?v=money&scale=linear']);
  });

  test('a slider value between two pushes lands on the first one\'s entry, in order', () => {
    vi.useFakeTimers();
    try {
      const { browser, store, paint } = setUpDeferred('/?v=whatif', 100);
      store.update({ view: 'money' }, 'push');
      store.update({ scale: 'linear' }, 'replace');
      store.update({ view: 'compare' }, 'push');
      paint();
      vi.advanceTimersByTime(500);
      expect(browser.entries).toEqual(['/?v=whatif', '/?v=money&scale=linear', '/?v=compare&scale=linear']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('re-reading the address (data loaded) first writes the pushes still waiting', () => {
    const { browser, store } = setUpDeferred('/?v=money');
    store.update({ view: 'compare' }, 'push');
    store.setContext({ entityIds: new Set(['mn5']) });
    expect(browser.entries).toEqual(['/?v=money', '/?v=compare']);
    expect(store.getSnapshot().state.view).toBe('compare');
  });

  test('Back before the paint drops the waiting push: it belonged to the entry being left', () => {
    const { browser, store, paint } = setUpDeferred('/?v=money');
    store.update({ view: 'compare' }, 'push');
    store.update({ view: 'models' }, 'push');
    paint();
    store.update({ view: 'top500' }, 'push');
    browser.back();
    paint();
    expect(browser.entries).toEqual(['/?v=money', '/?v=compare', '/?v=models']);
    expect(store.getSnapshot().state.view).toBe('compare');
  });
});

test('a browser that refuses history calls does not break the view', () => {
  const { browser, store } = setUp('/');
  browser.history.pushState.mockImplementation(() => {
    throw new DOMException('too many calls', 'SecurityError');
  });
  expect(() => store.update({ view: 'money' }, 'push')).not.toThrow();
  expect(store.getSnapshot().state.view).toBe('money');
});

test('listens to popstate only while subscribed', () => {
  const { browser, unsubscribe } = setUp('/');
  expect(browser.listenerCount()).toBe(1);
  unsubscribe();
  expect(browser.listenerCount()).toBe(0);
});

test('without a browser (prerendering) it starts from initialSearch and keeps changes in memory', () => {
  const store = createViewStore(null, { initialSearch: '?v=top500&ed=2024-11' });
  expect(store.getSnapshot().state).toMatchObject({ view: 'top500', edition: '2024-11' });
  store.update({ scale: 'linear' }, 'push');
  store.setContext({ editions: new Set(['2025-06']) });
  expect(store.getSnapshot().state).toMatchObject({ view: 'top500', edition: null, scale: 'linear' });
});

test('hrefFor links a state under the page path, relative or absolute, canonically', () => {
  const { store } = setUp('/atlas/?v=money#x');
  expect(store.hrefFor({ ...DEFAULT_VIEW_STATE, view: 'compare', whatifMfu: 38.46 })).toBe('/atlas/?v=compare&mfu=38.5');
  expect(store.hrefFor(DEFAULT_VIEW_STATE, true)).toBe('https://example.org/atlas/');
  expect(createViewStore(null).hrefFor(DEFAULT_VIEW_STATE)).toBe('.');
});

test('linkTo gives the link hrefFor gives, for any address and any tab or release', () => {
  fc.assert(
    fc.property(viewStateArb, fc.constantFrom(...VIEWS), fc.constantFrom(null, '2026-12-01', '2027-02-30'), (state, view, release) => {
      const { store } = setUp(`/atlas/${serialiseViewState(state)}`);
      const now = store.getSnapshot().state;
      for (const patch of [{ view }, { release }, { view, release }, {}])
        for (const absolute of [false, true]) expect(store.linkTo(patch, absolute)).toBe(store.hrefFor({ ...now, ...patch }, absolute));
    }),
    { numRuns: 150 },
  );
});

test('linkTo keeps agreeing with hrefFor after the context changes what is canonical', () => {
  const { store } = setUp('/atlas/?v=compare');
  const patch = { ids: ['mn5', 'ghost'] };
  const before = store.linkTo(patch);
  expect(before).toBe(store.hrefFor({ ...store.getSnapshot().state, ...patch }));
  // With the dataset known, the ids are checked against it: a link made before must not be reused.
  store.setContext({ entityIds: new Set(['mn5']) });
  expect(store.linkTo(patch)).toBe(store.hrefFor({ ...store.getSnapshot().state, ...patch }));
  expect(store.linkTo(patch)).not.toBe(before);
});
