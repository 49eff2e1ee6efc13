/** English: Epoch AI's GPU clusters: clusters over time, and the words for a cluster's sector, status and region (m.clusters). A chunk of its own, loaded with the world views, and with the world data (src/view/views.ts). */
import { plural } from '../en.ts';
import type { Messages } from '../es.ts';


const clusters: Messages['clusters'] = {
  title: 'AI clusters over time',
  subtitle: (n, text) => `${text} GPU ${plural(n, 'cluster', 'clusters')} by first operational date and H100-equivalents (log scale).`,
  xAxis: 'First operational date',
  yAxis: 'H100-equivalents',
  loading: 'Loading Epoch AI’s cluster data…',
  filters: 'Cluster filters',
  region: 'Region',
  regions: { spain: 'Spain', 'rest-of-eu': 'Rest of the EU', us: 'US', china: 'China', others: 'Others' },
  sector: 'Sector',
  sectors: { public: 'Public', private: 'Private', 'public-private': 'Public-private' },
  noSector: 'Unknown sector',
  status: 'Status',
  statuses: { existing: 'Existing', decommissioned: 'Decommissioned', planned: 'Planned' },
  certainty: 'Certainty (Epoch’s)',
  certainties: { confirmed: 'Confirmed', likely: 'Likely', unlikely: 'Unlikely' },
  vendor: 'Chip vendor',
  vendors: { nvidia: 'NVIDIA', amd: 'AMD', google: 'Google', other: 'Others', undisclosed: 'Undisclosed' },
  trendSelection: 'Trends fitted to',
  trendSelections: { standard: 'Epoch’s standard analysis', all: 'All rows' },
  trendLabel: (sector, growth, doubling, interval) => `${sector}: ×${growth} per year; doubles every ${doubling} (90% CI: ${interval})`,
  trendNone: (sector) => `${sector}: too few points for a trend`,
  trendBasis: (n, text, selection) => `Trends (log-linear fit) on ${text} ${plural(n, 'cluster', 'clusters')}: ${selection}, no planned clusters or possible duplicates.`,
  months: (n) => `${n} months`,
  frontier: (sector) => `Largest existing ${sector.toLowerCase()} cluster`,
  gap: (ratio, date) => `On ${date}, the largest private cluster is ×${ratio} the largest public one.`,
  trendLegend: 'Trend',
  notShown: (n, text) => `${plural(n, 'One cluster in this selection is', `${text} clusters in this selection are`)} not drawn: no known date or H100-equivalents.`,
  plannedNote: 'Planned clusters are drawn hollow, at their expected date.',
  empty: 'No cluster matches these filters.',
  alt: (n, text, first, last, largest, growthText) =>
    `Scatter plot of ${text} GPU ${plural(n, 'cluster', 'clusters')} between ${first} and ${last}, by H100-equivalents on a log scale. The largest: ${largest}. ${growthText}`,
  detail: { sector: 'Sector', status: 'Status', certainty: 'Certainty', country: 'Country', owner: 'Owner', chip: 'Chip', date: 'First operational', standard: 'In the standard analysis', yes: 'yes', no: 'no', epochRow: 'Epoch row' },
  /** Where the curated data and Epoch disagree on a post's system: the field, and both values with their sources. */
  matchField: { accelerators: 'Accelerators', accelerator: 'Accelerator', opened: 'In service since', country: 'Country', sector: 'Sector' },
  disagree: (atlas, source, epoch) => `${atlas} per ${source}; per Epoch: ${epoch}`,
  disagreeUnsourced: (atlas, epoch) => `${atlas}; per Epoch: ${epoch}`,
  markLabel: (name, n, value, date, sector, status, certainty) => `${name}: ${value} ${plural(n, 'H100-equivalent', 'H100-equivalents')}, ${date}; ${sector}, ${status}, ${certainty}`,
  legendShape: 'Colour and shape: sector. Fill: certainty (solid confirmed, faint likely, dashed outline unlikely). Hollow: planned.',
};

export default clusters;
