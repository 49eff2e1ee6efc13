import fc from 'fast-check';
import { fitText, layoutWaffle, MAX_SQUARES, niceUnit, squareCount, STACK_BELOW, type WaffleInput, type WaffleLayout } from './waffle.layout.ts';

const side = (id: string, value: number, high?: number): WaffleInput => ({ id, value, high, lines: [id, `${value}`] });

const mantissa = (u: number) => {
  const k = Math.floor(Math.log10(u) + 1e-9);
  return Math.round((u / 10 ** k) * 1e6) / 1e6;
};
const isNice = (u: number) => [1, 2, 5].includes(mantissa(u));

function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function checkInvariants(l: WaffleLayout, inputs: readonly WaffleInput[]) {
  inputs.forEach((input, i) => {
    const block = l.blocks[i]!;
    expect(block.valueSquares).toBe(squareCount(input.value, l.unit));
    // ceil: the squares hold the value, one square fewer would not.
    expect(block.valueSquares * l.unit).toBeGreaterThanOrEqual(input.value * (1 - 1e-9));
    expect((block.valueSquares - 1) * l.unit).toBeLessThan(input.value);
    const rects = block.squares.map((s) => ({ x: s.x, y: s.y, w: s.size, h: s.size }));
    let overlapping = 0;
    for (let p = 0; p < rects.length; p++) for (let q = p + 1; q < rects.length; q++) if (overlaps(rects[p]!, rects[q]!)) overlapping++;
    expect(overlapping).toBe(0);
    for (const s of block.squares) {
      expect(s.x).toBeGreaterThanOrEqual(block.x);
      expect(s.x + s.size).toBeLessThanOrEqual(Math.min(l.width, block.x + block.width) + 1e-9);
      expect(s.y).toBeGreaterThanOrEqual(block.gridY);
      expect(s.y + s.size).toBeLessThanOrEqual(l.height);
      expect(s.fill).toBeGreaterThanOrEqual(0);
      expect(s.fill).toBeLessThanOrEqual(1);
    }
  });
  const [a, b] = l.blocks;
  expect(overlaps({ x: a.x, y: a.y, w: a.width, h: a.height }, { x: b.x, y: b.y, w: b.width, h: b.height })).toBe(false);
  // Same square size on both sides, or the areas would not compare.
  const sizes = new Set(l.blocks.flatMap((bl) => bl.squares.map((s) => s.size)));
  expect(sizes.size).toBeLessThanOrEqual(1);
}

test('nice units are 1, 2 or 5 × 10^k and fit the larger side in at most MAX_SQUARES', () => {
  fc.assert(
    fc.property(fc.double({ min: 1e-3, max: 1e27, noNaN: true }), (max) => {
      const u = niceUnit(max);
      expect(isNice(u)).toBe(true);
      expect(squareCount(max, u)).toBeLessThanOrEqual(MAX_SQUARES);
      // The next smaller nice unit would not fit: the unit is the finest that does.
      const smaller = mantissa(u) === 5 ? u * 0.4 : u * 0.5;
      expect(isNice(smaller)).toBe(true);
      if (squareCount(max, u) > 1) expect(squareCount(max, smaller)).toBeGreaterThan(MAX_SQUARES);
    }),
  );
});

test('counts never go below the minimum unit (no half GPUs)', () => {
  expect(niceUnit(40, MAX_SQUARES, 1)).toBe(1);
  expect(niceUnit(0.6)).toBeCloseTo(0.005, 12);
});

test('square count is ceil(value / unit), despite float noise', () => {
  expect(squareCount(0.6, 0.2)).toBe(3);
  expect(squareCount(0.7, 0.1)).toBe(7);
  expect(squareCount(4480, 20)).toBe(224);
  expect(squareCount(2048, 20)).toBe(103);
  expect(squareCount(0, 20)).toBe(0);
  expect(squareCount(Number.NaN, 20)).toBe(0);
});

test('side by side on desktop, stacked on phones, and both fit the width', () => {
  const inputs = [side('a', 4480), side('b', 2048)] as const;
  const unit = niceUnit(4480, MAX_SQUARES, 1);
  const wide = layoutWaffle(inputs, 900, unit);
  expect(wide.isStacked).toBe(false);
  expect(wide.blocks[1].x).toBeGreaterThan(wide.blocks[0].x + wide.blocks[0].width - 1);
  checkInvariants(wide, inputs);
  const phone = layoutWaffle(inputs, 328, unit);
  expect(phone.isStacked).toBe(true);
  expect(phone.blocks[1].y).toBeGreaterThan(phone.blocks[0].y + phone.blocks[0].height - 1);
  checkInvariants(phone, inputs);
});

test('a partial last square is filled in proportion; a range continues as outlined squares', () => {
  const l = layoutWaffle([side('a', 1024, 2048), side('b', 4470)], 800, 20);
  const range = l.blocks[0].squares.filter((s) => s.isRange);
  expect(l.blocks[0].valueSquares).toBe(squareCount(1024, 20));
  expect(range).toHaveLength(squareCount(2048, 20) - squareCount(1024, 20));
  expect(range.every((s) => s.fill === 0)).toBe(true);
  const lastB = l.blocks[1].squares.at(-1)!;
  expect(lastB.fill).toBeCloseTo(4470 / 20 - Math.floor(4470 / 20), 6);
});

test('a headline moves the blocks down without overlapping the unit line', () => {
  const inputs = [side('a', 10), side('b', 5)] as const;
  const plain = layoutWaffle(inputs, 800, 1);
  const withHeadline = layoutWaffle(inputs, 800, 1, { hasHeadline: true });
  expect(withHeadline.legendY).toBeGreaterThan(withHeadline.headlineY);
  expect(withHeadline.blocks[0].y).toBeGreaterThan(withHeadline.legendY);
  expect(withHeadline.blocks[0].y).toBeGreaterThan(plain.blocks[0].y);
  checkInvariants(withHeadline, inputs);
});

test('header lines are truncated to the block width', () => {
  expect(fitText('MareNostrum 5 ACC', 8)).toBe('MareNos…');
  expect(fitText('LUMI', 8)).toBe('LUMI');
  const l = layoutWaffle([{ id: 'a', value: 1, lines: ['x'.repeat(200)] }, side('b', 2)], 360, 1, { charWidth: 7 });
  expect(l.blocks[0].lines[0]!.text.length * 7).toBeLessThanOrEqual(l.blocks[0].width);
});

test('invariants hold for any two values and any width from a phone to a desktop', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1e-2, max: 1e12, noNaN: true }),
      fc.double({ min: 1e-2, max: 1e12, noNaN: true }),
      fc.integer({ min: 240, max: 1400 }),
      (va, vb, width) => {
        const inputs = [side('a', va), side('b', vb)] as const;
        const l = layoutWaffle(inputs, width, niceUnit(Math.max(va, vb)));
        expect(l.isStacked).toBe(width < STACK_BELOW);
        checkInvariants(l, inputs);
      },
    ),
    { numRuns: 60 },
  );
});
