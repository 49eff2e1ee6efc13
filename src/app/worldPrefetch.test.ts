// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { prefetchWorldAfterPaint, WORLD_META } from './worldPrefetch.ts';

const FILE = '/data/world.0123abcd.json';

function page(named = true) {
  document.head.innerHTML = named ? `<meta name="${WORLD_META}" content="${FILE}">` : '';
  const frames: (() => void)[] = [];
  return { paint: () => frames.splice(0).forEach((run) => run()), afterNextPaint: (run: () => void) => void frames.push(run) };
}
const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];

/** jsdom's document is already loaded; these pages are still loading until `load` fires. */
function loading(): () => void {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
  return () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'complete' });
    window.dispatchEvent(new Event('load'));
  };
}

afterEach(() => {
  Reflect.deleteProperty(document, 'readyState');
  document.head.innerHTML = '';
});

describe('the world data file of a world view page', () => {
  it('is asked for once the page has loaded and painted, with the credentials mode the app fetches with', () => {
    const { paint, afterNextPaint } = page();
    const load = loading();
    prefetchWorldAfterPaint(window, () => false, afterNextPaint);
    paint();
    expect(preloads()).toHaveLength(0); // still loading: the chart's first paint comes first
    load();
    expect(preloads()).toHaveLength(0); // loaded, not yet painted
    paint();
    const [link, ...more] = preloads();
    expect(more).toHaveLength(0);
    expect(link!.getAttribute('href')).toBe(FILE);
    expect(link!.as).toBe('fetch');
    expect(link!.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('is left to the app when the reader reached for the page first (no second download)', () => {
    const { paint, afterNextPaint } = page();
    let started = false;
    prefetchWorldAfterPaint(window, () => started, afterNextPaint);
    started = true;
    paint();
    expect(preloads()).toHaveLength(0);
  });

  it('is not asked for on a page that names none (the default view)', () => {
    const { paint, afterNextPaint } = page(false);
    prefetchWorldAfterPaint(window, () => false, afterNextPaint);
    paint();
    expect(preloads()).toHaveLength(0);
  });
});
