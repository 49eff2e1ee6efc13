/**
 * Strings about Epoch AI's data (the world around the post). Spanish first; English typed from
 * it, so a key missing in one language fails the type check. The citations and caveats
 * themselves are data: data/epoch/attribution.json.
 */
const es = {
  world: {
    sourcesTitle: 'El mundo alrededor del artículo: datos de Epoch AI',
    sourcesIntro: (date: string) =>
      `Clústeres de GPU, modelos notables y chips de Epoch AI, descargados el ${date}. Se muestran y exportan con su atribución, como pide la licencia.`,
    licence: 'Licencia',
    citations: 'Cómo citar cada conjunto de datos',
    caveats: 'Lo que Epoch AI advierte sobre sus datos, y cómo lo trata el atlas',
  },
};

const en: typeof es = {
  world: {
    sourcesTitle: 'The world around the post: Epoch AI data',
    sourcesIntro: (date) =>
      `GPU clusters, notable models and chips from Epoch AI, downloaded on ${date}. Shown and exported with attribution, as the licence asks.`,
    licence: 'Licence',
    citations: 'How to cite each dataset',
    caveats: 'What Epoch AI says about its own data, and how the atlas handles it',
  },
};

export const worldMessages = { es, en };
export type WorldMessages = typeof es;
