import { act, Suspense, use, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { holdInput, onFirstReach } from './intent.ts';
import { mountPage } from './mount.ts';
import { ReadyMark } from './ReadyMark.tsx';
import { committed, handFieldsToReact, replayHeld } from './replay.ts';

/** A prerendered page: a scale toggle, a search box inside a Suspense boundary, a chart mark. */
function Page({ later }: { later: Promise<void> }) {
  const [scale, setScale] = useState('log');
  const [query, setQuery] = useState('');
  const [pressed, setPressed] = useState<string[]>([]);
  return (
    <>
      <label>
        <input type="checkbox" checked={scale === 'linear'} onChange={(e) => setScale(e.target.checked ? 'linear' : 'log')} /> linear
      </label>
      <output data-testid="scale">{scale}</output>
      <Suspense fallback={null}>
        <Search later={later} query={query} setQuery={setQuery} />
      </Suspense>
      <output data-testid="query">{query}</output>
      <svg>
        <rect tabIndex={0} data-testid="mark" onClick={() => setPressed((p) => [...p, 'click'])} onKeyDown={(e) => setPressed((p) => [...p, e.key])} />
      </svg>
      <output data-testid="pressed">{pressed.join(' ')}</output>
    </>
  );
}

/** Hydrates after the rest of the page, as a boundary does in the app. */
function Search({ later, query, setQuery }: { later: Promise<void>; query: string; setQuery: (q: string) => void }) {
  use(later);
  return <input type="text" aria-label="search" value={query} onChange={(e) => setQuery(e.target.value)} />;
}

const resolved = Promise.resolve();

function prerender(): void {
  document.documentElement.removeAttribute('data-ready');
  document.documentElement.dataset.pv = '0';
  document.body.innerHTML = `<div data-variant="0" data-key="k" data-prefix="">${renderToString(
    <ReadyMark>
      <Page later={resolved} />
    </ReadyMark>,
  )}</div>`;
}

const $ = (id: string) => document.querySelector(`[data-testid="${id}"]`)!;
// jsdom's events are all untrusted: here the reader's are the ones the test sends.
const readers = () => true;
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('onFirstReach', () => {
  it('starts once, on the first pointer, focus, touch or key event, with that event', () => {
    const start = vi.fn();
    onFirstReach(window, start);
    const first = new Event('focusin');
    window.dispatchEvent(first);
    window.dispatchEvent(new Event('pointerover'));
    window.dispatchEvent(new Event('keydown'));
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(first);
  });

  it("starts on a click with nothing before it (a screen reader's activate)", () => {
    const start = vi.fn();
    onFirstReach(window, start);
    window.dispatchEvent(new MouseEvent('click'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not start on a scroll', () => {
    const start = vi.fn();
    onFirstReach(window, start);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('wheel'));
    expect(start).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('touchstart')); // clean up the listeners
  });
});

describe('holdInput', () => {
  beforeEach(prerender);

  it('holds clicks on controls and marks, with their default action prevented, and every key', () => {
    const { held, release } = holdInput(document, readers);
    expect(document.documentElement.hasAttribute('data-hold')).toBe(true);
    const box = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    click(box);
    expect(box.checked).toBe(false); // the toggle waits for the app
    click($('mark'));
    click(document.body); // not a control: nothing to hold
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '#elsewhere';
    link.tabIndex = 0;
    const followed = vi.fn();
    link.addEventListener('click', followed);
    click(link); // a link: the browser follows it without the app
    expect(followed).toHaveBeenCalledTimes(1);
    key($('mark'), 'ArrowRight');
    expect(held.clicks).toEqual([box, $('mark')]);
    expect(held.keys.map((e) => e.key)).toEqual(['ArrowRight']);
    release();
    expect(document.documentElement.hasAttribute('data-hold')).toBe(false);
    click(box);
    expect(box.checked).toBe(true);
    expect(held.clicks).toHaveLength(2);
  });
});

describe('replayHeld, once React has hydrated the page', () => {
  beforeEach(prerender);

  it('hands React the clicks, keys and typed text it missed, in order, as if it had been there', async () => {
    const hold = holdInput(document, readers);
    click(document.querySelector('input[type="checkbox"]')!);
    const mark = $('mark') as SVGRectElement;
    mark.focus();
    click(mark);
    key(mark, 'ArrowRight');
    key(mark, 'Tab'); // moved the focus already: not pressed again
    const search = document.querySelector<HTMLInputElement>('input[aria-label="search"]')!;
    search.value = 'mare'; // typed natively before React: in the field, not in React's state
    search.dispatchEvent(new Event('input', { bubbles: true }));
    key(search, 'm'); // the field's own key: its effect is the value
    let later!: () => void;
    const gate = new Promise<void>((r) => (later = r));
    await act(async () => {
      mountPage(<Page later={gate} />, 'k');
    });
    await committed(document.documentElement);
    expect(document.documentElement.hasAttribute('data-ready')).toBe(true);
    // The page has committed, but the search box's boundary has not hydrated yet (its data has
    // just arrived, React has not come back to it): handing the text over must hydrate it first.
    hold.release();
    await act(async () => {
      later();
      await gate;
      replayHeld(document, hold.held);
    });
    expect($('scale').textContent).toBe('linear');
    expect(document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    expect($('pressed').textContent).toBe('click ArrowRight');
    expect($('query').textContent).toBe('mare');
    expect(search.value).toBe('mare');
  });

  it('leaves fields the reader did not touch alone, even when their value is not the prerendered one', async () => {
    const hold = holdInput(document, readers);
    const search = document.querySelector<HTMLInputElement>('input[aria-label="search"]')!;
    search.value = 'set by the page, not typed'; // no input event: not the reader's
    await act(async () => {
      mountPage(<Page later={resolved} />, 'k');
    });
    hold.release();
    expect(hold.held.fields.size).toBe(0);
    expect(handFieldsToReact(hold.held.fields)).toEqual([]);
    expect($('query').textContent).toBe('');
  });
});
