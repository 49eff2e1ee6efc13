import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pickLightDark, resolveVars, stylesheetPalette } from './palette.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../index.css'), 'utf8');

test('a stylesheet palette has both sides of every colour variable', () => {
  const light = stylesheetPalette(css);
  const dark = stylesheetPalette(css, true);
  for (const name of ['--c-text', '--c-muted', '--c-grid', '--c-surface', '--c-official', '--c-reported', '--c-estimate', '--c-claim']) {
    expect(light(name), name).toMatch(/^#[0-9a-f]{6}$/i);
    expect(dark(name), name).toMatch(/^#[0-9a-f]{6}$/i);
  }
  expect(light('--c-surface')).toBe('#ffffff');
  expect(dark('--c-surface')).not.toBe('#ffffff');
});

test('property: no var( survives, whatever the nesting, fallbacks or unknown names', () => {
  const palette = (n: string) => ({ '--c-text': '#111111' })[n];
  const token = fc.constantFrom('var(--c-text)', 'var(--nope)', 'var(--nope, red)', 'var(--nope, var(--c-text))', 'url(#p)', ' ', 'var(', ')', 'rgb(1, 2, 3)');
  fc.assert(fc.property(fc.array(token, { maxLength: 8 }), (parts) => !resolveVars(parts.join(''), palette).includes('var(')));
  expect(resolveVars('fill:var(--c-text);stroke:var(--nope, #abc)', palette)).toBe('fill:#111111;stroke:#abc');
  expect(resolveVars('fill:var(--unknown)', palette)).toBe('fill:currentColor');
});

test('light-dark() picks the side of the theme', () => {
  expect(pickLightDark('light-dark(#fff, rgb(1, 2, 3))', false)).toBe('#fff');
  expect(pickLightDark('light-dark(#fff, rgb(1, 2, 3))', true)).toBe('rgb(1, 2, 3)');
});
