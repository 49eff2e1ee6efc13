import { formatDataError } from '../validate.ts';
import { clusterRow, epochCsv, modelRow } from './fixtures/epochCsv.ts';
import { importWorld, type ImportResult } from './importWorld.ts';

const SNAPSHOT = '2025-12-17';
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.errors.map(formatDataError).join('\n'));
  return r.records;
};
const errorsOf = (r: ImportResult) => (r.ok ? [] : r.errors.map(formatDataError));

describe('importWorld: numbers', () => {
  it('reads scientific notation and plain decimals, keeping six significant digits', () => {
    const { models, clusters } = ok(
      importWorld(
        epochCsv({
          models: [modelRow({ Model: 'DeepSeek-V3', 'Training compute (FLOP)': '3.4078e+24', Parameters: '671000000000.0', Confidence: 'Confident' })],
          clusters: [clusterRow({ Name: 'Mare Nostrum 5', 'H100 equivalents': '4480.000000065971', 'Total number of AI chips': '30000.000000000004' })],
        }),
        SNAPSHOT,
        new Set(),
      ),
    );
    expect(models[0]!.trainingComputeFlop).toEqual({ value: 3.4078e24, unit: 'FLOP', asOf: '2024-12-24', confidence: 'estimate' });
    expect(models[0]!.parameters?.value).toBe(671e9);
    expect(models[0]!.epochConfidence).toBe('Confident');
    expect(clusters[0]!.h100e?.value).toBe(4480);
    expect(clusters[0]!.chipCount?.value).toBe(30000);
  });

  it('reads an empty cell as unknown, never 0', () => {
    const { clusters, models } = ok(
      importWorld(epochCsv({ clusters: [clusterRow({ Name: 'Quiet cluster' })], models: [modelRow({ Model: 'Quiet model' })] }), SNAPSHOT, new Set()),
    );
    const c = clusters[0]!;
    expect(c.h100e).toBeUndefined();
    expect(c.chipCount).toBeUndefined();
    expect(c.powerMw).toBeUndefined();
    expect(c.country).toBeUndefined();
    expect(c.sector).toBeUndefined();
    expect(c.region).toBe('others');
    expect(models[0]!.trainingComputeFlop).toBeUndefined();
    expect(models[0]!.isOpenWeights).toBeUndefined();
  });

  it('keeps an explicit 0 as 0', () => {
    const { models } = ok(importWorld(epochCsv({ models: [modelRow({ Model: 'M', 'Hardware quantity': '0.0' })] }), SNAPSHOT, new Set()));
    expect(models[0]!.hardwareQuantity?.value).toBe(0);
  });

  it('reads a cell listing several sizes as unknown rather than picking one', () => {
    const { models } = ok(importWorld(epochCsv({ models: [modelRow({ Model: 'AbLang', 'Training dataset size (gradients)': '2260275840,2290000001' })] }), SNAPSHOT, new Set()));
    expect(models[0]!.datasetSizeGradients).toBeUndefined();
  });
});

