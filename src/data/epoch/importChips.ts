/** `ml_hardware.csv` rows → `WorldChip` records (ids and matches are added by importWorld). */
import type { DataError } from '../validate.ts';
import { cellReader, type Row } from './cells.ts';
import { LIST_ITEM_MAX, NAME_MAX, displayName } from './textLimits.ts';
import type { WorldChip } from './worldTypes.ts';

export const CHIP_COLUMNS = [
  'Hardware name', 'Manufacturer', 'Type', 'Release date', 'Release price (USD)',
  'FP64 (double precision) performance (FLOP/s)', 'FP32 (single precision) performance (FLOP/s)',
  'FP16 (half precision) performance (FLOP/s)', 'TF32 (TensorFloat-32) performance (FLOP/s)',
  'Tensor-FP16/BF16 performance (FLOP/s)', 'INT8 performance (OP/s)', 'FP8 performance (FLOP/s)',
  'FP4 performance (FLOP/s)', 'Memory size per board (Byte)', 'Memory bandwidth (byte/s)', 'TDP (W)',
  'Process size (nm)', 'Link to datasheet', 'Source for the price',
] as const;

export type ChipDraft = Omit<WorldChip, 'id'>;

export function readChip(file: string, rowNumber: number, row: Row, snapshot: string, errors: DataError[]): ChipDraft | undefined {
  const before = errors.length;
  const c = cellReader(file, rowNumber, (row['Hardware name'] ?? '').slice(0, 60), row, errors);
  const name = displayName(c.text('Hardware name', NAME_MAX, true));
  const releaseDate = c.date('Release date');
  const asOf = releaseDate ?? snapshot;
  // Datasheet and list-price figures, relayed by Epoch.
  const fig = (column: string, unit: string) => c.fig(column, unit, asOf, 'reported');
  const draft: ChipDraft = {
    name: name ?? '',
    manufacturer: c.text('Manufacturer', LIST_ITEM_MAX),
    type: c.text('Type', LIST_ITEM_MAX),
    releaseDate,
    releasePriceUsd: fig('Release price (USD)', 'USD'),
    fp64Flops: fig('FP64 (double precision) performance (FLOP/s)', 'FLOP/s'),
    fp32Flops: fig('FP32 (single precision) performance (FLOP/s)', 'FLOP/s'),
    fp16Flops: fig('FP16 (half precision) performance (FLOP/s)', 'FLOP/s'),
    tf32Flops: fig('TF32 (TensorFloat-32) performance (FLOP/s)', 'FLOP/s'),
    bf16Flops: fig('Tensor-FP16/BF16 performance (FLOP/s)', 'FLOP/s'),
    int8Ops: fig('INT8 performance (OP/s)', 'OP/s'),
    fp8Flops: fig('FP8 performance (FLOP/s)', 'FLOP/s'),
    fp4Flops: fig('FP4 performance (FLOP/s)', 'FLOP/s'),
    memoryBytes: fig('Memory size per board (Byte)', 'bytes'),
    memoryBandwidthBytesPerS: fig('Memory bandwidth (byte/s)', 'bytes/s'),
    tdpW: fig('TDP (W)', 'W'),
    processNm: fig('Process size (nm)', 'nm'),
    source: { dataset: 'ml-hardware', row: rowNumber, epochName: name ?? '', sourceUrls: c.urls(['Link to datasheet', 'Source for the price']) },
  };
  return errors.length === before ? draft : undefined;
}
