/**
 * Tailwind's preflight resets box-sizing, margins, padding and borders on every element and its
 * ::before/::after (`*, ::after, ::before, ::backdrop, ::file-selector-button`). None of those
 * properties does anything to SVG content, but every <rect>, <text> and <path> of a chart still
 * gets the declarations applied each time it is restyled — and a scale switch restyles every
 * moved bar (x and width are CSS properties of a <rect>). On 1,000 bars that was about 15–19 ms
 * of style recalculation per switch at 1× CPU, most of the product's gap to a hand-written page
 * with no stylesheet (bench/README.md, seventh session).
 *
 * This narrows that one rule to elements outside <svg>, at the same zero specificity as `*`
 * (`:where(...)`), so nothing else in the cascade changes. The <svg> element itself is still
 * reset. If a Tailwind upgrade changes the rule, the build stops here instead of silently
 * dropping the change.
 */
import postcss, { type Rule } from 'postcss';
import type { Plugin } from 'vite';

const OUTSIDE_SVG = ':where(:not(svg *))';
/** The reset's other selectors: pseudo-elements, with one colon or two (Tailwind's build minifies `::after` to `:after`). */
const PSEUDO = /^::?(after|before|backdrop|file-selector-button)$/;
const AROUND_CONTENT = /^::?(after|before)$/;

const isReset = (rule: Rule) =>
  rule.selectors.some((s) => s.trim() === '*') &&
  rule.selectors.every((s) => s.trim() === '*' || PSEUDO.test(s.trim())) &&
  rule.some((n) => n.type === 'decl' && n.prop === 'box-sizing' && n.value === 'border-box');

/** `css` with preflight's universal reset kept off SVG content; throws unless it occurs exactly once. */
export function resetOutsideSvg(css: string): string {
  const root = postcss.parse(css);
  const found: Rule[] = [];
  root.walkRules((rule) => {
    if (isReset(rule)) found.push(rule);
  });
  if (found.length !== 1) {
    throw new Error(`resetOutsideSvg: expected Tailwind's preflight reset (*, ::after, ::before… { box-sizing: border-box; … }) once in the stylesheet, found it ${found.length} times; update scripts/vitePluginSvgReset.ts`);
  }
  found[0]!.selectors = found[0]!.selectors.map((s) => {
    const sel = s.trim();
    return sel === '*' ? OUTSIDE_SVG : AROUND_CONTENT.test(sel) ? `${OUTSIDE_SVG}${sel}` : sel;
  });
  return root.toString();
}

/** Applies `resetOutsideSvg` to the app's stylesheet after Tailwind has generated it. */
export function svgResetPlugin(): Plugin {
  return {
    name: 'atlas:reset-outside-svg',
    // No `enforce`: Tailwind's generator runs before (it is a 'pre' plugin), Vite's CSS-to-module step after.
    transform: {
      filter: { id: /\/src\/index\.css(\?.*)?$/ },
      handler(code) {
        return { code: resetOutsideSvg(code), map: null };
      },
    },
  };
}
