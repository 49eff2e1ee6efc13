/**
 * Which search results compare and the what-if can take, and why not (shown on the disabled
 * option). The same tests their calculations make, so an enabled choice always computes. Pure.
 */
import type { Dataset } from '../../data/schema.ts';
import type { WorldData } from '../../data/epoch/worldTypes.ts';
import { indexDataset } from '../../data/indexes.ts';
import type { SearchEntry } from '../../data/worldSearch.ts';
import type { Messages } from '../../i18n/messages.ts';
import { trainingCompute, whatifTargets } from '../../metrics/trainingTime.ts';
import { clusterLacks } from '../../charts/views/world/worldEntities.ts';
import type { BASES } from '../../view/viewState.ts';

type Reason = (e: SearchEntry) => string | undefined;
type World = Pick<WorldData, 'clusters' | 'models' | 'chips'>;

function lookups(d: Dataset, world: World) {
  const { hardwareById } = indexDataset(d);
  return {
    hardwareById,
    cluster: new Map(world.clusters.map((c) => [c.id, c])),
    model: new Map(world.models.map((x) => [x.id, x])),
    hasPeak: (id: string) => hardwareById.get(id)?.bf16DenseTflops !== undefined,
  };
}

/** A side of compare-any-two: a cluster with a GPU count, a model with training compute; chips are compared elsewhere. */
export function compareReason(d: Dataset, world: World, m: Messages): Reason {
  const s = m.search;
  const { cluster, model } = lookups(d, world);
  const curated = new Set([...d.systems, ...d.models].map((r) => r.id));
  return (e) => {
    if (e.kind === 'chip') return s.chipNotComparable;
    if (curated.has(e.id)) return undefined; // the comparison says itself what it lacks, as for the selects
    if (e.kind === 'cluster') return cluster.get(e.id)?.chipCount ? undefined : s.noFigure(s.figures.count);
    return model.get(e.id)?.trainingComputeFlop ? undefined : s.noFigure(s.figures.compute);
  };
}

/** The what-if's system: a cluster with a GPU count and a chip with a known BF16 peak. */
export function whatifSystemReason(d: Dataset, world: World, m: Messages): Reason {
  const s = m.search;
  const { cluster, hasPeak } = lookups(d, world);
  const targets = new Set(whatifTargets(d).map((x) => x.id));
  const curated = new Set(d.systems.map((x) => x.id));
  return (e) => {
    if (e.kind !== 'cluster') return s.notACluster;
    if (curated.has(e.id)) return targets.has(e.id) ? undefined : s.noFigure(s.figures.count);
    const c = cluster.get(e.id);
    const lack = c ? clusterLacks(c, world, hasPeak) : 'count';
    return lack ? s.noFigure(s.figures[lack]) : undefined;
  };
}

/** The what-if's model: one with training compute (or GPU-hours on a chip with a known peak). */
export function whatifModelReason(d: Dataset, world: World, basis: (typeof BASES)[number], m: Messages): Reason {
  const s = m.search;
  const { model, hardwareById } = lookups(d, world);
  const curated = new Map(d.models.map((x) => [x.id, x]));
  return (e) => {
    if (e.kind !== 'model') return s.notAModel;
    const c = curated.get(e.id);
    if (c) return trainingCompute(c, hardwareById, basis) ? undefined : s.noFigure(s.figures.compute);
    return model.get(e.id)?.trainingComputeFlop ? undefined : s.noFigure(s.figures.compute);
  };
}
