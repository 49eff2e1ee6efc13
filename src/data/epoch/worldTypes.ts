/**
 * The atlas's own records for Epoch AI's datasets (the "world" around the curated data). Types
 * only, so the browser can import them without pulling in the importer.
 *
 * Every figure keeps its unit, its date and a confidence on the atlas's scale; the record keeps
 * Epoch's own word for it (`epochCertainty` / `epochConfidence`) and the row's source links.
 * An absent field means Epoch has no value: empty cells are unknown, never 0.
 */
import type { ClusterStatus, Confidence, Sector, WorldRegion } from '../model.ts';

export type { ClusterStatus, Sector, WorldRegion };
export type WorldConfidence = Confidence;
export type EpochDatasetKey = 'gpu-clusters' | 'notable-ai-models' | 'ml-hardware';

export interface WorldFigure {
  value: number;
  unit: string;
  /** The date the figure refers to: the row's own date (operational, publication, release), else the snapshot date. */
  asOf: string;
  confidence: WorldConfidence;
}

/** Where a record came from: the Epoch dataset, its 1-based data row, the row's name and links. */
export interface EpochProvenance {
  dataset: EpochDatasetKey;
  row: number;
  epochName: string;
  sourceUrls: string[];
}

export interface WorldCluster {
  id: string;
  name: string;
  status: ClusterStatus;
  epochCertainty: 'Confirmed' | 'Likely' | 'Unlikely';
  /** Epoch's `Single cluster?` answer. */
  singleCluster?: 'yes' | 'no' | 'unclear';
  /** Epoch's English name for the country (its own words, kept for the CSV). */
  country?: string;
  /** Its ISO 3166-1 alpha-2 code (src/data/epoch/countries.ts), from which each language names it. */
  countryCode?: string;
  region: WorldRegion;
  sector?: Sector;
  owner?: string;
  location?: string;
  /** Epoch's `GPU Supplier (primary)`: a vendor name, or "Anonymized" / "Unknown". */
  chipVendor: string;
  chip?: string;
  chipSecondary?: string;
  /** The `WorldChip` ids of `chip` and `chipSecondary`, when Epoch's hardware list has that chip. */
  chipId?: string;
  chipSecondaryId?: string;
  firstOperational?: string;
  decommissioned?: string;
  h100e?: WorldFigure;
  chipCount?: WorldFigure;
  chipCountPrimary?: WorldFigure;
  chipCountSecondary?: WorldFigure;
  powerMw?: WorldFigure;
  hardwareCostUsd?: WorldFigure;
  reportedCostUsd?: WorldFigure;
  peak16BitOps?: WorldFigure;
  peak8BitOps?: WorldFigure;
  /**
   * Epoch flags this row as possibly the same machine as the rows in `duplicateOf` (ids). Like
   * Epoch's standard analysis, totals, trends and rankings leave flagged rows out, so a machine
   * is never counted twice (src/metrics/worldSelection.ts).
   */
  isPossibleDuplicate: boolean;
  duplicateOf: string[];
  /** Names in `Possible Duplicate Of` that no row of the file carries. */
  duplicateOfUnlisted?: string[];
  /** Epoch's own selection of rows for trend analysis. */
  isStandardAnalysis: boolean;
  source: EpochProvenance;
  /** The curated system this row is the same entity as (`data/epoch-matches.json`). */
  curatedId?: string;
}

export interface WorldModel {
  id: string;
  name: string;
  organization?: string;
  countries: string[];
  publicationDate: string;
  domains: string[];
  epochConfidence?: 'Confident' | 'Likely' | 'Speculative' | 'Unknown';
  parameters?: WorldFigure;
  trainingComputeFlop?: WorldFigure;
  datasetSizeGradients?: WorldFigure;
  trainingTimeHours?: WorldFigure;
  hardwareQuantity?: WorldFigure;
  trainingCostUsd2023?: WorldFigure;
  trainingHardware: string[];
  /** The `WorldChip` ids of `trainingHardware` that Epoch's hardware list has (not all: it lacks a few old GPUs). */
  trainingChipIds: string[];
  accessibility?: string;
  /** From Epoch's `Model accessibility`; undefined when Epoch does not say. */
  isOpenWeights?: boolean;
  isFrontier: boolean;
  source: EpochProvenance;
  curatedId?: string;
}

export interface WorldChip {
  id: string;
  name: string;
  manufacturer?: string;
  type?: string;
  releaseDate?: string;
  releasePriceUsd?: WorldFigure;
  fp64Flops?: WorldFigure;
  fp32Flops?: WorldFigure;
  fp16Flops?: WorldFigure;
  tf32Flops?: WorldFigure;
  /** Tensor-core FP16/BF16 peak: the figure to compare with the curated `bf16DenseTflops`. */
  bf16Flops?: WorldFigure;
  int8Ops?: WorldFigure;
  fp8Flops?: WorldFigure;
  fp4Flops?: WorldFigure;
  memoryBytes?: WorldFigure;
  memoryBandwidthBytesPerS?: WorldFigure;
  tdpW?: WorldFigure;
  processNm?: WorldFigure;
  source: EpochProvenance;
  curatedId?: string;
}

/**
 * How the two sides of a matched field compare: the same (numbers within 0.5 %), different
 * (a view shows both values with their sources), or known on one side only.
 */
export type MatchVerdict = 'same' | 'different' | 'only-curated' | 'only-epoch';

/** One field of a curated ↔ Epoch match, with both values and where each comes from. */
export interface MatchField {
  field: string;
  /** `source` is a curated source id (`data/sources.json`); Epoch's side cites the row's links. */
  curated?: { value: string | number; unit?: string; source: string };
  epoch?: { value: string | number; unit?: string };
  verdict: MatchVerdict;
}

export interface WorldMatch {
  kind: 'system' | 'model' | 'hardware';
  curatedId: string;
  epochId: string;
  epochName: string;
  fields: MatchField[];
  note?: string;
}

export interface WorldData {
  format: typeof WORLD_FORMAT;
  version: string;
  /** The date Epoch's data was downloaded; "now" for rankings on the data's last date. */
  snapshot: string;
  clusters: WorldCluster[];
  models: WorldModel[];
  chips: WorldChip[];
  matches: WorldMatch[];
}

/** Bumped when the shape of `world.json` changes, so an old cached file is refused, not misread. */
export const WORLD_FORMAT = 1;