describe('importWorld: status, certainty, duplicates, selection', () => {
  const world = ok(
    importWorld(
      epochCsv({
        clusters: [
          clusterRow({ Name: 'Meta GenAI 2024a', 'First Operational Date': '2024-03-12', 'Include in Standard Analysis': 'True', Sector: 'Private', Country: 'United States of America' }),
          clusterRow({ Name: 'Paper on Llama 3.1', 'Possible Duplicate': 'True', 'Possible Duplicate Of': 'Meta GenAI 2024a,"OpenAI/Microsoft Mt Pleasant, Wisconsin Phase 1"' }),
          clusterRow({ Name: '"OpenAI/Microsoft Mt Pleasant, Wisconsin Phase 1"', Status: 'Planned', Certainty: 'Likely', 'Total number of AI chips': '150000.0' }),
          clusterRow({ Name: 'Old machine', Status: 'Decommissioned', 'Decommissioned Date (if applicable)': '2021-07', Sector: 'Public/Private', Country: 'Spain' }),
          clusterRow({ Name: 'Rumour', Status: 'Planned', Certainty: 'Unlikely', 'H100 equivalents': '1e6', 'Total number of AI chips': '1000000' }),
          clusterRow({ Name: 'Orphan twin', 'Possible Duplicate': 'True', 'Possible Duplicate Of': 'Alibaba MLPerf 0.7 Submission' }),
        ],
      }),
      SNAPSHOT,
      new Set(),
    ),
  );
  const byName = (name: string) => world.clusters.find((c) => c.name === name)!;

  it('keeps the status apart: existing, planned, decommissioned', () => {
    expect(world.clusters.map((c) => c.status)).toEqual(['existing', 'existing', 'planned', 'decommissioned', 'planned', 'existing']);
    expect(byName('Old machine').decommissioned).toBe('2021-07');
  });

  it('maps Epoch’s certainty to the atlas’s confidence and keeps Epoch’s word', () => {
    const rumour = byName('Rumour');
    expect(rumour.epochCertainty).toBe('Unlikely');
    expect(rumour.chipCount?.confidence).toBe('claim');
    expect(rumour.h100e?.confidence).toBe('claim');
    const planned = byName('OpenAI/Microsoft Mt Pleasant, Wisconsin Phase 1');
    expect(planned.chipCount?.confidence).toBe('estimate');
    expect(planned.chipCount?.asOf).toBe(SNAPSHOT); // no date of its own
  });

  it('flags possible duplicates with the ids they may duplicate, even across commas in names', () => {
    const paper = byName('Paper on Llama 3.1');
    expect(paper.isPossibleDuplicate).toBe(true);
    expect(paper.duplicateOf).toEqual(['meta-genai-2024a', 'openai-microsoft-mt-pleasant-wisconsin-phase-1']);
    expect(byName('Orphan twin').duplicateOfUnlisted).toEqual(['Alibaba MLPerf 0.7 Submission']);
  });

  it('keeps Epoch’s standard-analysis selection, sector and region', () => {
    expect(world.clusters.filter((c) => c.isStandardAnalysis).map((c) => c.id)).toEqual(['meta-genai-2024a']);
    expect(byName('Meta GenAI 2024a')).toMatchObject({ sector: 'private', region: 'us' });
    expect(byName('Old machine')).toMatchObject({ sector: 'public-private', region: 'spain' });
  });

  it('keeps Epoch’s country name and adds its ISO code, from which each language names it', () => {
    const { clusters } = ok(
      importWorld(epochCsv({ clusters: [clusterRow({ Name: 'A', Country: 'Korea (Republic of)' }), clusterRow({ Name: 'B', Country: 'Spain' }), clusterRow({ Name: 'C' })] }), SNAPSHOT, new Set()),
    );
    expect(clusters.map((c) => [c.country, c.countryCode])).toEqual([['Korea (Republic of)', 'KR'], ['Spain', 'ES'], [undefined, undefined]]);
  });
});

describe('importWorld: bad rows fail with file, row and column', () => {
  it.each([
    [{ Name: 'A', 'H100 equivalents': 'lots' }, 'data/epoch/gpu_clusters.csv › row 1 (A) › H100 equivalents: not a number: "lots"'],
    [{ Name: 'A', 'Total number of AI chips': '-5' }, 'row 1 (A) › Total number of AI chips: must be a finite number ≥ 0'],
    [{ Name: 'A', 'H100 equivalents': '1e999' }, 'H100 equivalents: must be a finite number ≥ 0'],
    [{ Name: 'A', Status: 'Rumoured' }, 'row 1 (A) › Status: must be one of Existing, Planned, Decommissioned'],
    [{ Name: 'A', Status: '' }, 'row 1 (A) › Status: is empty'],
    [{ Name: '' }, 'row 1 › Name: is empty'],
    [{ Name: 'A', 'First Operational Date': '01/11/2023' }, 'First Operational Date: must be YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ Name: 'A', 'Possible Duplicate': 'Yes' }, 'Possible Duplicate: must be True, False or empty'],
    [{ Name: 'Evil\u202Ename' }, 'Name: contains U+202E RIGHT-TO-LEFT OVERRIDE'],
    [{ Name: 'A', Owner: 'x'.repeat(201) }, 'Owner: is 201 characters long; the limit is 200'],
    [{ Name: 'A', Status: 'Planned', 'Decommissioned Date (if applicable)': '2024' }, 'a planned cluster cannot have a decommissioned date'],
    [{ Name: 'A', Country: 'Atlantis' }, 'row 1 (A) › Country: "Atlantis" has no ISO 3166 code: add it to EPOCH_COUNTRY_CODES'],
  ])('%o', (cells, message) => {
    const errors = errorsOf(importWorld(epochCsv({ clusters: [clusterRow({ Name: 'ok' }), clusterRow(cells)] }), SNAPSHOT, new Set()));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message.replace('row 1', 'row 2'));
  });

  it('names a missing column', () => {
    const csv = epochCsv({});
    const errors = errorsOf(importWorld({ ...csv, chips: 'Hardware name,Manufacturer\nH100,NVIDIA\n' }, SNAPSHOT, new Set()));
    expect(errors[0]).toMatch(/^data\/epoch\/ml_hardware\.csv: missing column\(s\): Type, Release date/);
  });

  it('names a "Possible Duplicate Of" that cannot say which row it means', () => {
    const errors = errorsOf(
      importWorld(
        epochCsv({
          clusters: [
            clusterRow({ Name: 'Anonymized Chinese System', 'First Operational Date': '2024-01-15' }),
            clusterRow({ Name: 'Anonymized Chinese System', 'First Operational Date': '2024-02-15' }),
            clusterRow({ Name: 'Twin', 'Possible Duplicate': 'True', 'Possible Duplicate Of': 'Anonymized Chinese System' }),
          ],
        }),
        SNAPSHOT,
        new Set(),
      ),
    );
    expect(errors).toEqual(['data/epoch/gpu_clusters.csv › row 3 (Twin) › Possible Duplicate Of: "Anonymized Chinese System" names 2 rows']);
  });

  it('reports every bad row, not only the first', () => {
    const r = importWorld(
      epochCsv({ clusters: [clusterRow({ Name: 'A', 'H100 equivalents': 'x' })], models: [modelRow({ Model: 'B', Parameters: 'y' })] }),
      SNAPSHOT,
      new Set(),
    );
    expect(errorsOf(r)).toHaveLength(2);
  });
});

