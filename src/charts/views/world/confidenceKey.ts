/**
 * The confidence entries of a time scatter's key, shared by the world views that draw one
 * (models over time, chips over time).
 */
import type { Confidence } from '../../../data/model.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { TimeKeyEntry } from '../../kinds/timeScatter.layout.ts';

/**
 * Confidences in the key: the ones present, in the atlas's order. With `shown` (what a filter
 * leaves on the chart), an entry none of whose confidences is shown is off (`TimeKeyEntry.isOff`).
 */
export function confidenceKey(present: ReadonlySet<Confidence>, m: Messages, shown?: ReadonlySet<Confidence>): TimeKeyEntry[] {
  const off = (cs: readonly Confidence[]) => (shown ? { isOff: !cs.some((c) => shown.has(c)) } : {});
  // Official and reported are drawn alike (solid): one entry naming both, or whichever is present.
  const solid = (['official', 'reported'] as const).filter((c) => present.has(c));
  const entries: TimeKeyEntry[] = solid.length ? [{ label: solid.map((c) => m.confidences[c]).join(' / '), colour: 2, shape: 'circle', confidence: solid[0]!, ...off(solid) }] : [];
  for (const c of ['estimate', 'claim'] as const) if (present.has(c)) entries.push({ label: m.confidences[c], colour: 2, shape: 'circle', confidence: c, ...off([c]) });
  return entries;
}
