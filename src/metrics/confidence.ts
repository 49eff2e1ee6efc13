import type { Confidence } from '../data/schema.ts';

/**
 * Strongest to weakest, as schema.ts's CONFIDENCES (a test keeps them equal). Repeated here so
 * that charts and embeds do not pull zod in through a value import of the schema.
 */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['official', 'reported', 'estimate', 'claim'];

/** The weakest of several confidences: a value derived from an estimate is an estimate. */
export function weakestConfidence(...cs: Confidence[]): Confidence {
  return cs.reduce<Confidence>((w, c) => (CONFIDENCE_ORDER.indexOf(c) > CONFIDENCE_ORDER.indexOf(w) ? c : w), 'official');
}
