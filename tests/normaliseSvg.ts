/**
 * Snapshot-friendly SVG: floats rounded to 1 decimal and generated ids renumbered in order of
 * appearance, so a snapshot changes only when the drawing does.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  const idFor = (raw: string) => {
    if (!ids.has(raw)) ids.set(raw, `id${ids.size}`);
    return ids.get(raw)!;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_, raw: string) => `id="${idFor(raw)}"`)
    .replace(/(url\(#|aria-labelledby="|aria-describedby=")([^")]+)/g, (_, pre: string, raw: string) => `${pre}${idFor(raw)}`)
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}
