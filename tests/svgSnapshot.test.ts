import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compareSvgSnapshot } from './svgSnapshot.ts';

test('a new snapshot is written; a changed drawing fails and is written beside it; a fix removes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'svg-snap-'));
  const svg = (w: number) => `<svg width="${w}"><rect x="1.234" id=":r1:"></rect></svg>`;
  expect(compareSvgSnapshot(svg(10), 'a', dir)).toBeNull();
  expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toContain('x="1.2" id="id0"');
  expect(compareSvgSnapshot(svg(10), 'a', dir)).toBeNull();
  expect(compareSvgSnapshot(svg(11), 'a', dir)).toMatch(/a-changed\.svg/);
  expect(readFileSync(join(dir, 'a-changed.svg'), 'utf8')).toContain('width="11"');
  expect(compareSvgSnapshot(svg(10), 'a', dir)).toBeNull();
  expect(existsSync(join(dir, 'a-changed.svg'))).toBe(false);
});
