/**
 * Rasterises the build's static images (og:image, twitter:image, oEmbed thumbnail, the
 * <noscript> link) at 2× with resvg, which ships its binary on npm. The SVG itself is drawn by
 * src/charts/frame/FrameImage.tsx from the same panel as the page (scripts/prerenderEntry.tsx).
 */
import { Resvg } from '@resvg/resvg-js';

/** Fonts resvg finds on a build machine; the images name them so text is measured as drawn. */
export const IMAGE_FONT = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

export function rasterise(svg: string, scale = 2): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
