/**
 * Critical CSS for a prerendered page: the rules of the built stylesheets that can apply to
 * what the page's HTML holds, inlined so the first paint waits for no request. The whole
 * stylesheet still loads, without blocking, when a script asks for it (src/embed/stylesheet.ts).
 *
 * A rule is kept when one of its selectors, loosened, could match the page: every tag, class and
 * attribute name it requires occurs in the page's HTML. Combinators are not checked (a rule for
 * `.a .b` is kept when both occur anywhere): cheap, and it errs on the side of keeping.
 *  - state that scripts or the reader set later is ignored — <html>'s own conditions (data-pv,
 *    data-theme, data-notitle, data-ready, lang), pseudo-classes such as :hover or :focus, a
 *    <details>' `[open]`, and what :not(), :is() and :where() ask — so a rule is kept if it
 *    *could* apply once they hold;
 *  - pseudo-elements (::before, ::backdrop) count as their element.
 * At-rules are kept whole when they declare rather than style (@property, @font-face, @keyframes,
 * `@layer a, b;`) and filtered inside when they group (@media, @supports, @layer, @container).
 * Why a few lines here rather than a tool (critters/beasties): their lazy-loading pattern uses an
 * inline `onload` handler, which a CSP without 'unsafe-inline' blocks.
 */
import postcss, { type AtRule, type ChildNode, type Container, type Rule } from 'postcss';

// Not after a backslash: `\:checked` is part of an escaped class name (Tailwind's `has-[:checked]:bg-x`), not a state.
const DYNAMIC = /(?<!\\):(?:hover|focus|focus-visible|focus-within|active|visited|target|checked|open|popover-open|modal|placeholder-shown|autofill|user-invalid|user-valid|invalid|valid|indeterminate|enabled|disabled|default|empty|link|any-link)\b(?!-)/g;
const PSEUDO_ELEMENT = /(?<!\\)::?(?:before|after|backdrop|details-content|placeholder|marker|selection|file-selector-button|first-line|first-letter|-webkit-[\w-]+|-moz-[\w-]+)/g;
const DECLARING = new Set(['property', 'font-face', 'keyframes', '-webkit-keyframes', 'counter-style', 'font-feature-values', 'import', 'charset', 'namespace']);

/** The selector with later state removed (see above); '' when nothing is left to match. */
export function loosen(selector: string): string {
  // `[open]`: a <details> the reader opens (src/ui/Fold.tsx) is prerendered closed.
  let s = selector.replace(PSEUDO_ELEMENT, '').replace(DYNAMIC, '').replace(/\[open\]/g, '');
  // <html>'s own conditions: `html[data-pv='none']:not([data-ready]):lang(es) x` → `html x`.
  s = s.replace(/^\s*(html|:root)((?:\[[^\]]*\]|:(?:not|lang|is|where)\((?:[^()]|\([^()]*\))*\))*)/, (_, root: string) => root);
  // A compound left empty by the removals (`:hover > x` → ` > x`) matches anything.
  s = s.replace(/(^|[\s>+~(,])(?=[\s>+~),]|$)/g, '$1*').trim();
  return s;
}

/** Tag, class and attribute names that occur in an HTML document. */
export interface PageTokens {
  tags: Set<string>;
  classes: Set<string>;
  attributes: Set<string>;
}

export function pageTokens(html: string): PageTokens {
  const t: PageTokens = { tags: new Set(['html', 'head', 'body']), classes: new Set(), attributes: new Set() };
  for (const [, tag = '', rest = ''] of html.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    t.tags.add(tag.toLowerCase());
    for (const [, name = '', value] of rest.matchAll(/\s([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      t.attributes.add(name.toLowerCase());
      if (name.toLowerCase() === 'class' && value) for (const c of value.replace(/^["']|["']$/g, '').split(/\s+/)) if (c) t.classes.add(c);
    }
  }
  return t;
}

/** Drops the arguments of :not(), :is(), :where(), :has() (nested parentheses included). */
function withoutFunctionalPseudo(s: string): string {
  let out = s;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/:(?:not|is|where|has|nth-[\w-]+)\((?:[^()]|\([^()]*\))*\)/g, '');
  }
  return out;
}

const CLASS = /\.((?:\\.|[\w-])+)/g;

function couldMatch(t: PageTokens, selector: string): boolean {
  const s = withoutFunctionalPseudo(loosen(selector));
  for (const [, raw = ''] of s.matchAll(CLASS)) if (!t.classes.has(raw.replace(/\\(.)/g, '$1'))) return false;
  const rest = s.replace(CLASS, '');
  for (const [, name = ''] of rest.matchAll(/\[\s*([\w-]+)[^\]]*\]/g)) if (!t.attributes.has(name.toLowerCase())) return false;
  const bare = rest.replace(/\[[^\]]*\]/g, '').replace(/::?[\w-]+(\([^)]*\))?/g, '');
  for (const [, tag = ''] of bare.matchAll(/(?:^|[\s>+~,])([a-zA-Z][\w-]*)/g)) if (!t.tags.has(tag.toLowerCase())) return false;
  return true;
}

function prune(container: Container<ChildNode>, t: PageTokens): void {
  container.each((node) => {
    if (node.type === 'rule') {
      const rule = node as Rule;
      if (!rule.selectors.some((sel) => couldMatch(t, sel))) rule.remove();
    } else if (node.type === 'atrule') {
      const at = node as AtRule;
      if (DECLARING.has(at.name.toLowerCase()) || !at.nodes) return;
      prune(at, t);
      if (!at.nodes.length) at.remove();
    }
  });
}

/** The rules of `css` that can apply to `html` (a whole document), minified as the input was. */
export function criticalCss(css: string, html: string): string {
  const root = postcss.parse(css);
  prune(root, pageTokens(html));
  root.walkComments((c) => {
    c.remove();
  });
  return root.toString();
}
