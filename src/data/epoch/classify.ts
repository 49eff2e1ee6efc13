/** Epoch's category words turned into the atlas's: region from country, sector, status. */
import type { ClusterStatus, Sector, WorldConfidence, WorldRegion } from './worldTypes.ts';

/** EU member states as Epoch spells them (Spain is its own region, for the post's question). */
const EU = new Set([
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Denmark', 'Estonia', 'Finland', 'France',
  'Germany', 'Greece', 'Hungary', 'Ireland', 'Italy', 'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands',
  'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Sweden',
]);

/**
 * Hong Kong is listed by Epoch as its own country; it is part of the PRC, so it counts as China.
 * Rows without a country fall in "others" (the record keeps `country` empty, so a view can say so).
 */
export function regionOf(country: string | undefined): WorldRegion {
  if (country === 'Spain') return 'spain';
  if (country && EU.has(country)) return 'rest-of-eu';
  if (country === 'United States of America') return 'us';
  if (country === 'China' || country === 'Hong Kong') return 'china';
  return 'others';
}

export const EPOCH_SECTORS = ['Public', 'Private', 'Public/Private'] as const;
export function sectorOf(word: (typeof EPOCH_SECTORS)[number] | undefined): Sector | undefined {
  return word === 'Public' ? 'public' : word === 'Private' ? 'private' : word === 'Public/Private' ? 'public-private' : undefined;
}

export const EPOCH_STATUSES = ['Existing', 'Planned', 'Decommissioned'] as const;
export function statusOf(word: (typeof EPOCH_STATUSES)[number]): ClusterStatus {
  return word === 'Existing' ? 'existing' : word === 'Planned' ? 'planned' : 'decommissioned';
}

export const EPOCH_CERTAINTIES = ['Confirmed', 'Likely', 'Unlikely'] as const;
/**
 * A figure a source stated about a cluster: `reported` when Epoch calls the cluster Confirmed,
 * `estimate` when Likely, `claim` when Unlikely (rumours and announcements Epoch doubts).
 * Figures Epoch calculates (H100-equivalents, OP/s, calculated power and cost) are never better
 * than `estimate`.
 */
export function statedConfidence(certainty: (typeof EPOCH_CERTAINTIES)[number]): WorldConfidence {
  return certainty === 'Confirmed' ? 'reported' : certainty === 'Likely' ? 'estimate' : 'claim';
}
export function calculatedConfidence(certainty: (typeof EPOCH_CERTAINTIES)[number]): WorldConfidence {
  return certainty === 'Unlikely' ? 'claim' : 'estimate';
}

export const EPOCH_MODEL_CONFIDENCES = ['Confident', 'Likely', 'Speculative', 'Unknown'] as const;

export const OPEN_WEIGHTS_PREFIX = 'Open weights';
