// @vitest-environment jsdom
import { heightMessages, heightOf, HEIGHT_MESSAGE_TYPE, startAutoHeight } from './autoHeight.ts';

const HREF = 'https://atlas.example/embed/gpus/?lang=en';

describe('heightMessages', () => {
  it('says the height in our format, embed.ly/Medium\'s and AMP\'s, and nothing else', () => {
    const [ours, medium, amp] = heightMessages(812, HREF);
    expect(ours).toEqual({ type: HEIGHT_MESSAGE_TYPE, height: 812 });
    expect(typeof medium).toBe('string');
    expect(JSON.parse(medium as string)).toEqual({ src: HREF, context: 'iframe.resize', height: 812 });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
    expect(heightMessages(1, HREF)).toHaveLength(3);
  });
});

describe('heightOf', () => {
  it('rounds up to whole pixels and rejects nonsense', () => {
    expect(heightOf({ height: 100.2 })).toBe(101);
    expect(heightOf({ height: 0 })).toBeNull();
    expect(heightOf({ height: Number.NaN })).toBeNull();
    expect(heightOf({ height: Number.POSITIVE_INFINITY })).toBeNull();
  });
});

function fakeFrame(height: { value: number }) {
  const posted: { message: unknown; target: string }[] = [];
  const observers: (() => void)[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push({ message, target }) };
  class FakeObserver {
    constructor(cb: () => void) {
      observers.push(cb);
    }
    observe() {}
    disconnect() {}
  }
  const win = {
    parent,
    location: { href: HREF },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (t: number) => clearTimeout(t),
    ResizeObserver: FakeObserver,
  };
  const el = { getBoundingClientRect: () => ({ height: height.value }) } as unknown as Element;
  return { win: win as unknown as Parameters<typeof startAutoHeight>[0], el, posted, resize: () => observers.forEach((o) => o()) };
}

describe('startAutoHeight', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts at once, again on each change of height, never twice for the same height', () => {
    const h = { value: 500 };
    const f = fakeFrame(h);
    const stop = startAutoHeight(f.win, f.el);
    expect(f.posted.map((p) => p.message)).toEqual(heightMessages(500, HREF));
    f.resize();
    expect(f.posted).toHaveLength(3);
    h.value = 640.5;
    f.resize();
    expect(f.posted.slice(3).map((p) => p.message)).toEqual(heightMessages(641, HREF));
    expect(f.posted.every((p) => p.target === '*')).toBe(true);
    stop();
  });

  it('repeats the height a few times for a parent script that loads late, then stops', () => {
    const f = fakeFrame({ value: 300 });
    startAutoHeight(f.win, f.el);
    vi.advanceTimersByTime(10_000);
    const count = f.posted.length;
    expect(count).toBeGreaterThan(3);
    vi.advanceTimersByTime(60_000);
    expect(f.posted).toHaveLength(count);
  });

  it('does nothing outside a frame', () => {
    const f = fakeFrame({ value: 300 });
    const top = { ...(f.win as object) } as { parent?: unknown };
    top.parent = top;
    startAutoHeight(top as Parameters<typeof startAutoHeight>[0], f.el);
    expect(f.posted).toHaveLength(0);
  });

  it('never listens for messages', () => {
    const spy = vi.spyOn(window, 'addEventListener');
    const f = fakeFrame({ value: 300 });
    startAutoHeight(f.win, f.el);
    startAutoHeight(window, document.documentElement);
    expect(spy.mock.calls.filter(([type]) => type === 'message')).toEqual([]);
    spy.mockRestore();
  });
});
