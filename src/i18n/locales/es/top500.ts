/** Spanish: TOP500 history and editions (m.top500). A chunk of its own, loaded with the TOP500 view (src/view/views.ts). */
import { count } from '../es.ts';

const top500 = {
  top500Title: 'Puesto en la lista TOP500, edición a edición',
  top500Subtitle: (n: number, e: number) =>
    `${count(n, 'sistema', 'sistemas')} en ${count(e, 'edición', 'ediciones')} (1 = el más potente; escala logarítmica). MareNostrum 5, resaltado.`,
  rankAxis: 'Puesto',
  rank: 'Puesto',
  edition: 'Edición',
  rmax: 'Rmax',
  noRmax: 'sin Rmax en los datos',
  top500Alt: (sentences: string, n: number, e: number) =>
    `Gráfico de líneas del puesto en el TOP500 de ${count(n, 'sistema', 'sistemas')} en ${count(e, 'edición', 'ediciones')} de la lista. ${sentences}`,
  trajectory: (name: string, r1: string, e1: string, r2: string, e2: string) => `${name} fue ${r1} en ${e1} y ${r2} en ${e2}.`,
  single: (name: string, r: string, e: string) => `${name} fue ${r} en ${e}.`,
  notOfficial: (e: string) => `El dato de ${e} no es oficial: lo publica un tercero.`,
  emptyHistory: 'Ningún sistema del conjunto de datos tiene puestos en el TOP500.',
  pickEditionHint: 'Haz clic en un punto (o pulsa Intro sobre él) para ver esa edición en el gráfico de barras de abajo.',
  editionPicker: 'Edición de la lista',
  editionTitle: (e: string) => `TOP500 de ${e}: los sistemas del conjunto de datos, por Rmax`,
  editionSubtitle: (n: number) => `${count(n, 'sistema', 'sistemas')}, en PFLOP/s de Rmax (HPL, FP64). El número es su puesto en esa lista.`,
  editionAxis: 'PFLOP/s Rmax (HPL, FP64)',
  editionAlt: (e: string, n: number, top: string) => `Gráfico de barras del Rmax de ${count(n, 'sistema', 'sistemas')} en la lista TOP500 de ${e}. ${top}`,
  rankedWith: (name: string, rank: string, value: string) => `${name} es ${rank} con ${value}.`,
  noRmaxInEdition: (list: string) => `Sin barra, porque los datos no tienen su Rmax en esta edición: ${list}.`,
  emptyEdition: 'Ningún sistema de esta edición tiene Rmax en los datos.',
};

export default top500;
