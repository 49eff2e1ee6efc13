import { resolve } from 'node:path';
import { loadValidDataset } from '../../../scripts/datasetFiles.ts';
import { formatDataError } from '../validate.ts';
import { clusterRow, epochCsv, modelRow } from './fixtures/epochCsv.ts';
import { importWorld } from './importWorld.ts';
import { applyMatches } from './matches.ts';

const dataset = loadValidDataset(resolve(__dirname, '../../../data'));
const imported = importWorld(
  epochCsv({
    clusters: [
      clusterRow({ Name: 'Mare Nostrum 5', 'Total number of AI chips': '4480', 'Chip quantity (primary)': '4480', 'Chip type (primary)': 'NVIDIA H100 SXM5 80GB', Country: 'Spain', Sector: 'Public', 'First Operational Date': '2023-11-01' }),
      clusterRow({ Name: 'Anonymized Chinese System', 'First Operational Date': '2024-01-15' }),
      clusterRow({ Name: 'Anonymized Chinese System', 'First Operational Date': '2024-02-15' }),
    ],
    models: [modelRow({ Model: 'DeepSeek-V3' })],
  }),
  '2025-12-17',
  new Set(),
);
if (!imported.ok) throw new Error('fixture does not import');
const records = imported.records;
const errorsOf = (matches: unknown[]) => applyMatches({ matches }, dataset, records).errors.map(formatDataError);

describe('applyMatches', () => {
  it('links a match both ways and compares field by field', () => {
    const r = applyMatches({ matches: [{ kind: 'system', curated: 'marenostrum-5-acc', epoch: 'Mare Nostrum 5' }] }, dataset, records);
    expect(r.errors).toEqual([]);
    expect(r.records.clusters[0]!.curatedId).toBe('marenostrum-5-acc');
    expect(r.matches[0]!.fields.map((f) => [f.field, f.verdict])).toEqual([
      ['accelerators', 'same'],
      ['accelerator', 'different'], // no hardware match given here, so the chips cannot be said to be the same
      ['opened', 'same'],
      ['country', 'same'],
      ['sector', 'same'],
    ]);
  });

  it('compares countries by ISO code: a curated country that is not Epoch\'s is a disagreement with both codes', () => {
    const moved = { ...dataset, systems: dataset.systems.map((x) => (x.id === 'marenostrum-5-acc' ? { ...x, country: 'PT' } : x)) };
    const r = applyMatches({ matches: [{ kind: 'system', curated: 'marenostrum-5-acc', epoch: 'Mare Nostrum 5' }] }, moved, records);
    expect(r.errors).toEqual([]);
    expect(r.matches[0]!.fields.find((f) => f.field === 'country')).toMatchObject({ curated: { value: 'PT' }, epoch: { value: 'ES' }, verdict: 'different' });
  });

  it.each([
    [[{ kind: 'system', curated: 'marenostrum-6', epoch: 'Mare Nostrum 5' }], 'matches[0] (marenostrum-6) › curated: no curated system has the id "marenostrum-6"'],
    [[{ kind: 'system', curated: 'lumi', epoch: 'EuroHPC LUMI' }], 'matches[0] (lumi) › epoch: no Epoch row is named "EuroHPC LUMI"'],
    [[{ kind: 'system', curated: 'lumi', epoch: 'Anonymized Chinese System' }], '"Anonymized Chinese System" names 2 Epoch rows'],
    [[{ kind: 'model', curated: 'marenostrum-5-acc', epoch: 'DeepSeek-V3' }], 'no curated model has the id "marenostrum-5-acc"'],
    [
      [
        { kind: 'system', curated: 'marenostrum-5-acc', epoch: 'Mare Nostrum 5' },
        { kind: 'system', curated: 'marenostrum-5-acc', epoch: 'Mare Nostrum 5' },
      ],
      'matches[1] (marenostrum-5-acc) › curated: "marenostrum-5-acc" is matched twice',
    ],
    [
      [
        { kind: 'system', curated: 'marenostrum-5-acc', epoch: 'Mare Nostrum 5' },
        { kind: 'system', curated: 'lumi', epoch: 'Mare Nostrum 5' },
      ],
      'matches[1] (lumi) › epoch: "Mare Nostrum 5" is matched twice',
    ],
    [[{ kind: 'cluster', curated: 'lumi', epoch: 'x' }], 'matches[0] › kind: must be one of system, model, hardware'],
  ])('refuses %j', (matches, message) => {
    const errors = errorsOf(matches);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(errors[0]).toMatch(/^data\/epoch\/matches\.json › /);
  });
});
