import fc from 'fast-check';
import { expect, test } from 'vitest';
import { placeTooltip } from './placeTooltip.ts';

const viewport = { width: 360, height: 640 };

test('below the anchor when it fits, above when it does not', () => {
  expect(placeTooltip({ x: 100, y: 100 }, { width: 200, height: 120 }, viewport).top).toBe(112);
  expect(placeTooltip({ x: 100, y: 600 }, { width: 200, height: 120 }, viewport).top).toBe(600 - 12 - 120);
});

test('a tooltip never leaves the viewport when it fits in it', () => {
  fc.assert(
    fc.property(
      fc.record({ x: fc.integer({ min: -50, max: 500 }), y: fc.integer({ min: -50, max: 800 }) }),
      fc.record({ width: fc.integer({ min: 10, max: 352 }), height: fc.integer({ min: 10, max: 632 }) }),
      (anchor, size) => {
        const p = placeTooltip(anchor, size, viewport);
        expect(p.left).toBeGreaterThanOrEqual(4);
        expect(p.top).toBeGreaterThanOrEqual(4);
        expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - 4);
        expect(p.top + size.height).toBeLessThanOrEqual(viewport.height - 4);
      },
    ),
  );
});
