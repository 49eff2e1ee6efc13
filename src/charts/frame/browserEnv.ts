/**
 * What an image made in the browser takes from the page: the current theme's colours and text
 * widths from a canvas, with the frame's own font.
 */
import type { ImageEnv } from './FrameImage.tsx';
import { pickLightDark, type Palette } from './palette.ts';
import { approxMeasure, type Measure } from './textLayout.ts';

/**
 * The font every downloaded image names: generic system fonts, never a web font, so a file opens
 * the same offline and on a machine without the page's fonts (its lines are also fitted to their
 * measured widths, FrameImage's `fitted`).
 */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The current theme's colours as the page computes them under `scope` (cached per name). */
export function browserPalette(scope: Element): Palette {
  const doc = scope.ownerDocument;
  const win = doc.defaultView;
  const cache = new Map<string, string>();
  const isDark = () => {
    const theme = doc.documentElement.getAttribute('data-theme');
    return theme ? theme === 'dark' : Boolean(win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
  };
  return (name) => {
    const hit = cache.get(name);
    if (hit !== undefined) return hit || undefined;
    // A probe inherits the scope's theme; its computed colour has var() and light-dark() resolved.
    const probe = doc.createElement('span');
    probe.style.color = `var(${name})`;
    probe.hidden = true;
    scope.append(probe);
    let value = win?.getComputedStyle(probe).color ?? '';
    probe.remove();
    // jsdom computes no custom properties: read the declaration and pick the theme's side.
    if (!value || value.includes('var(')) value = pickLightDark(win?.getComputedStyle(doc.documentElement).getPropertyValue(name).trim() ?? '', isDark());
    if (value.includes('var(') || value.includes('light-dark(')) value = '';
    cache.set(name, value);
    return value || undefined;
  };
}

function canvasMeasure(doc: Document, fontFamily: string): Measure {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (text, size, isBold) => {
    if (ctx === undefined) {
      try {
        ctx = doc.createElement('canvas').getContext('2d');
      } catch {
        ctx = null; // jsdom has no canvas
      }
    }
    if (!ctx) return approxMeasure(text, size, isBold);
    ctx.font = `${isBold ? 700 : 400} ${size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

export function browserImageEnv(scope: Element): ImageEnv {
  return { palette: browserPalette(scope), measure: canvasMeasure(scope.ownerDocument, FONT_STACK), fontFamily: FONT_STACK, fitText: true };
}
