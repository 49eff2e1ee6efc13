import { CONFIDENCES, type Confidence } from '../data/model.ts';

/** The weakest of several confidences: a value derived from an estimate is an estimate. */
export function weakestConfidence(...cs: Confidence[]): Confidence {
  return cs.reduce<Confidence>((w, c) => (CONFIDENCES.indexOf(c) > CONFIDENCES.indexOf(w) ? c : w), 'official');
}
