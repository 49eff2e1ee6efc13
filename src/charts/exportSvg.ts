/**
 * Composes the frame as one standalone SVG file: title, subtitle, notices, legend, the chart's
 * own SVG, source line and credit, with the generated alt text as <title>/<desc>. Built from
 * the live DOM so the file shows exactly what the screen shows (same marks, language, theme).
 */
import { browserStyleEnv, cloneStyled, SVG_NS, type StyleEnv } from './exportStyle.ts';
import { flowItems, wrapText } from './exportText.ts';

export interface ExportTexts {
  /** The chart's name: the file's <title>, and drawn at the top unless `showTitle` is false. */
  title: string;
  showTitle: boolean;
  subtitle: string;
  notices: readonly string[];
  sourceLine: string;
  credit: string;
  /** The generated description of the view: the file's <desc>. */
  altText: string;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

const PAD = 16;
const GAP = 10;
const SWATCH = { w: 22, h: 12, gap: 6, itemGap: 16 };
const TYPE = {
  title: { size: 18, line: 23, bold: true },
  subtitle: { size: 13, line: 18, bold: false },
  notice: { size: 13, line: 18, bold: false },
  legend: { size: 12, line: 18, bold: false },
  source: { size: 11, line: 15, bold: false },
};

/** The chart's top-level <svg> elements (an <svg> nested in another is part of it). */
function chartSvgs(slot: Element): SVGSVGElement[] {
  return [...slot.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
}

/**
 * Size of a chart, and how far its drawing reaches past its box (long labels on screen may
 * spill out, with overflow: visible): the file makes room for them instead of cutting them.
 */
function sizeOf(svg: SVGSVGElement): { width: number; height: number; left: number; right: number } {
  const rect = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || rect.width;
  const height = Number(svg.getAttribute('height')) || rect.height;
  let box = { x: 0, width };
  try {
    box = svg.getBBox(); // needs layout: absent in jsdom
  } catch {
    // keep the box
  }
  const left = Math.max(0, Math.ceil(-box.x));
  const right = Math.max(0, Math.ceil(box.x + box.width - width));
  return { width, height, left, right };
}

interface LegendItem {
  swatch: SVGSVGElement;
  segments: { text: string; isBold: boolean }[];
}

/** Legend entries as drawn: each swatch <svg> with the text beside it (bold where the page is). */
function legendItems(legend: Element): LegendItem[] {
  return chartSvgs(legend)
    .filter((s) => !s.querySelector('defs') && s.parentElement)
    .map((swatch) => {
      const segments: LegendItem['segments'] = [];
      const walk = (node: Node, isBold: boolean) => {
        if (node === swatch) return;
        if (node.nodeType === 3 && node.textContent) segments.push({ text: node.textContent, isBold });
        else if (node.nodeType === 1) node.childNodes.forEach((c) => walk(c, isBold || /^(strong|b)$/i.test((node as Element).localName)));
      };
      swatch.parentElement!.childNodes.forEach((c) => walk(c, false));
      return { swatch, segments };
    });
}

/**
 * `chart`: the element holding the chart's SVG; `legend`: the frame's legend (its swatches and
 * pattern defs are copied). Null when the chart has no SVG to export.
 */
export function exportSvg(parts: { chart: Element; legend: Element | null }, texts: ExportTexts, env: StyleEnv = browserStyleEnv(parts.chart)): ExportedSvg | null {
  const charts = chartSvgs(parts.chart);
  if (charts.length === 0) return null;
  const doc = parts.chart.ownerDocument;
  const sizes = charts.map(sizeOf);
  const spill = Math.max(...sizes.map((s) => s.left));
  const inner = Math.max(280, ...sizes.map((s) => spill + s.width + s.right));
  const width = Math.ceil(inner + 2 * PAD);
  const colour = (name: string, fallback: string) => env.resolveVar(name) || fallback;
  const text = colour('--c-text', '#1b1d21');
  const muted = colour('--c-muted', '#555a63');

  const root = doc.createElementNS(SVG_NS, 'svg');
  const el = (name: string, attrs: Record<string, string | number>, parent: Element = root) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    parent.append(node);
    return node;
  };
  el('title', { id: 'ca-export-title' }).textContent = texts.title;
  el('desc', { id: 'ca-export-desc' }).textContent = texts.altText;
  const defs = el('defs', {});
  el('rect', { width: '100%', height: '100%', fill: colour('--c-surface', '#ffffff') });

  let y = PAD;
  const paragraph = (content: string, type: (typeof TYPE)[keyof typeof TYPE], fill: string, x = PAD, maxWidth = inner) => {
    for (const line of wrapText(content, maxWidth, type.size, type.bold, env.measure)) {
      const t = el('text', { x, y: y + type.size, 'font-size': type.size, fill, ...(type.bold ? { 'font-weight': 700 } : {}) });
      t.textContent = line;
      y += type.line;
    }
  };

  if (texts.showTitle) {
    paragraph(texts.title, TYPE.title, text);
    paragraph(texts.subtitle, TYPE.subtitle, muted);
    y += GAP;
  }
  for (const notice of texts.notices) {
    const box = el('rect', { x: PAD, y, width: inner, rx: 6, fill: colour('--c-warn-bg', '#fff4e5') });
    const top = y;
    y += 8;
    paragraph(notice, TYPE.notice, colour('--c-warn-text', '#7a3e00'), PAD + 12, inner - 24);
    y += 8;
    box.setAttribute('height', String(y - top));
    y += GAP;
  }

  if (parts.legend) {
    for (const d of parts.legend.querySelectorAll('defs')) {
      const copy = cloneStyled(d, env);
      if (copy) defs.append(copy);
    }
    const items = legendItems(parts.legend);
    const widths = items.map((it) => SWATCH.w + SWATCH.gap + it.segments.reduce((w, s) => w + env.measure(s.text, TYPE.legend.size, s.isBold), 0));
    const slots = flowItems(widths, inner, SWATCH.itemGap);
    items.forEach((it, i) => {
      const slot = slots[i]!;
      const g = el('g', { transform: `translate(${PAD + slot.x},${y + slot.row * TYPE.legend.line})` });
      const swatch = cloneStyled(it.swatch, env);
      if (swatch) {
        swatch.setAttribute('y', String((TYPE.legend.line - SWATCH.h) / 2 - 2));
        g.append(swatch);
      }
      const label = el('text', { x: SWATCH.w + SWATCH.gap, y: TYPE.legend.size, 'font-size': TYPE.legend.size, fill: muted }, g);
      for (const s of it.segments) {
        const span = el('tspan', s.isBold ? { 'font-weight': 700, fill: text } : {}, label);
        span.textContent = s.text;
      }
    });
    if (items.length) y += (slots[slots.length - 1]!.row + 1) * TYPE.legend.line + GAP;
  }

  charts.forEach((svg, i) => {
    const copy = cloneStyled(svg, env);
    if (!copy) return;
    const { width: w, height: h } = sizes[i]!;
    copy.setAttribute('x', String(PAD + spill));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(w));
    copy.setAttribute('height', String(h));
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${w} ${h}`);
    // Labels may reach past the chart's box on screen (overflow: visible); keep them in the file.
    copy.setAttribute('overflow', 'visible');
    root.append(copy);
    y += h + GAP;
  });

  paragraph(texts.sourceLine, TYPE.source, muted);
  paragraph(texts.credit, TYPE.source, muted);
  const height = Math.ceil(y + PAD);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  root.setAttribute('aria-labelledby', 'ca-export-title');
  root.setAttribute('aria-describedby', 'ca-export-desc');
  root.setAttribute('font-family', env.fontFamily);
  root.setAttribute('color', text);
  if (!defs.hasChildNodes()) defs.remove();
  const serialised = new XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`, width, height };
}
