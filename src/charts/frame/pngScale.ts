/** The PNG scales offered (1×, 2×, 3×) and the default; apart from exportPng.ts so the buttons don't load the exporter. */
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const PNG_SCALE: PngScale = 2;
