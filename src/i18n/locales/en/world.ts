/** English: Epoch AI's credit and data in the Sources tab (m.world). A chunk of its own, loaded with the world views and Sources, and with the world data (src/view/views.ts). */
import type { Messages } from '../es.ts';

const world: Messages['world'] = {
  sourcesTitle: 'The world around the post: Epoch AI data',
  sourcesIntro: (date) =>
    `GPU clusters, notable models and chips from Epoch AI, downloaded on ${date}. Shown and exported with attribution, as the licence asks.`,
  licence: 'Licence',
  credit: (credit, licence) => `Data: ${credit} (${licence})`,
  citations: 'How to cite each dataset',
  caveats: 'What Epoch AI says about its own data, and how the atlas handles it',
};

export default world;
