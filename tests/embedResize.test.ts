// @vitest-environment jsdom
/**
 * The optional parent-page script public/embed-resize.js, run in jsdom as a blog page would run
 * it: which messages may resize which iframe.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HEIGHT_MESSAGE_TYPE, heightMessages } from '../src/embed/autoHeight.ts';

const script = readFileSync(resolve(__dirname, '../public/embed-resize.js'), 'utf8');
const OURS = window.location.origin; // no document.currentScript under new Function: the page's own origin

function frame(src: string): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.src = src;
  document.body.append(f);
  return f;
}

function post(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

beforeAll(() => {
  new Function(script)();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('embed-resize.js', () => {
  it('sizes our sandboxed iframe (origin "null") to the height it reports', () => {
    const f = frame(`${OURS}/embed/gpus/`);
    post({ type: HEIGHT_MESSAGE_TYPE, height: 812.3 }, 'null', f.contentWindow);
    expect(f.style.height).toBe('813px');
  });

  it('accepts our own origin too, and the message our embed really sends', () => {
    const f = frame(`${OURS}/embed/money/?lang=en`);
    post(heightMessages(640, 'x')[0], OURS, f.contentWindow);
    expect(f.style.height).toBe('640px');
  });

  it('ignores other origins, even from our iframe', () => {
    const f = frame(`${OURS}/embed/gpus/`);
    post({ type: HEIGHT_MESSAGE_TYPE, height: 500 }, 'https://evil.example', f.contentWindow);
    expect(f.style.height).toBe('');
  });

  it('resizes only the iframe whose window sent the message, and only iframes of our site', () => {
    const ours = frame(`${OURS}/embed/gpus/`);
    const theirs = frame('https://other.example/widget');
    post({ type: HEIGHT_MESSAGE_TYPE, height: 500 }, 'null', theirs.contentWindow);
    expect(theirs.style.height).toBe('');
    expect(ours.style.height).toBe('');
    post({ type: HEIGHT_MESSAGE_TYPE, height: 500 }, 'null', window);
    post({ type: HEIGHT_MESSAGE_TYPE, height: 500 }, 'null', null);
    expect(ours.style.height).toBe('');
  });

  it.each([
    ['a string', '500'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['negative', -10],
    ['too small', 10],
    ['too large', 1e9],
    ['an object', { valueOf: (): number => 500 }],
  ])('ignores a height that is %s', (_, height) => {
    const f = frame(`${OURS}/embed/gpus/`);
    post({ type: HEIGHT_MESSAGE_TYPE, height }, 'null', f.contentWindow);
    expect(f.style.height).toBe('');
  });

  it("ignores other platforms' formats and anything else", () => {
    const f = frame(`${OURS}/embed/gpus/`);
    for (const data of [...heightMessages(500, 'x').slice(1), null, 'compute-atlas:height', 500, { type: 'other', height: 500 }])
      post(data, 'null', f.contentWindow);
    expect(f.style.height).toBe('');
  });
});
