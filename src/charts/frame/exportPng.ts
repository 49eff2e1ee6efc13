/**
 * PNG at 1×, 2× or 3×: the exported SVG drawn into a canvas at that multiple of its size — 1× for
 * a page that shows it at its size, 2× (the default) sharp on high-density screens, 3× for print
 * and slides. Uses only the DOM (Image + canvas), so it works offline.
 */
/** An SVG file's text and size (frame/FrameImage.tsx renders it). */
export interface SvgFile {
  text: string;
  width: number;
  height: number;
}

import { PNG_SCALE, type PngScale } from './pngScale.ts';

export { PNG_SCALE, PNG_SCALES, type PngScale } from './pngScale.ts';

/** `compute-atlas-gpus-es-2x.png`: the scale is in the name, so three downloads never overwrite each other. */
export function pngFileName(base: string, scale: PngScale): string {
  return `${base}-${scale}x.png`;
}

/** The browser parts used; injected in tests, where jsdom has no canvas. */
export interface RasterDeps {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  loadImage(url: string): Promise<CanvasImageSource>;
  createCanvas(width: number, height: number): HTMLCanvasElement;
}

export const browserRasterDeps: RasterDeps = {
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  loadImage: (url) =>
    new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error('The SVG could not be decoded as an image'));
      img.src = url;
    }),
  createCanvas: (width, height) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  },
};

export async function svgToPng(svg: SvgFile, scale = PNG_SCALE, deps: RasterDeps = browserRasterDeps): Promise<Blob> {
  const url = deps.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await deps.loadImage(url);
    const canvas = deps.createCanvas(Math.round(svg.width * scale), Math.round(svg.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    deps.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name (an <a download> click; no server involved). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
