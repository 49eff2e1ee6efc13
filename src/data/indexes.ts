/** Lookup maps over a dataset, built once per dataset object. */
import type { Dataset, Hardware, ModelRecord, MoneyRecord, Source, SystemRecord } from './schema.ts';

export interface DatasetIndex {
  sourceById: ReadonlyMap<string, Source>;
  hardwareById: ReadonlyMap<string, Hardware>;
  systemById: ReadonlyMap<string, SystemRecord>;
  modelById: ReadonlyMap<string, ModelRecord>;
  moneyById: ReadonlyMap<string, MoneyRecord>;
}

const cache = new WeakMap<Dataset, DatasetIndex>();
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

export function indexDataset(d: Dataset): DatasetIndex {
  let idx = cache.get(d);
  if (!idx) {
    idx = {
      sourceById: byId(d.sources),
      hardwareById: byId(d.hardware),
      systemById: byId(d.systems),
      modelById: byId(d.models),
      moneyById: byId(d.money),
    };
    cache.set(d, idx);
  }
  return idx;
}
