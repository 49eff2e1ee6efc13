/**
 * Text layout for exported images. SVG has no line wrapping, so the frame's title, subtitle,
 * notices, legend and source line are broken into lines here. Pure: the width of a string comes
 * from an injected `measure` (a canvas in the browser, an estimate elsewhere).
 */
export type Measure = (text: string, fontSize: number, isBold: boolean) => number;

/** A conservative average advance for system sans-serif fonts, so estimated lines rarely overflow. */
export const approxMeasure: Measure = (text, fontSize, isBold) => text.length * fontSize * (isBold ? 0.62 : 0.56);

/** Greedy word wrap; a word longer than the line (a long URL) is cut so nothing overflows. */
export function wrapText(text: string, maxWidth: number, fontSize: number, isBold: boolean, measure: Measure): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, fontSize, isBold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > 1 && measure(line, fontSize, isBold) > maxWidth) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), fontSize, isBold) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface FlowSlot {
  x: number;
  row: number;
}

/** Places items of the given widths left to right, wrapping to a new row like `flex-wrap`. */
export function flowItems(widths: readonly number[], maxWidth: number, gap: number): FlowSlot[] {
  const slots: FlowSlot[] = [];
  let x = 0;
  let row = 0;
  for (const w of widths) {
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    slots.push({ x, row });
    x += w + gap;
  }
  return slots;
}
