/** English: Models and chips over time (m.worldCharts). A chunk of its own, loaded with the world models and chips views (src/view/views.ts). */
import type { Messages } from '../es.ts';
import { count } from '../en.ts';

const worldCharts: Messages['worldCharts'] = {
  loading: 'Loading Epoch AI’s data…',
  loadError: 'Epoch AI’s data could not be loaded.',
  retry: 'Retry',
  modelsTitle: 'Training compute of AI models over time',
  modelsSubtitle: (n, from) =>
    `${count(n, 'model', 'models')} with a published figure, in FLOP (log scale) by publication date. Trend fitted to the models since ${from}.`,
  flopAxis: 'Training FLOP',
  dateAxis: 'Publication date',
  access: 'Weights',
  accessAll: 'All',
  accessOpen: 'Open',
  accessClosed: 'Closed',
  open: 'Open weights',
  closed: 'Closed weights',
  unknownAccess: 'Access not stated',
  epochWord: 'Epoch’s confidence',
  organization: 'Organisation',
  published: 'Published',
  from: 'Figure from',
  fromCurated: 'the atlas’s data',
  fromEpoch: 'Epoch AI',
  fromBoth: 'the atlas’s data (Epoch AI gives another figure)',
  epochValue: 'Epoch AI’s figure',
  trendLine: (growth) => `trend ×${growth}/yr`,
  trendSentence: (growth, lo, hi, dbl, dlo, dhi, n) =>
    `Training compute grows ×${growth} a year (90 % interval: ×${lo} to ×${hi}); it doubles every ${dbl} months (${dlo} to ${dhi}), from ${count(n, 'model', 'models')}.`,
  noTrend: 'With fewer than three models no trend is fitted.',
  modelsAlt: (n, trend, top, post) =>
    `Scatter plot of the training compute of ${count(n, 'AI model', 'AI models')} by publication date, on a log scale. ${trend} ${top} ${post}`,
  largest: (name, value, date) => `The largest is ${name}, at ${value} (${date}).`,
  postModels: (list) => `The post’s models: ${list}.`,
  notShown: (list) => `Without a date or a compute figure, not drawn: ${list}.`,
  chipsTitle: (basis) => `Peak dense ${basis} performance of accelerators, by release date`,
  chipsSubtitle: (n, basis) =>
    `${count(n, 'accelerator', 'accelerators')} with a published ${basis} figure, in TFLOP/s (log scale). Colour and shape: vendor. The post’s chips, highlighted.`,
  flopsAxis: (basis) => `Dense ${basis} TFLOP/s`,
  releaseAxis: 'Release date',
  basis: 'Precision',
  vendor: 'Vendor',
  otherVendor: 'Others',
  released: 'Released',
  price: 'Release price',
  noPrice: 'no known price',
  chipsAlt: (n, basis, top, post) =>
    `Scatter plot of the peak dense ${basis} performance of ${count(n, 'accelerator', 'accelerators')} by release date, on a log scale. ${top} ${post}`,
  postChips: (list) => `The post’s chips: ${list}.`,
};

export default worldCharts;
