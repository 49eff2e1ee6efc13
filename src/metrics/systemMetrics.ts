/**
 * What a bar on the GPU chart measures. Accelerator counts come straight from the data; peak
 * BF16 and H100-equivalents multiply the count by the accelerator's datasheet peak, so they
 * inherit the weaker confidence of the two and cite both sources.
 */
import type { Confidence, Figure, Hardware, SystemRecord } from '../data/schema.ts';
import { weakestConfidence } from './confidence.ts';

export const SYSTEM_METRICS = ['accelerators', 'bf16', 'h100e'] as const;
export type SystemMetric = (typeof SYSTEM_METRICS)[number];

/** The reference accelerator for "H100-equivalents": the datasheet H100 SXM5 80 GB. */
export const H100_REFERENCE_ID = 'h100-sxm-80gb';

export interface MetricValue {
  value: number;
  /** 'accelerators' | 'PFLOP/s' | 'H100-eq' */
  unit: string;
  confidence: Confidence;
  asOf: string;
  /** The figures it was computed from, for the tooltip and the sources list. */
  inputs: Figure[];
  /**
   * How to read the value when an input is not exact: an upper-bound input makes the result an
   * upper bound, any other inexact input makes it approximate; absent when every input is exact.
   */
  qualifier?: 'at-most' | 'about' | 'less-than' | 'at-least';
}

function combinedQualifier(inputs: readonly Figure[]): MetricValue['qualifier'] {
  // A range is drawn from `high`, not marked; only the other qualifiers make a value inexact.
  const inexact = inputs.map((f) => f.qualifier).filter((q) => q !== undefined && q !== 'exact' && q !== 'range');
  if (inexact.length === 0) return undefined;
  if (inputs.length === 1) return inexact[0] as MetricValue['qualifier'];
  return inexact.every((q) => q === 'at-most') ? 'at-most' : 'about';
}

export function systemMetric(
  system: SystemRecord,
  hardwareById: ReadonlyMap<string, Hardware>,
  metric: SystemMetric,
): MetricValue | null {
  const count = system.acceleratorCount;
  if (!count) return null;
  if (metric === 'accelerators')
    return {
      value: count.value,
      unit: 'accelerators',
      confidence: count.confidence,
      asOf: count.asOf,
      inputs: [count],
      qualifier: combinedQualifier([count]),
    };
  const peak = system.accelerator ? hardwareById.get(system.accelerator)?.bf16DenseTflops : undefined;
  if (!peak) return null;
  const inputs = [count, peak];
  if (metric === 'bf16')
    return {
      value: (count.value * peak.value) / 1000,
      unit: 'PFLOP/s',
      confidence: weakestConfidence(count.confidence, peak.confidence),
      asOf: count.asOf,
      inputs,
      qualifier: combinedQualifier(inputs),
    };
  const ref = hardwareById.get(H100_REFERENCE_ID)?.bf16DenseTflops;
  if (!ref) return null;
  return {
    value: (count.value * peak.value) / ref.value,
    unit: 'H100-eq',
    confidence: weakestConfidence(count.confidence, peak.confidence, ref.confidence),
    asOf: count.asOf,
    inputs: [...inputs, ref],
    qualifier: combinedQualifier(inputs),
  };
}
