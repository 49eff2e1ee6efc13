/** English: The models' scatter charts (m.modelCharts). A chunk of its own, loaded with the models view (src/view/views.ts). */
import type { Messages } from '../es.ts';
import { count } from '../en.ts';

const modelCharts: Messages['modelCharts'] = {
  costTitle: 'Training compute against cost',
  costSubtitle: (n, cur) => `${count(n, 'model', 'models')} with both figures, log scales: training FLOP and the compute's cost in ${cur}.`,
  paramsTitle: 'Parameters against training tokens',
  paramsSubtitle: (n) => `${count(n, 'model', 'models')} with both figures, log scales.`,
  flopAxis: 'Training FLOP',
  costAxis: (cur) => `Training compute cost, ${cur}`,
  paramsAxis: 'Parameters, billions',
  tokensAxis: 'Training tokens, T (10¹²)',
  cost: 'Cost',
  tokens: 'Tokens',
  noCost: 'no published training cost',
  noTokens: 'no token count in the data',
  notShown: (list, why) => `Not on the chart: ${list} (${why}).`,
  whyNoFlop: 'no published FLOP',
  whyNoCost: 'no published training cost',
  whyNoParams: 'no parameter count in the data',
  whyNoTokens: 'no token count in the data',
  scatterAlt: (what, n, top) => `Log-log scatter plot of ${what}, ${count(n, 'model', 'models')}. ${top}`,
  costTop: (name, flop, cost) => `The most compute is ${name}'s: ${flop}, at a cost of ${cost}.`,
  paramsTop: (name, params, tokens) => `The most parameters are ${name}'s: ${params} and ${tokens}.`,
  emptyScatter: 'No model has both figures of this chart.',
};

export default modelCharts;
