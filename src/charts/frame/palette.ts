/**
 * Colours for images. Charts paint with CSS variables (`fill: var(--c-official)`), which mean
 * nothing in a file: the image's markup has every `var()` replaced with the theme's value —
 * in the browser the current theme's computed colours, at build time the light side of each
 * `light-dark()` in src/index.css. One resolver for both.
 */
export type Palette = (name: string) => string | undefined;

const VAR_RE = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g;

/** Replaces every var(--x) (nested fallbacks too); an unknown variable becomes currentColor. */
export function resolveVars(value: string, palette: Palette): string {
  for (let i = 0; i < 4 && value.includes('var('); i++) {
    value = value.replace(VAR_RE, (_, name: string, fallback?: string) => palette(name) || fallback?.trim() || 'currentColor');
  }
  return value.replace(/var\([^)]*\)?/g, 'currentColor');
}

/** Picks a side of `light-dark(a, b)`. */
export function pickLightDark(value: string, isDark: boolean): string {
  return value.replace(/light-dark\(\s*([^,()]+(?:\([^()]*\))?)\s*,\s*([^,()]+(?:\([^()]*\))?)\s*\)/g, (_, l: string, d: string) => (isDark ? d : l).trim());
}

/** `--c-x: light-dark(#light, #dark)` declarations of a stylesheet, one theme's side. */
export function stylesheetPalette(css: string, isDark = false): Palette {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/(--c-[\w-]+)\s*:\s*(light-dark\([^;]*\))\s*;/g)) out.set(m[1]!, pickLightDark(m[2]!, isDark));
  return (name) => out.get(name);
}
