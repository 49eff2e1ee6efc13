/** English: As of a date (m.asOf). A chunk of its own, loaded with the as-of view (src/view/views.ts). */
import { plural } from '../en.ts';
import type { Messages } from '../es.ts';


const asOf: Messages['asOf'] = {
  title: (when) => `The largest known AI clusters ${when}`,
  subtitle: (n, text, when, top) =>
    `${text} ${plural(n, 'cluster', 'clusters')} running ${when} with known H100-equivalents; the ${top} largest, and the post's systems always. Colour and pattern: sector.`,
  loading: 'Loading Epoch AI’s cluster data…',
  atEndOf: (month) => `at the end of ${month}`,
  onDay: (day) => `on ${day}`,
  axis: 'H100-equivalents',
  control: 'Date',
  month: 'Month',
  slider: 'Date (month)',
  previous: 'Previous month',
  next: 'Next month',
  play: 'Play',
  pause: 'Pause',
  showing: (date) => `Showing ${date}`,
  rankLabel: (rank, name) => `${rank}. ${name}`,
  bar: (rank, name, value, sector, opened) => `No. ${rank} ${name}: ${value} H100-equivalents; ${sector}; running since ${opened}`,
  opened: 'Running since',
  rank: 'Rank',
  rankedOf: 'Clusters ranked',
  postMark: 'the post’s system',
  openedRank: (name, opened, then, of, when, now, nowOf) =>
    `When ${name} opened (${opened}) it was the ${then} largest known cluster of ${of}; ${when} it is the ${now} of ${nowOf}.`,
  notYet: (name, opened, when) => `${name} opened in ${opened}: ${when} it was not running yet.`,
  noRank: (name) => `${name} has no known H100-equivalents in Epoch AI’s data.`,
  sectorKey: 'Sector',
  keyTitle: 'Sector key',
  keyDescription: (list) => `Colour and pattern of each sector: ${list}.`,
  withoutFigure: (n, text) => plural(n, 'One cluster running then has no known H100-equivalents and is not ranked.', `${text} clusters running then have no known H100-equivalents and are not ranked.`),
  alt: (n, when, top, post) =>
    `Bar chart of the largest known AI clusters running ${when}, of ${n}, by H100-equivalents (log scale). ${top} ${post}`,
  largest: (name, n, value) => `The largest: ${name}, with ${value} ${plural(n, 'H100-equivalent', 'H100-equivalents')}.`,
  empty: 'No known cluster was running on this date.',
};

export default asOf;
