/**
 * Where everything goes in a chart's image (SVG/PNG download, build-time PNG): title,
 * subtitle, notices, legend, the charts, source line and credit, top to bottom. Pure: text
 * widths come from an injected `measure` (a canvas in the browser, an estimate at build time).
 */
import type { LegendEntry } from './legendEntries.ts';
import { flowItems, wrapText, type Measure } from './textLayout.ts';

export interface FrameTexts {
  title: string;
  showTitle: boolean;
  subtitle: string;
  notices: readonly string[];
  sourceLine: string;
  /** Which release of the data the image shows (src/data/release.ts), under the source line. */
  dataLine?: string;
  /** "Made with Compute Atlas"; absent on the build's images, whose page already says it. */
  credit?: string;
}

export type TextRole = 'title' | 'subtitle' | 'notice' | 'legend' | 'source';
export const TYPE: Record<TextRole, { size: number; line: number; bold: boolean }> = {
  title: { size: 18, line: 23, bold: true },
  subtitle: { size: 13, line: 18, bold: false },
  notice: { size: 13, line: 18, bold: false },
  legend: { size: 12, line: 18, bold: false },
  source: { size: 11, line: 15, bold: false },
};
export const PAD = 16;
const GAP = 10;
const NOTICE_PAD = 8;
export const SWATCH = { w: 22, h: 12, gap: 6, itemGap: 16 };
const MIN_INNER = 280;

export interface PlacedLine {
  text: string;
  role: TextRole;
  x: number;
  /** Baseline. */
  y: number;
  /** The line's width as measured: exported SVGs fit the text to it (FrameImage's textLength). */
  width: number;
}

export interface FrameImageLayout {
  width: number;
  height: number;
  lines: PlacedLine[];
  notices: { x: number; y: number; width: number; height: number }[];
  legend: { entry: LegendEntry; x: number; y: number; textWidth: number }[];
  /** Top-left corner of each chart, in the order given. */
  charts: { x: number; y: number }[];
}

const legendText = (e: LegendEntry) => (e.kind === 'confidence' ? [{ text: e.name, bold: true }, { text: `: ${e.help}`, bold: false }] : [{ text: e.name, bold: false }]);
export const legendSegments = legendText;

export function layoutFrameImage(
  texts: FrameTexts,
  legend: readonly LegendEntry[],
  charts: readonly { width: number; height: number }[],
  measure: Measure,
): FrameImageLayout {
  const inner = Math.max(MIN_INNER, ...charts.map((c) => c.width));
  const lines: PlacedLine[] = [];
  let y = PAD;
  const paragraph = (text: string, role: TextRole, x = PAD, maxWidth = inner) => {
    const t = TYPE[role];
    for (const line of wrapText(text, maxWidth, t.size, t.bold, measure)) {
      lines.push({ text: line, role, x, y: y + t.size, width: measure(line, t.size, t.bold) });
      y += t.line;
    }
  };

  if (texts.showTitle) {
    paragraph(texts.title, 'title');
    paragraph(texts.subtitle, 'subtitle');
    y += GAP;
  }
  const notices: FrameImageLayout['notices'] = [];
  for (const notice of texts.notices) {
    const top = y;
    y += NOTICE_PAD;
    paragraph(notice, 'notice', PAD + 12, inner - 24);
    y += NOTICE_PAD;
    notices.push({ x: PAD, y: top, width: inner, height: y - top });
    y += GAP;
  }

  const size = TYPE.legend.size;
  const textWidths = legend.map((e) => legendText(e).reduce((w, s) => w + measure(s.text, size, s.bold), 0));
  const slots = flowItems(textWidths.map((w) => SWATCH.w + SWATCH.gap + w), inner, SWATCH.itemGap);
  const placedLegend = legend.map((entry, i) => ({ entry, x: PAD + slots[i]!.x, y: y + slots[i]!.row * TYPE.legend.line, textWidth: textWidths[i]! }));
  if (slots.length) y += (slots[slots.length - 1]!.row + 1) * TYPE.legend.line + GAP;

  const placedCharts = charts.map((c) => {
    const at = { x: PAD, y };
    y += c.height + GAP;
    return at;
  });

  paragraph(texts.sourceLine, 'source');
  if (texts.dataLine) paragraph(texts.dataLine, 'source');
  if (texts.credit) paragraph(texts.credit, 'source');
  return { width: Math.ceil(inner + 2 * PAD), height: Math.ceil(y + PAD), lines, notices, legend: placedLegend, charts: placedCharts };
}
