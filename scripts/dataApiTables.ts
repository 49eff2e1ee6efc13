/**
 * The tables of the static data API (scripts/dataApi.ts): which rows each holds, its licence, and
 * every field with its kind, unit and a one-line description. The columns, the types and units in
 * `metadata.json` all come from here, so a field the schema gains and this list lacks fails the
 * build (dataApi.ts refuses unknown keys) instead of silently vanishing from the published data.
 */
import type { Dataset } from '../src/data/schema.ts';
import type { EpochDatasetKey, WorldData } from '../src/data/epoch/worldTypes.ts';

/**
 * How a field becomes CSV columns: a figure is one column per part (`acceleratorCount.value`,
 * `acceleratorCount.unit`, …), so column names are also the JSON paths of the same values.
 */
export type FieldKind = 'id' | 'text' | 'date' | 'number' | 'integer' | 'boolean' | 'list' | 'figure' | 'world-figure' | 'provenance' | 'translations';

export interface FieldSpec {
  kind: FieldKind;
  description: string;
  /** Figures only: the unit every row uses, or several when the row's own `.unit` says which. */
  unit?: string;
}

export type Licence = 'curated' | 'epoch';

export interface TableSpec {
  name: string;
  title: string;
  description: string;
  licence: Licence;
  /** Epoch tables: which of Epoch's datasets (data/epoch/attribution.json) to cite. */
  epochDataset?: EpochDatasetKey;
  /** `world` is null only for a release whose Epoch snapshot the build no longer has (its Epoch tables are left out). */
  rows(dataset: Dataset, world: WorldData | null): readonly object[];
  /** Keys of the rows that are published as a table of their own (systems' TOP500 entries). */
  childKeys?: readonly string[];
  fields: Record<string, FieldSpec>;
}

const f = (kind: FieldKind, description: string, unit?: string): FieldSpec => (unit ? { kind, description, unit } : { kind, description });

/** `labels`: one column per translated language (`labels.es`); `label` stays the English text. */
const LABELS = f('translations', 'The label, translated');
const NOTE = f('text', 'A short note in our own words: derivations, caveats, disagreements between sources.');
const ISO2 = 'ISO 3166-1 alpha-2 country code.';

