/** Spanish: Models and chips over time (m.worldCharts). A chunk of its own, loaded with the world models and chips views (src/view/views.ts). */
import { count } from '../es.ts';

// Numbers arrive formatted.
const worldCharts = {
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
};

export default worldCharts;
