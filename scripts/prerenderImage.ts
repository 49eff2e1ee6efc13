/**
 * Static images of prerendered views (og:image, twitter:image, oEmbed thumbnail, the <noscript>
 * link): the chart's build-time SVG framed with its title, subtitle and source line, with every
 * CSS variable replaced by its light-theme value (outside the page there are no variables), then
 * rasterised at 2× with resvg, which ships its binary on npm.
 */
import { Resvg } from '@resvg/resvg-js';

/** `--c-x: light-dark(#light, #dark)` in src/index.css → `--c-x` → `#light`. */
export function lightPalette(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/(--c-[\w-]+)\s*:\s*light-dark\(\s*([^,()]+?)\s*,\s*([^()]+?)\s*\)\s*;/g)) out.set(m[1]!, m[2]!);
  return out;
}

/** Replaces `var(--x)` and `var(--x, fallback)`; an unknown variable becomes `currentColor`. */
export function inlineVars(svg: string, palette: ReadonlyMap<string, string>): string {
  return svg.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]+?))?\s*\)/g, (_, name: string, fallback?: string) => palette.get(name) ?? fallback ?? 'currentColor');
}

const FONT = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";
/** Average advance of a character in em for the fonts above: enough to wrap lines, not to typeset. */
const EM_PER_CHAR = 0.55;

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(maxWidth / (fontSize * EM_PER_CHAR)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardInput {
  title: string;
  subtitle: string;
  /** Warnings shown above the chart: an image without them would overstate what it compares. */
  notices?: readonly string[];
  /** The source line as shown ("Fuentes: …"). */
  sources: string;
  /** The chart's <svg> as XML, variables already inlined. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  palette: ReadonlyMap<string, string>;
}

/** A standalone SVG document: title, subtitle, chart, source line, on the light surface colour. */
export function chartCard(c: CardInput): { svg: string; width: number; height: number } {
  const pad = 24;
  const width = c.chartWidth + pad * 2;
  const colour = (name: string, fallback: string) => c.palette.get(name) ?? fallback;
  const parts: string[] = [];
  let y = pad;
  const lines = (text: string, size: number, fill: string, weight: number) => {
    for (const line of wrapText(text, c.chartWidth, size)) {
      y += size * 1.3;
      parts.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xml(line)}</text>`);
    }
  };
  lines(c.title, 20, colour('--c-text', '#1b1d21'), 700);
  lines(c.subtitle, 13, colour('--c-muted', '#555a63'), 400);
  for (const notice of c.notices ?? []) {
    y += 4;
    lines(notice, 12, colour('--c-warn-text', '#7a3e00'), 400);
  }
  y += 12;
  const chart = c.chartSvg.replace(/^<svg\b/, `<svg x="${pad}" y="${y.toFixed(1)}" overflow="visible"`);
  parts.push(chart);
  y += c.chartHeight + 8;
  lines(c.sources, 11, colour('--c-muted', '#555a63'), 400);
  const height = Math.ceil(y + pad);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT)}" font-size="12">` +
    `<rect width="100%" height="100%" fill="${colour('--c-surface', '#ffffff')}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

export function rasterise(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
