import { act, useId, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { mountPage } from './mount.ts';
import { ReadyMark } from './ReadyMark.tsx';
import { FirstWidthContext, useMeasuredWidth } from '../charts/frame/useMeasuredWidth.ts';

function Chart({ label }: { label: string }) {
  const id = useId();
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" id={id} onClick={() => setClicks((c) => c + 1)}>
      {label} {clicks}
    </button>
  );
}

function page(copies: { key: string; label: string }[]) {
  document.documentElement.removeAttribute('data-pv');
  document.documentElement.removeAttribute('data-ready');
  document.body.innerHTML =
    copies
      .map((c, i) => `<div data-variant="${i}" data-key="${c.key}" data-prefix="v${i}-">${renderToString(<ReadyMark><Chart label={c.label} /></ReadyMark>, { identifierPrefix: `v${i}-` })}</div>`)
      .join('') + '<div id="root"></div>';
}

describe('mountPage', () => {
  it('hydrates the copy built for the key, keeps its DOM, drops the others', async () => {
    page([{ key: 'es|', label: 'hola' }, { key: 'en|', label: 'hello' }]);
    const prerendered = document.querySelector('[data-key="en|"] button');
    const errors = vi.spyOn(console, 'error');
    await act(async () => {
      expect(mountPage(<Chart label="hello" />, 'en|')).toBe('hydrate');
    });
    expect(document.querySelectorAll('[data-variant]')).toHaveLength(1);
    expect(document.querySelector('button')).toBe(prerendered);
    expect(document.documentElement.dataset).toMatchObject({ pv: '1', mount: 'hydrate', ready: '' });
    await act(async () => (document.querySelector('button') as HTMLButtonElement).click());
    expect(document.querySelector('button')).toHaveTextContent('hello 1');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('renders from scratch when no copy fits, with no copy left behind', async () => {
    page([{ key: 'es|', label: 'hola' }]);
    await act(async () => {
      expect(mountPage(<Chart label="custom" />, 'es|metric=bf16')).toBe('render');
    });
    expect(document.querySelectorAll('[data-variant]')).toHaveLength(0);
    expect(document.getElementById('root')).toHaveTextContent('custom 0');
    expect(document.documentElement.dataset).toMatchObject({ pv: 'none', mount: 'render', ready: '' });
  });

  it('hydrates a phone’s copy at the width it was drawn at (data-width), and any other at the build’s', async () => {
    function Frame() {
      const [ref, width] = useMeasuredWidth<HTMLDivElement>();
      return <div ref={ref}>drawn at {width}</div>;
    }
    for (const width of [300, null]) {
      document.documentElement.removeAttribute('data-ready');
      const markup = renderToString(
        <ReadyMark>
          <FirstWidthContext value={width ?? 640}>
            <Frame />
          </FirstWidthContext>
        </ReadyMark>,
        { identifierPrefix: 'v0-' },
      );
      document.body.innerHTML = `<div data-variant="0" data-key="es|" data-prefix="v0-"${width ? ` data-width="${width}"` : ''}>${markup}</div><div id="root"></div>`;
      const errors = vi.spyOn(console, 'error');
      const warnings = vi.spyOn(console, 'warn');
      await act(async () => {
        expect(mountPage(<Frame />, 'es|')).toBe('hydrate');
      });
      expect(document.querySelector('[data-variant]')).toHaveTextContent(`drawn at ${width ?? 640}`);
      expect(document.documentElement.dataset.mount).toBe('hydrate');
      expect(errors).not.toHaveBeenCalled();
      expect(warnings).not.toHaveBeenCalled();
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
