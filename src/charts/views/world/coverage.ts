/**
 * Epoch's own caveat on its cluster data (it covers an estimated 10–20 % of the world's
 * GPU-cluster compute), from data/epoch/attribution.json. Every view that counts or ranks
 * clusters shows it as a frame notice, so it is on the chart, its images and its embed.
 */
import { EPOCH_ATTRIBUTION } from '../../../data/epoch/attribution.ts';
import type { Lang } from '../../../i18n/format.ts';

export const coverageCaveat = (lang: Lang): string | undefined => EPOCH_ATTRIBUTION.caveats.find((c) => c.id === 'coverage')?.[lang];
