import fc from 'fast-check';
import { approxMeasure } from './exportText.ts';
import { cloneStyled, pickLightDark, resolveVars, SVG_NS, type StyleEnv } from './exportStyle.ts';

const palette: Record<string, string> = { '--c-text': '#111111', '--c-surface': '#ffffff' };
const env: StyleEnv = { computed: () => null, resolveVar: (n) => palette[n] ?? '', measure: approxMeasure, fontFamily: 'sans-serif' };

test('property: no var( survives, whatever the nesting, fallbacks or unknown names', () => {
  const token = fc.constantFrom('var(--c-text)', 'var(--nope)', 'var(--nope, red)', 'var(--nope, var(--c-text))', 'url(#p)', ' ', 'var(', ')', 'rgb(1, 2, 3)');
  fc.assert(fc.property(fc.array(token, { maxLength: 8 }), (parts) => !resolveVars(parts.join(''), env).includes('var(')));
  expect(resolveVars('var(--c-text)', env)).toBe('#111111');
  expect(resolveVars('var(--nope, #abc)', env)).toBe('#abc');
});

test('light-dark() picks the side of the theme', () => {
  expect(pickLightDark('light-dark(#f7f7f5, #111316)', false)).toBe('#f7f7f5');
  expect(pickLightDark('light-dark(rgb(1, 2, 3), #111316)', true)).toBe('#111316');
});

test('a copy keeps geometry and halos, drops classes, focus rings, hidden parts and tab stops', () => {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="${SVG_NS}" class="x" width="10"><g tabindex="0" class="bar-mark" data-bar="a">
    <text x="1" style="fill: var(--c-text); paint-order: stroke; stroke: var(--c-surface)">1</text>
    <rect class="focus-ring" width="3"/><rect style="display: none" width="4"/></g></svg>`;
  const copy = cloneStyled(host.querySelector('svg')!, env)!;
  const out = new XMLSerializer().serializeToString(copy);
  expect(out).not.toMatch(/class=|tabindex=|var\(|width="3"|width="4"/);
  expect(copy.querySelector('text')!.getAttribute('style')).toBe('fill:#111111;stroke:#ffffff;paint-order:stroke');
  expect(copy.querySelector('[data-bar="a"] text')!.getAttribute('x')).toBe('1');
});
