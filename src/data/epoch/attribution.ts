/**
 * Epoch AI's licence condition as data: every view, embed, image and CSV that shows Epoch's
 * figures credits "Data: Epoch AI (CC BY 4.0)" with a link; the Sources tab gives the three
 * citations and the caveats Epoch states about its own data. Small enough to import statically.
 */
import raw from '../../../data/epoch/attribution.json';

export interface EpochAttribution {
  snapshot: string;
  credit: string;
  licence: { name: string; url: string };
  datasets: { key: string; file: string; title: string; citation: string; url: string }[];
  caveats: { id: string; en: string; es: string }[];
}

export const EPOCH_ATTRIBUTION: EpochAttribution = raw;

/** A caveat in the reader's language; Epoch's own English where the file has no translation. */
export function caveatText(c: EpochAttribution['caveats'][number], lang: string): string {
  const byLang: Partial<Record<string, string>> = c;
  return byLang[lang] ?? c.en;
}
