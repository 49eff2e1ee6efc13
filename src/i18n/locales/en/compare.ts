/** English: Compare two (m.compare). A chunk of its own, loaded with the compare view (src/view/views.ts). */
import type { Messages } from '../es.ts';
import { plural } from '../en.ts';

const compare: Messages['compare'] = {
  controls: 'Choose what to compare',
  pickA: 'Compare (A)',
  pickB: 'with (B)',
  groups: { system: 'Systems', model: 'Models', money: 'Money' },
  swap: 'Swap A and B',
  presets: 'Comparisons from the post',
  presetLabel: (a, b) => `${a} vs ${b}`,
  measure: 'Measure',
  metrics: {
    accelerators: 'Accelerators',
    h100e: 'H100-equivalents',
    bf16: 'Peak dense BF16',
    money: 'Amount',
    'training-flop': 'Training compute',
    'gpu-hours': 'GPU-hours',
  },
  measureOf: {
    accelerators: 'accelerator count',
    h100e: 'H100-equivalents (by peak BF16)',
    bf16: 'peak dense BF16',
    money: 'amount',
    'training-flop': 'training compute (FLOP)',
    'gpu-hours': 'training GPU-hours',
  },
  gpu: 'GPU',
  h100eq: 'H100-eq',
  title: (a, b) => `${a} vs ${b}`,
  subtitle: (measure, unit) => `Compared by ${measure}. In the chart, ${unit}.`,
  times: (a, av, r, b, bv) => `${a} (${av}) = ${r} × ${b} (${bv}).`,
  percent: (a, av, p, b, bv) => `${a} (${av}) is ${p} of ${b} (${bv}).`,
  inverse: (b, r, a) => `Put the other way: ${b} = ${r} × ${a}.`,
  ratioRange: (lo, hi) => `With the published ranges or bounds, the ratio is between ${lo} and ${hi}.`,
  unitLine: (unit) => `1 ■ = ${unit}`,
  squares: (n) => `${n} ${plural(n, 'square', 'squares')}`,
  chartAlt: (blocks, unit) => `Unit chart: ${blocks}. Each square is ${unit}.`,
  side: 'Side',
  detail: { scope: 'Scope', convertedFrom: 'Converted from', saidBy: 'Said by' },
  none: {
    title: 'No shared measure',
    differentKinds: (a, ak, b, bk) => `${a} is ${ak} and ${b} is ${bk}: they share no measure, so there is no ratio to compute.`,
    missing: (name) => `${name} has no comparable figure in the data (GPU count, training compute or amount).`,
    noShared: (a, b) => `${a} and ${b} have no measure in common (for instance, one has only FLOP and the other only GPU-hours).`,
    tryPreset: 'Try one of the comparisons from the post:',
    kinds: { system: 'a system', model: 'a model', money: 'a money figure' },
  },
};

export default compare;
