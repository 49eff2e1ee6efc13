/**
 * Epoch AI as a `Source` for frames, tables and CSV: its title is the credit line the licence
 * asks for ("Data: Epoch AI (CC BY 4.0)") and its link is the dataset's page, so the frame's
 * source line, the image and every CSV row carry the attribution without a special case.
 */
import type { Source } from '../../../data/schema.ts';
import { EPOCH_ATTRIBUTION, type EpochAttribution } from '../../../data/epoch/attribution.ts';
import type { EpochDatasetKey } from '../../../data/epoch/worldTypes.ts';
import type { Lang } from '../../../i18n/format.ts';
import { MESSAGES } from '../../../i18n/messages.ts';

/** The credit line for a chart or export, e.g. "Data: Epoch AI (CC BY 4.0)". */
export function epochCreditLine(lang: Lang, a: EpochAttribution = EPOCH_ATTRIBUTION): string {
  return MESSAGES[lang].world.credit(a.credit, a.licence.name);
}

export function epochSource(key: EpochDatasetKey, lang: Lang): Source {
  const d = EPOCH_ATTRIBUTION.datasets.find((x) => x.key === key);
  return {
    id: `epoch-${key}`,
    title: epochCreditLine(lang),
    publisher: EPOCH_ATTRIBUTION.credit,
    ...(d ? { url: d.url } : {}),
    date: EPOCH_ATTRIBUTION.snapshot,
  };
}
