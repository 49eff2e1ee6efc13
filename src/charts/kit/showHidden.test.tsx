import { INDEX_ATTR, showHidden } from './marks.tsx';

function layerOf(n: number, skip: ReadonlySet<number> = new Set()) {
  const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    c.setAttribute(INDEX_ATTR, String(i));
    layer.append(c);
  }
  document.body.append(layer);
  return layer;
}
const hiddenOf = (layer: Element) => [...layer.children].filter((c) => c.getAttribute('display') === 'none').map((c) => Number(c.getAttribute(INDEX_ATTR)));
const none = () => false;

test('hides and shows exactly the marks whose state changes, then follows marks that were replaced or renumbered', () => {
  const layer = layerOf(6);
  const odd = (i: number) => i % 2 === 1;
  showHidden(layer, 6, odd, none);
  expect(hiddenOf(layer)).toEqual([1, 3, 5]);
  // The marks are renumbered and one is replaced (as React does when the frame changes): the next change finds them again.
  const [a, b] = [layer.children[0]!, layer.children[1]!];
  a.setAttribute(INDEX_ATTR, '1');
  b.setAttribute(INDEX_ATTR, '0');
  const fresh = layer.children[2]!.cloneNode() as Element;
  layer.children[2]!.replaceWith(fresh);
  for (const c of layer.children) c.removeAttribute('display');
  showHidden(layer, 6, (i) => i === 1 || i === 2, none);
  expect(hiddenOf(layer).sort()).toEqual([1, 2]);
  expect(a.getAttribute('display')).toBe('none');
  expect(fresh.getAttribute('display')).toBe('none');
});

test('an index with no element is passed over without searching the layer for each one', () => {
  const layer = layerOf(400, new Set(Array.from({ length: 300 }, (_, i) => i)));
  const search = vi.spyOn(layer, 'querySelectorAll');
  showHidden(layer, 400, () => true, none);
  expect(hiddenOf(layer)).toHaveLength(100);
  expect(search.mock.calls.length).toBeLessThanOrEqual(1);
});
