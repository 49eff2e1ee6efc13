/**
 * Snapshot-friendly SVG: floats in the drawing's attributes rounded to 1 decimal and generated
 * ids renumbered in order of appearance, so a snapshot changes only when the drawing does.
 *
 * Only geometry is rounded: text and accessible names keep their characters, because "4.480"
 * is a Spanish four thousand four hundred and eighty and "2.19" a ratio the reader sees; rounding
 * them ("4.5", "2.2") would hide a change in how numbers are written.
 */
const round = (n: string) => String(Math.round(Number(n) * 10) / 10);
/** Attributes that carry words or ids, never coordinates. */
const isTextAttribute = (name: string) => name === 'id' || name === 'class' || name.startsWith('aria-') || name.startsWith('data-');

export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idFor = (raw: string) => {
    if (!ids.has(raw)) ids.set(raw, `id${ids.size}`);
    return ids.get(raw)!;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_, raw: string) => `id="${idFor(raw)}"`)
    .replace(/(url\(#|aria-labelledby="|aria-describedby=")([^")]+)/g, (_, pre: string, raw: string) => `${pre}${idFor(raw)}`)
    .replace(/(\s)([\w:-]+)="([^"]*)"/g, (all, space: string, name: string, value: string) =>
      isTextAttribute(name) ? all : `${space}${name}="${value.replace(/-?\d+\.\d+/g, round)}"`,
    )
    .replace(/></g, '>\n<');
}
