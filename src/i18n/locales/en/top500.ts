/** English: TOP500 history and editions (m.top500). A chunk of its own, loaded with the TOP500 view (src/view/views.ts). */
import type { Messages } from '../es.ts';
import { count } from '../en.ts';

const top500: Messages['top500'] = {
  top500Title: 'Rank on the TOP500 list, edition by edition',
  top500Subtitle: (n, e) => `${count(n, 'system', 'systems')} across ${count(e, 'edition', 'editions')} (1 = the most powerful; log scale). MareNostrum 5 highlighted.`,
  rankAxis: 'Rank',
  rank: 'Rank',
  edition: 'Edition',
  rmax: 'Rmax',
  noRmax: 'no Rmax in the data',
  top500Alt: (sentences, n, e) => `Line chart of the TOP500 rank of ${count(n, 'system', 'systems')} across ${count(e, 'list edition', 'list editions')}. ${sentences}`,
  trajectory: (name, r1, e1, r2, e2) => `${name} was ${r1} in ${e1} and ${r2} in ${e2}.`,
  single: (name, r, e) => `${name} was ${r} in ${e}.`,
  notOfficial: (e) => `The ${e} figure is not official: a third party reports it.`,
  emptyHistory: 'No system in the dataset has TOP500 ranks.',
  pickEditionHint: 'Click a point (or press Enter on it) to see that edition in the bar chart below.',
  editionPicker: 'List edition',
  editionTitle: (e) => `TOP500 of ${e}: the dataset's systems by Rmax`,
  editionSubtitle: (n) => `${count(n, 'system', 'systems')}, in PFLOP/s of Rmax (HPL, FP64). The number is their rank on that list.`,
  editionAxis: 'PFLOP/s Rmax (HPL, FP64)',
  editionAlt: (e, n, top) => `Bar chart of the Rmax of ${count(n, 'system', 'systems')} on the TOP500 list of ${e}. ${top}`,
  rankedWith: (name, rank, value) => `${name} is ${rank} with ${value}.`,
  noRmaxInEdition: (list) => `No bar, because the data has no Rmax for them in this edition: ${list}.`,
  emptyEdition: 'No system on this edition has an Rmax in the data.',
};

export default top500;
