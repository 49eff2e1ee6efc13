/** English: Where the compute is (m.where). A chunk of its own, loaded with the where view (src/view/views.ts). */
import type { Messages } from '../es.ts';

const where: Messages['where'] = {
  title: (group) => `Where the compute is: known H100-equivalents by ${group}`,
  titleShare: (group) => `Where the compute is: share of the known H100-equivalents by ${group}`,
  subtitle: (from, to) => `Running clusters, summed at the end of each quarter, from ${from} to ${to}. No planned clusters, no possible duplicates.`,
  loading: 'Loading Epoch AI’s cluster data…',
  group: 'Group by',
  groups: { region: 'region', sector: 'sector' },
  groupOptions: { region: 'Region', sector: 'Sector' },
  measure: 'Measure',
  absolute: 'H100-equivalents',
  share: 'Share',
  axis: 'Known H100-equivalents',
  axisShare: 'Share of the known total',
  unknownSector: 'Unknown sector',
  callout: (date, spain, spainValue, eu, euValue) =>
    `On ${date} Spain holds ${spain} of the known H100-equivalents (${spainValue}); the EU ${eu} (${euValue}).`,
  leftOut: (n, date) => `${n} clusters running on ${date} have no known H100-equivalents and are left out of the sum.`,
  column: (date, total, parts) => `${date}: ${total} known H100-equivalents. ${parts}`,
  total: 'Known total',
  withoutFigure: 'Running clusters without H100-equivalents',
  quarterAxis: 'Quarter end',
  alt: (group, from, to, total, parts, callout) =>
    `Stacked area chart of the known H100-equivalents by ${group}, from ${from} to ${to}. On ${to}, ${total} in all: ${parts}. ${callout}`,
  quarter: (q, year) => `Q${q} ${year}`,
  empty: 'No clusters with known H100-equivalents.',
};

export default where;
