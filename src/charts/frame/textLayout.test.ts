import fc from 'fast-check';
import { approxMeasure, flowItems, wrapText } from './textLayout.ts';

const measure = approxMeasure;

test('wrapped lines keep every word, in order, and each fits the width', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^[a-zA-Zñ0-9.,]{1,30}$/), { maxLength: 40 }), fc.integer({ min: 40, max: 900 }), (words, width) => {
      const text = words.join(' ');
      const lines = wrapText(text, width, 12, false, measure);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const line of lines) if (line.length > 1) expect(measure(line, 12, false)).toBeLessThanOrEqual(width);
    }),
  );
});

test('a short text stays on one line; empty text gives no lines', () => {
  expect(wrapText('  GPU  por sistema ', 600, 18, true, measure)).toEqual(['GPU por sistema']);
  expect(wrapText('', 600, 18, true, measure)).toEqual([]);
});

test('flowed items never overlap and stay within the width unless alone on their row', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 20 }), fc.integer({ min: 50, max: 800 }), (widths, max) => {
      const slots = flowItems(widths, max, 10);
      slots.forEach((s, i) => {
        const next = slots[i + 1];
        if (next && next.row === s.row) expect(next.x).toBeGreaterThanOrEqual(s.x + widths[i]!);
        if (s.x > 0) expect(s.x + widths[i]!).toBeLessThanOrEqual(max);
        if (next) expect(next.row).toBeGreaterThanOrEqual(s.row);
      });
    }),
  );
});
