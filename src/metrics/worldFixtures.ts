/** A WorldCluster for metric tests: an existing, confirmed, counted cluster unless told otherwise. */
import type { WorldCluster } from '../data/epoch/worldTypes.ts';

export function testCluster(id: string, fields: Partial<WorldCluster> & { h100?: number } = {}): WorldCluster {
  const { h100, ...rest } = fields;
  return {
    id,
    name: id,
    status: 'existing',
    epochCertainty: 'Confirmed',
    region: 'us',
    sector: 'private',
    chipVendor: 'NVIDIA',
    isPossibleDuplicate: false,
    duplicateOf: [],
    isStandardAnalysis: true,
    source: { dataset: 'gpu-clusters', row: 1, epochName: id, sourceUrls: [] },
    ...(h100 === undefined ? {} : { h100e: { value: h100, unit: 'H100e', asOf: fields.firstOperational ?? '2025-12-17', confidence: 'estimate' } }),
    ...rest,
  };
}
