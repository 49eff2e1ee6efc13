/**
 * Strings of the "publish" feature (PNG scales, the data release line inside exported images),
 * namespaced under `m.publish`. Spanish first; English typed from it, so a key missing in one
 * language fails the type check.
 */
const es = {
  publish: {
    /** A PNG button's visible text: the scale ("2×"). */
    pngScale: (scale: number) => `${scale}×`,
    downloadPngScale: (scale: number) => `Descargar PNG a ${scale}×`,
    /** Inside every exported image, under the source line. */
    dataLine: (release: string, date: string) => `Datos: versión ${release}, con fuentes hasta ${date}.`,
  },
};

export const publishMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    publish: {
      pngScale: (scale: number) => `${scale}×`,
      downloadPngScale: (scale: number) => `Download PNG at ${scale}×`,
      dataLine: (release: string, date: string) => `Data: release ${release}, sources up to ${date}.`,
    },
  },
};
