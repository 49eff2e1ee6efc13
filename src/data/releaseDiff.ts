/**
 * What changed between two datasets, figure by figure: per entity, the figures added, changed
 * (old → new, each with its source) and removed. A figure is identified by its entity and field
 * (`marenostrum-5-acc` · `acceleratorCount`); it "changed" when anything a reader would cite
 * changed — value, range, qualifier, unit, as-of date, source or confidence. A note alone is
 * not a new figure. Pure.
 */
import { collectFigures, type FigureRef } from './figures.ts';
import { DATA_LANG } from './labels.ts';
import type { Dataset, Figure } from './schema.ts';
import type { ChangedFigure, ChangedSince, EntityChanges, FigureChange } from './release.ts';

const CITED_FIELDS = ['value', 'high', 'qualifier', 'unit', 'asOf', 'source', 'confidence'] as const satisfies readonly (keyof Figure)[];

export function isSameFigure(a: Figure, b: Figure): boolean {
  return CITED_FIELDS.every((k) => a[k] === b[k]);
}

const keyOf = (f: FigureRef) => `${f.entityId}\u0000${f.field}`;

function withSource(d: Dataset, f: Figure): ChangedFigure {
  const s = d.sources.find((x) => x.id === f.source);
  return { ...f, sourceTitle: s?.title ?? f.source, ...(s?.url ? { sourceUrl: s.url } : {}) };
}

/** Entities in the newer dataset's order, then those only the older one had; fields likewise. */
export function diffDatasets(older: Dataset, newer: Dataset): EntityChanges[] {
  // The changes are stored in the release (changes.json), so they name entities in the data's
  // own language, as its notes are.
  const before = new Map(collectFigures(older, DATA_LANG).map((f) => [keyOf(f), f]));
  const after = collectFigures(newer, DATA_LANG);
  const afterKeys = new Set(after.map(keyOf));
  const byEntity = new Map<string, { name: string; changes: FigureChange[] }>();
  const add = (ref: FigureRef, change: FigureChange) => {
    const entry = byEntity.get(ref.entityId) ?? { name: ref.entityName, changes: [] };
    entry.changes.push(change);
    byEntity.set(ref.entityId, entry);
  };
  for (const ref of after) {
    const old = before.get(keyOf(ref));
    if (!old) add(ref, { kind: 'added', field: ref.field, new: withSource(newer, ref.figure) });
    else if (!isSameFigure(old.figure, ref.figure))
      add(ref, { kind: 'changed', field: ref.field, old: withSource(older, old.figure), new: withSource(newer, ref.figure) });
  }
  for (const [key, ref] of before)
    if (!afterKeys.has(key)) add(ref, { kind: 'removed', field: ref.field, old: withSource(older, ref.figure) });
  return [...byEntity].map(([id, { name, changes }]) => ({ id, name, changes }));
}

/** Per entity id, how many of its figures were added, changed or removed. */
export function changedSinceOf(changes: readonly EntityChanges[]): ChangedSince {
  return Object.fromEntries(changes.map((e) => [e.id, e.changes.length]));
}

/** How many figures of the given entities changed (each entity counted once, however often it is shown). */
export function changedFigureCount(changedSince: ChangedSince, entityIds: Iterable<string>): number {
  let n = 0;
  for (const id of new Set(entityIds)) n += changedSince[id] ?? 0;
  return n;
}
