import { PNG_SCALE, PNG_SCALES, pngFileName, svgToPng, type RasterDeps } from './exportPng.ts';

function fakeDeps(overrides: Partial<RasterDeps> = {}) {
  const calls: string[] = [];
  const canvases: { width: number; height: number }[] = [];
  const blobsIn: Blob[] = [];
  const img = { tag: 'img' } as unknown as CanvasImageSource;
  const deps: RasterDeps = {
    createObjectURL: (b) => (blobsIn.push(b), 'blob:svg'),
    revokeObjectURL: (u) => void calls.push(`revoke ${u}`),
    loadImage: async (u) => (calls.push(`load ${u}`), img),
    createCanvas: (width, height) => {
      canvases.push({ width, height });
      const ctx = {
        scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
        drawImage: (i: unknown, ...a: number[]) => calls.push(`draw ${i === img} ${a.join(' ')}`),
      };
      return {
        width,
        height,
        getContext: () => ctx,
        toBlob: (cb: (b: Blob | null) => void, type: string) => cb(new Blob(['png'], { type })),
      } as unknown as HTMLCanvasElement;
    },
    ...overrides,
  };
  return { deps, calls, canvases, blobsIn };
}

const svg = { text: '<svg xmlns="http://www.w3.org/2000/svg" width="641" height="333"/>', width: 641, height: 333 };

test('draws the SVG at 2×: a canvas twice the size, scaled, the whole image drawn, a PNG out', async () => {
  const { deps, calls, canvases, blobsIn } = fakeDeps();
  const png = await svgToPng(svg, PNG_SCALE, deps);
  expect(PNG_SCALE).toBe(2);
  expect(png.type).toBe('image/png');
  expect(canvases).toEqual([{ width: svg.width * 2, height: svg.height * 2 }]);
  expect(calls).toEqual(['load blob:svg', 'scale 2 2', `draw true 0 0 ${svg.width} ${svg.height}`, 'revoke blob:svg']);
  expect(blobsIn[0]!.type).toMatch(/^image\/svg\+xml/);
  expect(blobsIn[0]!.size).toBe(new Blob([svg.text]).size);
});

test('a failure rejects and still frees the object URL', async () => {
  const { deps, calls } = fakeDeps({ loadImage: async () => Promise.reject(new Error('decode')) });
  await expect(svgToPng(svg, 2, deps)).rejects.toThrow('decode');
  expect(calls).toEqual(['revoke blob:svg']);
});

test.each([1, 3] as const)('draws at %i× when asked: the canvas is that multiple of the image', async (scale) => {
  const { deps, canvases, calls } = fakeDeps();
  await svgToPng(svg, scale, deps);
  expect(canvases).toEqual([{ width: svg.width * scale, height: svg.height * scale }]);
  expect(calls).toContain(`scale ${scale} ${scale}`);
});

test('file names say the scale, so the three downloads never overwrite each other', () => {
  expect(PNG_SCALES.map((s) => pngFileName('compute-atlas-gpus-es', s))).toEqual(['compute-atlas-gpus-es-1x.png', 'compute-atlas-gpus-es-2x.png', 'compute-atlas-gpus-es-3x.png']);
});
