/**
 * Epoch AI's licence condition as data: every view, embed, image and CSV that shows Epoch's
 * figures credits "Data: Epoch AI (CC BY 4.0)" with a link; the Sources tab gives the three
 * citations and the caveats Epoch states about its own data. Small enough to import statically.
 */
import raw from '../../../data/epoch/attribution.json' with { type: 'json' };

export interface EpochAttribution {
  snapshot: string;
  credit: string;
  licence: { name: string; url: string };
  datasets: { key: string; file: string; title: string; citation: string; url: string }[];
  caveats: { id: string; en: string; es: string }[];
}

export const EPOCH_ATTRIBUTION: EpochAttribution = raw;

/** The credit line for a chart or export, e.g. "Data: Epoch AI (CC BY 4.0)". */
export function epochCreditLine(lang: 'es' | 'en', a: EpochAttribution = EPOCH_ATTRIBUTION): string {
  return `${lang === 'es' ? 'Datos' : 'Data'}: ${a.credit} (${a.licence.name})`;
}
