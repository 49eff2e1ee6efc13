/**
 * Names of pinnable entities: the curated data's, and Epoch's once the world data is there.
 * Pure; used for the pin chips and the search index.
 */
import type { Dataset } from '../../data/schema.ts';
import type { WorldData } from '../../data/epoch/worldTypes.ts';
import { buildSearchIndex, searchEntries, type SearchIndex, type SearchKind } from '../../data/worldSearch.ts';

export interface NamedEntity {
  id: string;
  name: string;
  kind: SearchKind;
}

type Curated = Pick<Dataset, 'systems' | 'models' | 'hardware'>;
type World = Pick<WorldData, 'clusters' | 'models' | 'chips'>;

export function curatedEntityIds(d: Curated): ReadonlySet<string> {
  return new Set([...d.systems, ...d.models, ...d.hardware].map((r) => r.id));
}

/** id → name and kind; without the world data, only the curated entities. */
export function entityNames(d: Curated, world: World | null): ReadonlyMap<string, NamedEntity> {
  const names = new Map<string, NamedEntity>();
  for (const s of d.systems) names.set(s.id, { id: s.id, name: s.shortName, kind: 'cluster' });
  for (const m of d.models) names.set(m.id, { id: m.id, name: m.name, kind: 'model' });
  for (const h of d.hardware) names.set(h.id, { id: h.id, name: h.shortName, kind: 'chip' });
  for (const c of world?.clusters ?? []) names.set(c.id, { id: c.id, name: c.name, kind: 'cluster' });
  for (const m of world?.models ?? []) names.set(m.id, { id: m.id, name: m.name, kind: 'model' });
  for (const c of world?.chips ?? []) names.set(c.id, { id: c.id, name: c.name, kind: 'chip' });
  return names;
}

export function entityIndex(d: Curated, world: World): SearchIndex {
  return buildSearchIndex(searchEntries(world, d));
}
