/** Spanish: As of a date (m.asOf). A chunk of its own, loaded with the as-of view (src/view/views.ts). */
import { plural } from '../es.ts';


const asOf = {
  title: (when: string) => `Los mayores clústeres de IA conocidos ${when}`,
  subtitle: (n: number, text: string, when: string, top: string) =>
    `${text} ${plural(n, 'clúster', 'clústeres')} en servicio ${when} con equivalentes H100 conocidos; los ${top} mayores, y los sistemas del artículo siempre. Color y trama: sector.`,
  loading: 'Cargando los datos de clústeres de Epoch AI…',
  atEndOf: (month: string) => `a final de ${month}`,
  onDay: (day: string) => `el ${day}`,
  axis: 'Equivalentes H100',
  control: 'Fecha',
  month: 'Mes',
  slider: 'Fecha (mes)',
  previous: 'Mes anterior',
  next: 'Mes siguiente',
  play: 'Reproducir',
  pause: 'Pausa',
  showing: (date: string) => `Mostrando ${date}`,
  rankLabel: (rank: string, name: string) => `${rank}. ${name}`,
  bar: (rank: string, name: string, value: string, sector: string, opened: string) => `${rank}.º ${name}: ${value} equivalentes H100; ${sector}; en servicio desde ${opened}`,
  opened: 'En servicio desde',
  rank: 'Puesto',
  rankedOf: 'Clústeres clasificados',
  postMark: 'sistema del artículo',
  openedRank: (name: string, opened: string, then: string, of: string, when: string, now: string, nowOf: string) =>
    `Cuando ${name} entró en servicio (${opened}) era el ${then} mayor clúster conocido de ${of}; ${when} es el ${now} de ${nowOf}.`,
  notYet: (name: string, opened: string, when: string) => `${name} entró en servicio en ${opened}: ${when} aún no funcionaba.`,
  noRank: (name: string) => `${name} no tiene equivalentes H100 conocidos en los datos de Epoch AI.`,
  sectorKey: 'Sector',
  keyTitle: 'Clave de sectores',
  keyDescription: (list: string) => `Color y trama de cada sector: ${list}.`,
  withoutFigure: (n: number, text: string) =>
    plural(n, 'Un clúster en servicio entonces no tiene equivalentes H100 conocidos y no se clasifica.', `${text} clústeres en servicio entonces no tienen equivalentes H100 conocidos y no se clasifican.`),
  alt: (n: string, when: string, top: string, post: string) =>
    `Gráfico de barras de los mayores clústeres de IA conocidos en servicio ${when}, de ${n}, por equivalentes H100 (escala logarítmica). ${top} ${post}`,
  largest: (name: string, n: number, value: string) => `El mayor: ${name}, con ${value} ${plural(n, 'equivalente', 'equivalentes')} H100.`,
  empty: 'Ningún clúster conocido en servicio en esta fecha.',
};

export default asOf;