export const TABLES: readonly TableSpec[] = [
  {
    name: 'systems',
    title: 'Systems',
    description: 'Supercomputers, AI clusters and training runs (curated). TOP500 entries are in the `top500` table.',
    licence: 'curated',
    rows: (d) => d.systems,
    childKeys: ['top500'],
    fields: {
      id: f('id', 'Stable kebab-case id, used in the atlas URLs.'),
      name: f('text', 'Full name.'),
      shortName: f('text', 'Short name used on chart axes.'),
      names: f('translations', 'The full name, translated where it is not a proper name (empty where it reads the same).'),
      shortNames: f('translations', 'The short name, translated where it is not a proper name (empty where it reads the same).'),
      kind: f('text', 'supercomputer, ai-cluster or training-run.'),
      country: f('text', ISO2),
      region: f('text', 'europe, north-america or asia.'),
      ownerType: f('text', 'public or private.'),
      owner: f('text', 'Owner or operator.'),
      accelerator: f('id', 'The accelerator (hardware table id); empty for CPU-only systems.'),
      acceleratorCount: f('figure', 'Number of accelerators.', 'accelerators'),
      nodes: f('figure', 'Number of nodes.', 'nodes'),
      rmaxPflops: f('figure', 'HPL Rmax (FP64).', 'PFLOP/s'),
      rpeakPflops: f('figure', 'Theoretical peak Rpeak (FP64).', 'PFLOP/s'),
      powerKw: f('figure', 'Power during the HPL run.', 'kW'),
      partOf: f('id', 'Training runs and allocations: the systems id they ran on.'),
      model: f('id', 'Training runs: the models id they trained.'),
      note: NOTE,
    },
  },
  {
    name: 'top500',
    title: 'TOP500 entries',
    description: "Each system's ranks on the TOP500 lists (curated), one row per system and edition.",
    licence: 'curated',
    rows: (d) => d.systems.flatMap((s) => s.top500.map((e) => ({ system: s.id, ...e }))),
    fields: {
      system: f('id', 'The systems id.'),
      edition: f('date', 'List edition, YYYY-06 or YYYY-11.'),
      rank: f('figure', 'Rank on that list (1–500).', 'rank'),
      rmaxPflops: f('figure', 'HPL Rmax (FP64) on that list.', 'PFLOP/s'),
    },
  },
  {
    name: 'models',
    title: 'Models',
    description: 'Trained models (curated).',
    licence: 'curated',
    rows: (d) => d.models,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      name: f('text', 'Name.'),
      developer: f('text', 'Developer.'),
      country: f('text', ISO2),
      paramsB: f('figure', 'Parameters, in billions.', 'B params'),
      activeParamsB: f('figure', 'Active parameters per token (mixture-of-experts models), in billions.', 'B params'),
      tokensT: f('figure', 'Pre-training tokens, in trillions.', 'T tokens'),
      gpuHoursM: f('figure', 'Training GPU-hours, in millions.', 'M GPU-hours'),
      gpuHoursOn: f('id', 'The hardware id the GPU-hours were counted on.'),
      trainingFlop: f('figure', 'Training compute.', 'FLOP'),
      trainedOn: f('id', 'The systems id (usually a training run) it was trained on.'),
      licence: f('text', "The model's licence."),
      releaseDate: f('date', 'Release date (YYYY, YYYY-MM or YYYY-MM-DD).'),
      note: NOTE,
    },
  },
  {
    name: 'money',
    title: 'Money',
    description: 'Costs, budgets and quoted amounts (curated), in their original currency; `scope` says what each covers.',
    licence: 'curated',
    rows: (d) => d.money,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      subject: f('text', 'What the amount is about, for display (usually a proper name).'),
      subjects: f('translations', 'The subject, translated where it is not a proper name (empty where it reads the same).'),
      label: f('text', 'What the amount is, in English.'),
      labels: LABELS,
      scope: f('text', 'training-compute, training-total, programme-budget, hardware-purchase, total-investment, funding-share, strategy-envelope or political-claim.'),
      amount: f('figure', 'The amount, in millions of its own currency (never converted here; see the rates table).', 'M EUR | M USD'),
      saidBy: f('text', 'Political claims: who said it.'),
      about: f('id', 'The systems or models id it is about, if any.'),
    },
  },
  {
    name: 'hardware',
    title: 'Hardware',
    description: 'Accelerators: GPUs, APUs, TPUs (curated). Peak figures are dense, without sparsity.',
    licence: 'curated',
    rows: (d) => d.hardware,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      name: f('text', 'Full name.'),
      shortName: f('text', 'Short name.'),
      vendor: f('text', 'Vendor.'),
      kind: f('text', 'gpu, tpu, apu or cpu.'),
      memoryGb: f('figure', 'Memory.', 'GB'),
      bf16DenseTflops: f('figure', 'Peak dense BF16.', 'TFLOP/s'),
      fp8DenseTflops: f('figure', 'Peak dense FP8.', 'TFLOP/s'),
      tdpW: f('figure', 'Thermal design power.', 'W'),
      note: NOTE,
    },
  },
  {
    name: 'prices',
    title: 'GPU prices',
    description: 'GPU rental prices and price assumptions (curated).',
    licence: 'curated',
    rows: (d) => d.prices,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      label: f('text', 'What the price is, in English.'),
      labels: LABELS,
      hardware: f('id', 'The hardware id.'),
      usdPerGpuHour: f('figure', 'Price per GPU-hour.', 'USD/GPU-hour'),
    },
  },
  {
    name: 'comparisons',
    title: 'Headline comparisons',
    description: 'The headline ratio cards (curated); the ratio itself is computed from a and b, never stored.',
    licence: 'curated',
    rows: (d) => d.comparisons,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      metric: f('text', 'accelerators (a and b are systems ids) or money (money ids).'),
      a: f('id', 'The larger side.'),
      b: f('id', 'The side it is compared with.'),
      corroboratedBy: f('list', "Other rows reporting b's quantity."),
    },
  },
  {
    name: 'events',
    title: 'Events',
    description: 'The dated timeline: announcements, agreements, policies, releases, milestones (curated).',
    licence: 'curated',
    rows: (d) => d.events,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      date: f('date', 'When (YYYY, YYYY-MM or YYYY-MM-DD).'),
      kind: f('text', 'announcement, agreement, policy, release or milestone.'),
      label: f('text', 'What happened, in English.'),
      labels: LABELS,
      source: f('id', 'The sources id.'),
      confidence: f('text', 'official, reported, estimate or claim.'),
      note: NOTE,
    },
  },
  {
    name: 'rates',
    title: 'Exchange rates',
    description: "The ECB USD/EUR reference rate used for each money as-of date, resolved from the ECB's daily fixings by the build.",
    licence: 'curated',
    rows: (d) => d.rates,
    fields: {
      forAsOf: f('date', 'The money as-of date this rate converts.'),
      rule: f('text', 'day, earlier-day, month-mean, year-mean or after-last: how the rate was chosen.'),
      date: f('date', 'The fixing used (YYYY-MM-DD), or the period averaged (YYYY or YYYY-MM).'),
      fixings: f('integer', 'Means only: how many fixings were averaged.'),
      lastFixing: f('date', 'Means only, when the data stops inside the period: the last fixing averaged.'),
      usdPerEur: f('figure', 'US dollars per euro.', 'USD/EUR'),
    },
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'Every document the curated figures cite (the `.source` columns of the other tables).',
    licence: 'curated',
    rows: (d) => d.sources,
    fields: {
      id: f('id', 'Stable kebab-case id.'),
      title: f('text', 'Title.'),
      publisher: f('text', 'Publisher.'),
      url: f('text', 'Address; empty where the facts sheet gives none.'),
      date: f('date', 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD).'),
      via: f('text', 'The mirror or copy the figures were read from, if not the original.'),
    },
  },
  {
    name: 'epoch-clusters',
    epochDataset: 'gpu-clusters',
    title: "Epoch AI's GPU clusters",
    description: "Epoch AI's Data on GPU Clusters as the atlas imported it (empty = unknown, never 0).",
    licence: 'epoch',
    rows: (_d, w) => w?.clusters ?? [],
    fields: {
      id: f('id', 'Atlas id (kebab-case; the curated id where the row is matched).'),
      name: f('text', 'Name.'),
      status: f('text', 'existing, planned or decommissioned.'),
      epochCertainty: f('text', "Epoch's certainty: Confirmed, Likely or Unlikely."),
      singleCluster: f('text', "Epoch's `Single cluster?`: yes, no or unclear."),
      country: f('text', 'Country, as Epoch writes it.'),
      countryCode: f('text', `${ISO2} The atlas's, from Epoch's name (src/data/epoch/countries.ts).`),
      region: f('text', 'spain, rest-of-eu, us, china or others.'),
      sector: f('text', 'public, private or public-private.'),
      owner: f('text', 'Owner.'),
      location: f('text', 'Location.'),
      chipVendor: f('text', 'Primary chip vendor, or Anonymized / Unknown.'),
      chip: f('text', 'Primary chip, as Epoch names it.'),
      chipSecondary: f('text', 'Secondary chip.'),
      chipId: f('id', 'The epoch-chips id of `chip`, when Epoch lists it.'),
      chipSecondaryId: f('id', 'The epoch-chips id of `chipSecondary`.'),
      firstOperational: f('date', 'First operational date.'),
      decommissioned: f('date', 'Decommissioning date.'),
      h100e: f('world-figure', 'Performance in H100-equivalents.', 'H100e'),
      chipCount: f('world-figure', 'Number of chips.', 'accelerators'),
      chipCountPrimary: f('world-figure', 'Number of primary chips.', 'accelerators'),
      chipCountSecondary: f('world-figure', 'Number of secondary chips.', 'accelerators'),
      powerMw: f('world-figure', 'Power capacity.', 'MW'),
      hardwareCostUsd: f('world-figure', 'Hardware cost.', 'USD'),
      reportedCostUsd: f('world-figure', 'Reported cost.', 'USD'),
      peak16BitOps: f('world-figure', 'Peak 16-bit operations per second.', 'OP/s'),
      peak8BitOps: f('world-figure', 'Peak 8-bit operations per second.', 'OP/s'),
      isPossibleDuplicate: f('boolean', 'Epoch flags the row as possibly the same machine as `duplicateOf`; totals leave it out.'),
      duplicateOf: f('list', 'Ids of the rows it may duplicate.'),
      duplicateOfUnlisted: f('list', '`Possible Duplicate Of` names no row carries.'),
      isStandardAnalysis: f('boolean', "In Epoch's standard selection for trend analysis."),
      source: f('provenance', "Where the row comes from in Epoch's file."),
      curatedId: f('id', 'The curated systems id this row is the same entity as.'),
    },
  },
  {
    name: 'epoch-models',
    epochDataset: 'notable-ai-models',
    title: "Epoch AI's notable AI models",
    description: "Epoch AI's Data on Notable AI Models as the atlas imported it (empty = unknown, never 0).",
    licence: 'epoch',
    rows: (_d, w) => w?.models ?? [],
    fields: {
      id: f('id', 'Atlas id (kebab-case; the curated id where the row is matched).'),
      name: f('text', 'Name.'),
      organization: f('text', 'Organisation.'),
      countries: f('list', 'Countries of the organisations.'),
      publicationDate: f('date', 'Publication date.'),
      domains: f('list', 'Domains.'),
      epochConfidence: f('text', "Epoch's confidence: Confident, Likely, Speculative or Unknown."),
      parameters: f('world-figure', 'Parameters.', 'parameters'),
      trainingComputeFlop: f('world-figure', 'Training compute.', 'FLOP'),
      datasetSizeGradients: f('world-figure', 'Training dataset size, in gradients.', 'gradients'),
      trainingTimeHours: f('world-figure', 'Training time.', 'hours'),
      hardwareQuantity: f('world-figure', 'Number of training chips.', 'accelerators'),
      trainingCostUsd2023: f('world-figure', 'Training compute cost in 2023 US dollars.', 'USD (2023)'),
      trainingHardware: f('list', 'Training hardware, as Epoch names it.'),
      trainingChipIds: f('list', 'The epoch-chips ids of `trainingHardware` that Epoch lists.'),
      accessibility: f('text', "Epoch's `Model accessibility`."),
      isOpenWeights: f('boolean', 'Open weights, from `accessibility`; empty when Epoch does not say.'),
      isFrontier: f('boolean', "In Epoch's frontier selection."),
      source: f('provenance', "Where the row comes from in Epoch's file."),
      curatedId: f('id', 'The curated models id this row is the same entity as.'),
    },
  },
  {
    name: 'epoch-chips',
    epochDataset: 'ml-hardware',
    title: "Epoch AI's ML hardware",
    description: "Epoch AI's Data on Machine Learning Hardware as the atlas imported it (empty = unknown, never 0).",
    licence: 'epoch',
    rows: (_d, w) => w?.chips ?? [],
    fields: {
      id: f('id', 'Atlas id (kebab-case; the curated id where the row is matched).'),
      name: f('text', 'Name.'),
      manufacturer: f('text', 'Manufacturer.'),
      type: f('text', 'Type (GPU, TPU…).'),
      releaseDate: f('date', 'Release date.'),
      releasePriceUsd: f('world-figure', 'Release price.', 'USD'),
      fp64Flops: f('world-figure', 'Peak FP64.', 'FLOP/s'),
      fp32Flops: f('world-figure', 'Peak FP32.', 'FLOP/s'),
      fp16Flops: f('world-figure', 'Peak FP16.', 'FLOP/s'),
      tf32Flops: f('world-figure', 'Peak TF32 (tensor).', 'FLOP/s'),
      bf16Flops: f('world-figure', 'Peak tensor FP16/BF16.', 'FLOP/s'),
      int8Ops: f('world-figure', 'Peak INT8.', 'OP/s'),
      fp8Flops: f('world-figure', 'Peak FP8.', 'FLOP/s'),
      fp4Flops: f('world-figure', 'Peak FP4.', 'FLOP/s'),
      memoryBytes: f('world-figure', 'Memory.', 'bytes'),
      memoryBandwidthBytesPerS: f('world-figure', 'Memory bandwidth.', 'bytes/s'),
      tdpW: f('world-figure', 'Thermal design power.', 'W'),
      processNm: f('world-figure', 'Process node.', 'nm'),
      source: f('provenance', "Where the row comes from in Epoch's file."),
      curatedId: f('id', 'The curated hardware id this row is the same entity as.'),
    },
  },
];
