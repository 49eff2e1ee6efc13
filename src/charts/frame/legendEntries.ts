/**
 * The legend's entries, for the frame on screen (Legend.tsx) and in images (FrameImage.tsx):
 * one per confidence present in the view, and one for ranges when a figure has an upper end.
 */
import { CONFIDENCES, type Confidence } from '../../data/model.ts';
import type { Messages } from '../../i18n/messages.ts';

export type LegendEntry =
  | { kind: 'confidence'; confidence: Confidence; name: string; help: string }
  | { kind: 'range'; name: string };

export function legendEntries(points: readonly { confidence: Confidence; high?: number | undefined }[], m: Messages): LegendEntry[] {
  const entries: LegendEntry[] = CONFIDENCES.filter((c) => points.some((p) => p.confidence === c)).map((c) => ({
    kind: 'confidence',
    confidence: c,
    name: m.confidences[c],
    help: m.confidenceHelp[c],
  }));
  if (points.some((p) => p.high !== undefined)) entries.push({ kind: 'range', name: m.rangeLegend });
  return entries;
}
