/**
 * Pinned systems and clusters that the GPU chart cannot draw, and why. Pure.
 *
 * A pin asks for a bar by name; when none appears the reader must be told, not left to look for
 * it: the entity has no figure for the chosen metric (Epoch lists many planned clusters by power
 * or H100-equivalents only, without a GPU count), or the filters leave it out. Pinned models and
 * chips are not systems and are never bars here, so they are not listed.
 */
import type { Dataset } from '../../../data/schema.ts';
import { indexDataset } from '../../../data/indexes.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { systemMetric, type SystemMetric } from '../../../metrics/systemMetrics.ts';
import type { GpuOptions } from './gpus.series.ts';
import { worldClusterFigure } from './worldBars.ts';

export type UnshownReason = 'no-figure' | 'filtered';

export interface UnshownPin {
  /** The pinned id, as in the URL (what unpinning removes). */
  id: string;
  name: string;
  reason: UnshownReason;
}

/** `drawn`: the ids of the bars the chart draws (gpuPoints' ids). */
export function unshownPins(d: Dataset, o: GpuOptions, drawn: ReadonlySet<string>): UnshownPin[] {
  const { hardwareById, systemById: systems } = indexDataset(d);
  const clusters = new Map((o.worldClusters ?? []).map((c) => [c.id, c]));
  const out: UnshownPin[] = [];
  for (const id of o.pins ?? []) {
    const cluster = clusters.get(id);
    // An Epoch row matched to a curated system is that system: the curated bar (or its absence) answers.
    const system = systems.get(cluster?.curatedId ?? id);
    if (system) {
      if (drawn.has(system.id)) continue;
      out.push({ id, name: system.shortName, reason: systemMetric(system, hardwareById, o.metric) ? 'filtered' : 'no-figure' });
    } else if (cluster && !drawn.has(cluster.id)) {
      // Pinned clusters with the figure are drawn whatever the filters (worldBars.ts).
      if (!((worldClusterFigure(cluster, o.metric)?.value ?? 0) > 0)) out.push({ id, name: cluster.name, reason: 'no-figure' });
    }
  }
  return out;
}

/** "xAI 5 year plan: no GPU count in the data — no bar". */
export function unshownText(u: UnshownPin, metric: SystemMetric, m: Messages): string {
  const b = m.search.noBar;
  return b.line(u.name, u.reason === 'no-figure' ? b.noFigure[metric] : b.filtered);
}
