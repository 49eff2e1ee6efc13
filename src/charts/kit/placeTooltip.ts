/**
 * Where a tooltip goes, in viewport pixels. Pure. Below its anchor when it fits, else above,
 * else as low as the viewport allows; never past the viewport's edges. The tooltip is a fixed
 * overlay: opening or closing it never changes the page's height, so a click that follows a
 * blur lands where the reader aimed (a tooltip in the page's flow, or an absolute one that
 * overflows the page, made the page shorter on blur and moved the button away).
 */
export interface Placement {
  left: number;
  top: number;
}

export function placeTooltip(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 12,
  margin = 4,
): Placement {
  const left = Math.max(margin, Math.min(anchor.x - 40, viewport.width - size.width - margin));
  const below = anchor.y + gap;
  const above = anchor.y - gap - size.height;
  const top =
    below >= margin && below + size.height <= viewport.height - margin
      ? below
      : above >= margin && above + size.height <= viewport.height - margin
        ? above
        : Math.max(margin, Math.min(anchor.y, viewport.height - margin - size.height));
  return { left, top };
}
