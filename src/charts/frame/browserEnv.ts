/**
 * What an image made in the browser takes from the page: the current theme's colours and text
 * widths from a canvas, with the frame's own font.
 */
import type { ImageEnv } from './FrameImage.tsx';
import { pickLightDark, type Palette } from './palette.ts';
import { approxMeasure, type Measure } from './textLayout.ts';

/** The page's system stack, used when the frame's own cannot be read: no web font, so files open offline. */
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
  const fontFamily = scope.ownerDocument.defaultView?.getComputedStyle(scope).fontFamily || FONT_STACK;
  return { palette: browserPalette(scope), measure: canvasMeasure(scope.ownerDocument, fontFamily), fontFamily };
}
