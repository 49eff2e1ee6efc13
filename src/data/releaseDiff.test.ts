import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidDataset } from '../../scripts/datasetFiles.ts';
import { collectFigures } from './figures.ts';
import { changedFigureCount, changedSinceOf, diffDatasets } from './releaseDiff.ts';
import type { Dataset } from './schema.ts';

const base = loadValidDataset(resolve(import.meta.dirname, '../../data'));
const mn5 = 'marenostrum-5-acc';

function edited(edit: (d: Dataset) => void): Dataset {
  const d = structuredClone(base);
  edit(d);
  return d;
}

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    expect(diffDatasets(base, structuredClone(base))).toEqual([]);
  });

  it('reports a changed figure with both values and both sources', () => {
    const newer = edited((d) => {
      const s = d.systems.find((x) => x.id === mn5)!;
      s.acceleratorCount = { ...s.acceleratorCount!, value: 4_500, source: 'top500-2024-11' };
    });
    const [entity, ...rest] = diffDatasets(base, newer);
    expect(rest).toEqual([]);
    expect(entity!.id).toBe(mn5);
    const change = entity!.changes[0]!;
    expect(change.kind).toBe('changed');
    if (change.kind !== 'changed') return;
    expect(change.field).toBe('acceleratorCount');
    expect([change.old.value, change.new.value]).toEqual([4_480, 4_500]);
    expect(change.old.sourceTitle).not.toBe(change.new.sourceTitle);
    expect(change.new.sourceTitle).toBe(base.sources.find((s) => s.id === 'top500-2024-11')!.title);
  });

  it('ignores a note that changed alone, and counts added and removed figures', () => {
    const newer = edited((d) => {
      const s = d.systems.find((x) => x.id === mn5)!;
      s.acceleratorCount = { ...s.acceleratorCount!, note: 'reworded' };
      delete s.powerKw;
      d.models[0]!.tokensT ??= { value: 1, unit: 'T tokens', asOf: '2025', source: d.sources[0]!.id, confidence: 'estimate' };
    });
    const kinds = diffDatasets(base, newer).flatMap((e) => e.changes.map((c) => `${e.id}:${c.kind}:${c.field}`));
    expect(kinds).not.toContain(`${mn5}:changed:acceleratorCount`);
    if (base.systems.find((x) => x.id === mn5)!.powerKw) expect(kinds).toContain(`${mn5}:removed:powerKw`);
    if (!base.models[0]!.tokensT) expect(kinds).toContain(`${base.models[0]!.id}:added:tokensT`);
  });

  it('lists every figure as added against an empty dataset, and counts per entity', () => {
    const empty: Dataset = { ...base, hardware: [], systems: [], models: [], money: [], rates: [], prices: [] };
    const changes = diffDatasets(empty, base);
    expect(changes.reduce((n, e) => n + e.changes.length, 0)).toBe(collectFigures(base, 'en').length);
    const since = changedSinceOf(changes);
    expect(changedFigureCount(since, [mn5, mn5])).toBe(since[mn5]);
    expect(changedFigureCount(since, ['no-such-id'])).toBe(0);
  });
});