describe('importWorld: models and chips', () => {
  it('reads open weights from Epoch’s accessibility and splits lists', () => {
    const { models } = ok(
      importWorld(
        epochCsv({
          models: [
            modelRow({ Model: 'Open', 'Model accessibility': 'Open weights (restricted use)', Domain: 'Language,Vision', 'Training hardware': 'NVIDIA H800 SXM5', Link: 'https://a.example/x\nhttps://b.example/y' }),
            modelRow({ Model: 'Closed', 'Model accessibility': 'API access' }),
          ],
        }),
        SNAPSHOT,
        new Set(),
      ),
    );
    expect(models[0]).toMatchObject({ isOpenWeights: true, domains: ['Language', 'Vision'], trainingHardware: ['NVIDIA H800 SXM5'] });
    expect(models[0]!.source.sourceUrls).toEqual(['https://a.example/x', 'https://b.example/y']);
    expect(models[1]!.isOpenWeights).toBe(false);
  });

  it('links a cluster’s and a model’s chips to the hardware rows by name, when the list has them', () => {
    const { clusters, models } = ok(
      importWorld(
        epochCsv({
          chips: [{ 'Hardware name': 'NVIDIA H800 SXM5' }, { 'Hardware name': 'NVIDIA H100 SXM5 80GB' }],
          clusters: [clusterRow({ Name: 'C', 'Chip type (primary)': 'NVIDIA H100 SXM5 80GB', 'Chip type (secondary)': 'Cerebras CS-2' })],
          models: [modelRow({ Model: 'M', 'Training hardware': 'NVIDIA H800 SXM5,NVIDIA Tesla K40c' })],
        }),
        SNAPSHOT,
        new Set(),
      ),
    );
    expect(clusters[0]!.chipId).toBe('nvidia-h100-sxm5-80gb');
    expect(clusters[0]!.chipSecondaryId).toBeUndefined(); // not in Epoch's hardware list
    expect(models[0]!.trainingChipIds).toEqual(['nvidia-h800-sxm5']);
  });

  it('reads a chip’s peaks in FLOP/s with its release date as the figures’ date', () => {
    const { chips } = ok(
      importWorld(
        epochCsv({
          chips: [{ 'Hardware name': 'NVIDIA H100 SXM5 80GB', 'Release date': '2022-09-20', 'Tensor-FP16/BF16 performance (FLOP/s)': '989400000000000.0', 'Source for the price': 'No official MSRP. https://p.example/h100' }],
        }),
        SNAPSHOT,
        new Set(),
      ),
    );
    expect(chips[0]).toMatchObject({ id: 'nvidia-h100-sxm5-80gb', bf16Flops: { value: 9.894e14, unit: 'FLOP/s', asOf: '2022-09-20', confidence: 'reported' } });
    expect(chips[0]!.source.sourceUrls).toEqual(['https://p.example/h100']);
  });
});
