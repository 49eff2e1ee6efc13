/**
 * Strings of the "embed" feature, namespaced under `m.embed`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
const es = {
  embed: {
    openInAtlas: 'Abrir en Atlas del cómputo',
    newTab: '(se abre en otra pestaña)',
    unavailable: (chart: string) => `El gráfico «${chart}» todavía no se puede insertar en otras páginas.`,
    unknownChart: 'Esta dirección no corresponde a ningún gráfico del Atlas.',
    loadError: 'No se pudieron cargar los datos del gráfico.',
    noscript: 'Vista fija: sin JavaScript, el gráfico no muestra detalles al pasar por las barras.',
    imageLink: 'Imagen del gráfico (PNG)',
    providerName: 'Atlas del cómputo',
  },
};

export const embedMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    embed: {
      openInAtlas: 'Open in Compute Atlas',
      newTab: '(opens in a new tab)',
      unavailable: (chart: string) => `The “${chart}” chart cannot be embedded in other pages yet.`,
      unknownChart: 'This address is not one of the Atlas’s charts.',
      loadError: 'The chart’s data could not be loaded.',
      noscript: 'Static view: without JavaScript, the chart shows no details when you point at a bar.',
      imageLink: 'Chart image (PNG)',
      providerName: 'Compute Atlas',
    },
  },
};
