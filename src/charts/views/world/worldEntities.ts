/**
 * Epoch's clusters and models as records of the atlas's own kinds, so compare-any-two and the
 * what-if take them through the same calculations as the curated ones. Pure.
 *
 * Only the figures those calculations read are carried, each with its unit, date, confidence
 * and Epoch as its source (the credit line, "Data: Epoch AI (CC BY 4.0)"): a cluster's GPU count
 * and its chip's dense BF16/FP8 peak, a model's training compute. A row matched to a curated
 * entity (data/epoch/matches.json) is that entity: its id resolves to the curated one, whose
 * figures win.
 */
import type { Dataset, Figure, Hardware, ModelRecord, Source, SystemRecord } from '../../../data/schema.ts';
import type { WorldChip, WorldCluster, WorldData, WorldFigure, WorldModel } from '../../../data/epoch/worldTypes.ts';
import type { Lang } from '../../../i18n/format.ts';
import { epochSource } from './epochSource.ts';

type World = Pick<WorldData, 'clusters' | 'models' | 'chips'>;
const TERA = 1e12;

/** The id a view should use: the curated id of a matched Epoch row, else the id itself. */
export function canonicalEntityId(world: World | null, id: string | null): string | null {
  if (!id || !world) return id;
  const row = world.clusters.find((c) => c.id === id) ?? world.models.find((m) => m.id === id);
  return row?.curatedId ?? id;
}

const figure = <U extends string>(f: WorldFigure, unit: U, source: string, scale = 1): Omit<Figure, 'unit'> & { unit: U } => ({
  value: f.value * scale,
  unit,
  asOf: f.asOf,
  confidence: f.confidence,
  source,
});

function chipHardware(chip: WorldChip, source: string): Hardware | undefined {
  if (!chip.bf16Flops) return undefined;
  return {
    id: chip.id,
    name: chip.name,
    shortName: chip.name,
    vendor: chip.manufacturer ?? '—',
    kind: 'gpu',
    bf16DenseTflops: figure(chip.bf16Flops, 'TFLOP/s', source, 1 / TERA),
    ...(chip.fp8Flops ? { fp8DenseTflops: figure(chip.fp8Flops, 'TFLOP/s', source, 1 / TERA) } : {}),
  };
}

/**
 * Country and region are not read by compare or the what-if; they are filled because the type
 * asks for them ("ZZ", ISO's code for an unknown country) and never shown from here.
 */
function clusterSystem(c: WorldCluster, accelerator: string | undefined, source: string): SystemRecord {
  return {
    id: c.id,
    name: c.name,
    shortName: c.name,
    kind: 'ai-cluster',
    country: 'ZZ',
    region: c.region === 'us' ? 'north-america' : c.region === 'china' ? 'asia' : 'europe',
    ownerType: c.sector === 'public' ? 'public' : 'private',
    owner: c.owner ?? c.name,
    ...(accelerator ? { accelerator } : {}),
    ...(c.chipCount ? { acceleratorCount: figure(c.chipCount, 'accelerators', source) } : {}),
    top500: [],
  };
}

function modelRecord(w: WorldModel, source: string): ModelRecord {
  return {
    id: w.id,
    name: w.name,
    developer: w.organization ?? '—',
    country: 'ZZ',
    ...(w.trainingComputeFlop ? { trainingFlop: figure(w.trainingComputeFlop, 'FLOP', source) } : {}),
    releaseDate: w.publicationDate,
  };
}

/**
 * The dataset plus the Epoch entities named in `ids` (ids the curated data has, or Epoch rows
 * matched to it, add nothing). Returns `d` itself when nothing is added.
 */
export function withWorldEntities(d: Dataset, world: World, ids: readonly (string | null)[], lang: Lang): Dataset {
  const curated = new Set([...d.systems, ...d.models, ...d.hardware].map((r) => r.id));
  const wanted = new Set(ids.filter((id): id is string => id !== null && !curated.has(id)));
  if (!wanted.size) return d;
  const sources = new Map<string, Source>();
  const sourceId = (key: 'gpu-clusters' | 'notable-ai-models' | 'ml-hardware') => {
    const s = epochSource(key, lang);
    sources.set(s.id, s);
    return s.id;
  };
  const systems: SystemRecord[] = [];
  const models: ModelRecord[] = [];
  const hardware = new Map<string, Hardware>();
  for (const c of world.clusters) {
    if (!wanted.has(c.id) || c.curatedId) continue;
    const chip = c.chipId ? world.chips.find((x) => x.id === c.chipId) : undefined;
    // The curated chip when Epoch's is matched to one (its figures win), else Epoch's own.
    let accelerator = chip?.curatedId && curated.has(chip.curatedId) ? chip.curatedId : undefined;
    if (!accelerator && chip) {
      const hw = chipHardware(chip, sourceId('ml-hardware'));
      if (hw) hardware.set(hw.id, hw);
      accelerator = hw?.id;
    }
    systems.push(clusterSystem(c, accelerator, sourceId('gpu-clusters')));
  }
  for (const w of world.models) if (wanted.has(w.id) && !w.curatedId) models.push(modelRecord(w, sourceId('notable-ai-models')));
  if (!systems.length && !models.length) return d;
  return {
    ...d,
    systems: [...d.systems, ...systems],
    models: [...d.models, ...models],
    hardware: [...d.hardware, ...hardware.values()],
    sources: [...d.sources, ...[...sources.values()].filter((s) => !d.sources.some((x) => x.id === s.id))],
  };
}

/** Why an Epoch cluster cannot be a what-if target or a side of a GPU comparison; undefined if it can. */
export function clusterLacks(c: WorldCluster, world: World, curatedPeak: (hardwareId: string) => boolean): 'count' | 'peak' | undefined {
  if (!c.chipCount) return 'count';
  const chip = c.chipId ? world.chips.find((x) => x.id === c.chipId) : undefined;
  const hasPeak = chip && ((chip.curatedId && curatedPeak(chip.curatedId)) || chip.bf16Flops);
  return hasPeak ? undefined : 'peak';
}
