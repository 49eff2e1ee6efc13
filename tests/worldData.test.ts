/**
 * The committed Epoch snapshot imports cleanly against the committed curated data, and the
 * curated ↔ Epoch matches say what the post relies on.
 */
import { resolve } from 'node:path';
import { loadValidDataset } from '../scripts/datasetFiles.ts';
import { loadValidWorld } from '../scripts/worldFiles.ts';

const dataDir = resolve(__dirname, '../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);

test('every Epoch row is imported, with the counts Epoch publishes', () => {
  expect(world.clusters).toHaveLength(786);
  expect(world.models).toHaveLength(965);
  expect(world.chips).toHaveLength(170);
  const byStatus = (s: string) => world.clusters.filter((c) => c.status === s).length;
  expect([byStatus('existing'), byStatus('planned'), byStatus('decommissioned')]).toEqual([609, 171, 6]);
  expect(world.snapshot).toBe('2025-12-17');
});

test('ids are unique across clusters, models, chips and the curated data', () => {
  const curated = [...dataset.systems, ...dataset.models, ...dataset.money, ...dataset.hardware].map((r) => r.id);
  const epoch = [...world.clusters, ...world.models, ...world.chips].map((r) => r.id);
  expect(new Set(epoch).size).toBe(epoch.length);
  expect(epoch.filter((id) => curated.includes(id))).toEqual([]);
  for (const id of epoch) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('every match resolves on both sides, and nothing is matched twice', () => {
  const curatedIds = {
    system: new Set(dataset.systems.map((s) => s.id)),
    model: new Set(dataset.models.map((m) => m.id)),
    hardware: new Set(dataset.hardware.map((h) => h.id)),
  };
  const epochIds = {
    system: new Set(world.clusters.map((c) => c.id)),
    model: new Set(world.models.map((m) => m.id)),
    hardware: new Set(world.chips.map((c) => c.id)),
  };
  expect(world.matches.length).toBeGreaterThanOrEqual(30);
  for (const m of world.matches) {
    expect(curatedIds[m.kind].has(m.curatedId), m.curatedId).toBe(true);
    expect(epochIds[m.kind].has(m.epochId), m.epochId).toBe(true);
  }
  const keys = world.matches.map((m) => `${m.kind}:${m.curatedId}`);
  expect(new Set(keys).size).toBe(keys.length);
  const matched = [...world.clusters, ...world.models, ...world.chips].filter((r) => r.curatedId);
  expect(matched).toHaveLength(world.matches.length);
});

test('MareNostrum 5 shows 4,480 H100 opened Nov 2023 in both, and the GPU variant disagreement', () => {
  const mn5 = world.matches.find((m) => m.curatedId === 'marenostrum-5-acc')!;
  const field = (name: string) => mn5.fields.find((f) => f.field === name)!;
  expect(field('accelerators')).toEqual({
    field: 'accelerators',
    curated: { value: 4480, unit: 'accelerators', source: 'bsc-mn5-page' },
    epoch: { value: 4480, unit: 'accelerators' },
    verdict: 'same',
  });
  // Epoch: first operational 2023-11-01; curated: its TOP500 debut, the Nov 2023 list.
  expect(field('opened')).toMatchObject({ curated: { value: '2023-11', source: 'top500-2024-06' }, epoch: { value: '2023-11-01' }, verdict: 'same' });
  expect(field('accelerator')).toMatchObject({
    curated: { value: 'NVIDIA H100 64GB (MareNostrum 5 variant)' },
    epoch: { value: 'NVIDIA H100 SXM5 80GB' },
    verdict: 'different',
  });
  const row = world.clusters.find((c) => c.id === mn5.epochId)!;
  expect(row).toMatchObject({ curatedId: 'marenostrum-5-acc', status: 'existing', region: 'spain', sector: 'public', firstOperational: '2023-11-01' });
  expect(row.source.sourceUrls.length).toBeGreaterThan(0);
});

test('DeepSeek-V3: one entity, with its 2,048-GPU cluster agreeing and the FLOP estimates differing', () => {
  const m = world.matches.find((x) => x.curatedId === 'deepseek-v3')!;
  expect(m.fields.find((f) => f.field === 'trainingAccelerators')).toMatchObject({ curated: { value: 2048 }, epoch: { value: 2048 }, verdict: 'same' });
  // Curated 3.3e24 (6·N_active·D, derived here) vs Epoch's 3.4078e24: both shown, not averaged.
  expect(m.fields.find((f) => f.field === 'trainingFlop')).toMatchObject({ curated: { value: 3.3e24 }, epoch: { value: 3.4078e24 }, verdict: 'different' });
  // Known on one side only is not a disagreement.
  const r1 = world.matches.find((x) => x.curatedId === 'deepseek-r1')!;
  expect(r1.fields.find((f) => f.field === 'trainingFlop')?.verdict).toBe('only-epoch');
});

test('the xAI Colossus phases, Llama 3.1 405B, GPT-4, Leonardo and LUMI are matched', () => {
  const epochNameOf = (id: string) => world.matches.find((m) => m.curatedId === id)?.epochName;
  expect(epochNameOf('xai-colossus')).toBe('xAI Colossus Memphis Phase 1');
  expect(epochNameOf('xai-colossus-expansion')).toBe('xAI Colossus Memphis Phase 2');
  expect(epochNameOf('llama-3-1-405b')).toBe('Llama 3.1-405B');
  expect(epochNameOf('llama-3-1-405b-run')).toBe('Paper on Llama 3.1');
  expect(epochNameOf('gpt-4')).toBe('GPT-4 (Mar 2023)');
  expect(epochNameOf('leonardo')).toBe('EuroHPC Leonardo');
  expect(epochNameOf('lumi')).toBe('EuroHPC LUMI');
});
