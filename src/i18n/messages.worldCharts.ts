/**
 * Strings of the world charts over time (issue 11's views 4 and 5: models and chips), under
 * `worldCharts`. Imported by their panels only, so the default view's bundle does not carry
 * them. Spanish first; English typed from it, so a key missing in one language fails the type
 * check. Numbers arrive formatted; nothing here knows a figure.
 */
const count = (n: number, one: string, many: string) => `${n}\u00a0${n === 1 ? one : many}`;

const es = {
  worldCharts: {
    loading: 'Cargando los datos de Epoch AI…',
    loadError: 'No se pudieron cargar los datos de Epoch AI.',
    retry: 'Reintentar',
    // Models over time
    modelsTitle: 'Cómputo de entrenamiento de los modelos, a lo largo del tiempo',
    modelsSubtitle: (n: number, from: string) =>
      `${count(n, 'modelo', 'modelos')} con cifra publicada, en FLOP (escala logarítmica) por fecha de publicación. Tendencia ajustada a los modelos desde ${from}.`,
    flopAxis: 'FLOP de entrenamiento',
    dateAxis: 'Fecha de publicación',
    access: 'Pesos',
    accessAll: 'Todos',
    accessOpen: 'Abiertos',
    accessClosed: 'Cerrados',
    open: 'Pesos abiertos',
    closed: 'Pesos cerrados',
    unknownAccess: 'Acceso no indicado',
    epochWord: 'Confianza según Epoch',
    organization: 'Organización',
    published: 'Publicado',
    from: 'Origen de la cifra',
    fromCurated: 'datos del atlas',
    fromEpoch: 'Epoch AI',
    fromBoth: 'datos del atlas (Epoch AI da otra cifra)',
    epochValue: 'Cifra de Epoch AI',
    trendLine: (growth: string) => `tendencia ×${growth}/año`,
    trendSentence: (growth: string, lo: string, hi: string, dbl: string, dlo: string, dhi: string, n: number) =>
      `El cómputo de entrenamiento crece ×${growth} al año (intervalo del 90 %: ×${lo} a ×${hi}); se duplica cada ${dbl} meses (${dlo} a ${dhi}), según ${count(n, 'modelo', 'modelos')}.`,
    noTrend: 'Con menos de tres modelos no se ajusta tendencia.',
    modelsAlt: (n: number, trend: string, top: string, post: string) =>
      `Gráfico de dispersión del cómputo de entrenamiento de ${count(n, 'modelo', 'modelos')} de IA por fecha de publicación, en escala logarítmica. ${trend} ${top} ${post}`,
    largest: (name: string, value: string, date: string) => `El mayor es ${name}, con ${value} (${date}).`,
    postModels: (list: string) => `Modelos del artículo: ${list}.`,
    notShown: (list: string) => `Sin fecha o sin cifra de cómputo, no se dibujan: ${list}.`,
    // Chips over time
    chipsTitle: (basis: string) => `Rendimiento máximo denso ${basis} de los aceleradores, por fecha de lanzamiento`,
    chipsSubtitle: (n: number, basis: string) =>
      `${count(n, 'acelerador', 'aceleradores')} con cifra ${basis} publicada, en TFLOP/s (escala logarítmica). Color y forma: fabricante. Los chips del artículo, resaltados.`,
    flopsAxis: (basis: string) => `TFLOP/s ${basis} densos`,
    releaseAxis: 'Fecha de lanzamiento',
    basis: 'Precisión',
    vendor: 'Fabricante',
    otherVendor: 'Otros',
    released: 'Lanzamiento',
    price: 'Precio de lanzamiento',
    noPrice: 'sin precio conocido',
    chipsAlt: (n: number, basis: string, top: string, post: string) =>
      `Gráfico de dispersión del rendimiento máximo denso ${basis} de ${count(n, 'acelerador', 'aceleradores')} por fecha de lanzamiento, en escala logarítmica. ${top} ${post}`,
    postChips: (list: string) => `Chips del artículo: ${list}.`,
  },
};

const en: typeof es = {
  worldCharts: {
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
  },
};

export const worldChartsMessages = { es, en };
export type WorldChartsMessages = typeof es;
