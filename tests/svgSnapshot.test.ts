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

test('geometry is rounded, but text and accessible names keep their numbers as the reader sees them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'svg-snap-'));
  const svg = (label: string) => `<svg><g aria-label="MN5: ${label}"><rect x="10.04" width="3.333" style="opacity: 0.625"></rect><text x="1.25">${label}</text></g></svg>`;
  expect(compareSvgSnapshot(svg('4.480'), 'b', dir)).toBeNull();
  const saved = readFileSync(join(dir, 'b.svg'), 'utf8');
  expect(saved).toContain('x="10" width="3.3" style="opacity: 0.6"');
  expect(saved).toContain('aria-label="MN5: 4.480"');
  expect(saved).toContain('>4.480<');
  // "4.48" would round to the same "4.5": kept as written, the change is caught.
  expect(compareSvgSnapshot(svg('4.48'), 'b', dir)).toMatch(/b-changed\.svg/);
});
