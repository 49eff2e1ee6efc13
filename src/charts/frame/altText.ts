/**
 * A generic text alternative for a frame whose panel passes none: what it shows, and its largest
 * and smallest values. Panels with a better description (gpuDescription…) pass `altText`.
 */
import type { Messages } from '../../i18n/messages.ts';
import type { DataPoint } from './dataPoint.ts';
import { isolate } from '../../data/text.ts';

export function frameAltText(a: { title: string; subtitle: string; points: readonly DataPoint[]; formatValue: (p: DataPoint) => string; m: Messages }): string {
  const sorted = [...a.points].sort((x, y) => y.value - x.value);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const parts = [`${a.title}.`, a.subtitle];
  if (first) parts.push(a.m.largest(isolate(first.name), a.formatValue(first)));
  if (last && last !== first) parts.push(a.m.smallest(isolate(last.name), a.formatValue(last)));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
