/** Spanish: Epoch AI's credit and data in the Sources tab (m.world). A chunk of its own, loaded with the world views and Sources, and with the world data (src/view/views.ts). */
// Citations and caveats are data: data/epoch/attribution.json.
const world = {
  sourcesTitle: 'El mundo alrededor del artículo: datos de Epoch AI',
  sourcesIntro: (date: string) =>
    `Clústeres de GPU, modelos notables y chips de Epoch AI, descargados el ${date}. Se muestran y exportan con su atribución, como pide la licencia.`,
  licence: 'Licencia',
  /** The credit line the licence asks for on every chart, image and CSV. */
  credit: (credit: string, licence: string) => `Datos: ${credit} (${licence})`,
  citations: 'Cómo citar cada conjunto de datos',
  caveats: 'Lo que Epoch AI advierte sobre sus datos, y cómo lo trata el atlas',
};

export default world;
