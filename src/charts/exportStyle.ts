/**
 * Copies live chart SVG into a standalone document: every colour the screen got from a CSS
 * variable (and from light-dark() for the current theme) is written out as a plain value, so
 * the file looks the same anywhere, with no stylesheet, and PNG rasterising sees the same.
 */
import { approxMeasure, type Measure } from './exportText.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The page's system stack, used when the page's own cannot be read: no web font, so files open offline. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** What the export reads from the page; injected so tests can run without layout or canvas. */
export interface StyleEnv {
  computed(el: Element): CSSStyleDeclaration | null;
  /** `--c-text` → a colour in the current theme, or '' when unknown. */
  resolveVar(name: string): string;
  measure: Measure;
  /** The frame's own font stack (system fonts only: the site loads no web font). */
  fontFamily: string;
}

/** Presentation properties a chart may set through classes or var(); the rest stay as attributes. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric',
  'letter-spacing', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility',
] as const;
/** Not inherited: written whenever it is not the initial value, not only when it differs from the parent. */
const NOT_INHERITED: Record<string, string> = { opacity: '1' };
/** Interaction-only attributes and elements that mean nothing in a file. */
const DROP_ATTRS = ['class', 'style', 'tabindex'];

const VAR_RE = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g;

/** Picks a side of `light-dark(a, b)` (an unresolved custom property value). */
export function pickLightDark(value: string, isDark: boolean): string {
  return value.replace(/light-dark\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,()]+(?:\([^()]*\))?)\s*\)/g, (_, l: string, d: string) => (isDark ? d : l).trim());
}

/** Replaces every var(--x) with its value; never leaves a var( behind. */
export function resolveVars(value: string, env: Pick<StyleEnv, 'resolveVar'>): string {
  for (let i = 0; i < 4 && value.includes('var('); i++) {
    value = value.replace(VAR_RE, (_, name: string, fallback?: string) => env.resolveVar(name) || fallback?.trim() || 'currentColor');
  }
  return value.replace(/var\([^)]*\)?/g, 'currentColor');
}

/** Chromium may return `url("http://host/page#id")`; the file needs the fragment alone. */
const localUrl = (v: string) => v.replace(/url\(\s*["']?[^"')#]*(#[^"')]+)["']?\s*\)/g, 'url($1)');

function parseInline(style: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (style ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim());
  }
  return out;
}

function styleValues(el: Element, env: StyleEnv): Map<string, string> {
  const cs = env.computed(el);
  const inline = parseInline(el.getAttribute('style'));
  const out = new Map<string, string>();
  for (const prop of PROPS) {
    let v = cs?.getPropertyValue(prop).trim() ?? '';
    // Without layout (jsdom) the computed value may be missing or still hold var(): use the declared one.
    if (!v || v.includes('var(')) v = inline.get(prop) ?? v;
    if (v) out.set(prop, localUrl(resolveVars(v, env)));
  }
  return out;
}

/**
 * A deep copy of `el` whose styles are attributes with plain values. `parent` holds the values
 * the copy inherits, so only what changes is written and the file stays small.
 */
export function cloneStyled(el: Element, env: StyleEnv, parent: ReadonlyMap<string, string> = new Map()): Element | null {
  if (el.namespaceURI !== SVG_NS || el.localName === 'foreignObject' || el.classList.contains('focus-ring')) return null;
  // Hidden on screen (e.g. a responsive class): hidden in the file too.
  const display = env.computed(el)?.getPropertyValue('display') || parseInline(el.getAttribute('style')).get('display');
  if (display === 'none' && el.localName !== 'defs') return null;
  const copy = el.ownerDocument.createElementNS(SVG_NS, el.localName);
  for (const attr of el.attributes) {
    if (DROP_ATTRS.includes(attr.name) || attr.name.startsWith('on')) continue;
    copy.setAttribute(attr.name, attr.value.includes('var(') ? resolveVars(attr.value, env) : attr.value);
  }
  const values = styleValues(el, env);
  const decls: string[] = [];
  for (const [prop, v] of values) {
    const initial = NOT_INHERITED[prop];
    if (initial !== undefined ? v !== initial : parent.get(prop) !== v) decls.push(`${prop}:${v}`);
  }
  if (decls.length) copy.setAttribute('style', decls.join(';'));
  const inherited = new Map(parent);
  for (const [prop, v] of values) if (NOT_INHERITED[prop] === undefined) inherited.set(prop, v);
  for (const child of el.childNodes) {
    if (child.nodeType === 3) copy.append(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const c = cloneStyled(child as Element, env, inherited);
      if (c) copy.append(c);
    }
  }
  return copy;
}

/** The page's own styles: computed values, a probe element for variables, canvas text metrics. */
export function browserStyleEnv(scope: Element): StyleEnv {
  const doc = scope.ownerDocument;
  const win = doc.defaultView;
  const cache = new Map<string, string>();
  let ctx: CanvasRenderingContext2D | null | undefined;
  const fontFamily = win?.getComputedStyle(scope).fontFamily || FONT_STACK;
  const isDark = () => {
    const theme = doc.documentElement.getAttribute('data-theme');
    return theme ? theme === 'dark' : Boolean(win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
  };
  return {
    fontFamily,
    computed: (el) => win?.getComputedStyle(el) ?? null,
    resolveVar(name) {
      const hit = cache.get(name);
      if (hit !== undefined) return hit;
      // A probe inherits the scope's theme; its computed colour has var() and light-dark() resolved.
      const probe = doc.createElement('span');
      probe.style.color = `var(${name})`;
      probe.hidden = true;
      scope.append(probe);
      let value = win?.getComputedStyle(probe).color ?? '';
      probe.remove();
      if (!value || value.includes('var(')) value = pickLightDark(win?.getComputedStyle(doc.documentElement).getPropertyValue(name).trim() ?? '', isDark());
      if (value.includes('var(')) value = '';
      cache.set(name, value);
      return value;
    },
    measure(text, size, isBold) {
      if (ctx === undefined) {
        try {
          ctx = doc.createElement('canvas').getContext('2d');
        } catch {
          ctx = null;
        }
      }
      if (!ctx) return approxMeasure(text, size, isBold);
      ctx.font = `${isBold ? 700 : 400} ${size}px ${fontFamily}`;
      return ctx.measureText(text).width;
    },
  };
}

