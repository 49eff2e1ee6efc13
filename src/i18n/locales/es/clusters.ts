/** Spanish: Epoch AI's GPU clusters: clusters over time, and the words for a cluster's sector, status and region (m.clusters). A chunk of its own, loaded with the world views, and with the world data (src/view/views.ts). */
import { plural } from '../es.ts';


const clusters = {
  title: 'Clústeres de IA a lo largo del tiempo',
  subtitle: (n: number, text: string) => `${text} ${plural(n, 'clúster', 'clústeres')} de GPU por fecha de entrada en servicio y equivalentes H100 (escala logarítmica).`,
  xAxis: 'Primera fecha operativa',
  yAxis: 'Equivalentes H100',
  loading: 'Cargando los datos de clústeres de Epoch AI…',
  filters: 'Filtros de clústeres',
  region: 'Región',
  regions: { spain: 'España', 'rest-of-eu': 'Resto de la UE', us: 'EE. UU.', china: 'China', others: 'Otros' },
  sector: 'Sector',
  sectors: { public: 'Público', private: 'Privado', 'public-private': 'Público-privado' },
  noSector: 'Sector desconocido',
  status: 'Estado',
  statuses: { existing: 'En servicio', decommissioned: 'Retirado', planned: 'Planificado' },
  certainty: 'Certeza (de Epoch)',
  certainties: { confirmed: 'Confirmado', likely: 'Probable', unlikely: 'Improbable' },
  vendor: 'Fabricante del chip',
  vendors: { nvidia: 'NVIDIA', amd: 'AMD', google: 'Google', other: 'Otros', undisclosed: 'No revelado' },
  trendSelection: 'Tendencias ajustadas a',
  trendSelections: { standard: 'Análisis estándar de Epoch', all: 'Todas las filas' },
  trendLabel: (sector: string, growth: string, doubling: string, interval: string) =>
    `${sector}: ×${growth} al año; se duplica cada ${doubling} (IC 90 %: ${interval})`,
  trendNone: (sector: string) => `${sector}: pocos puntos para una tendencia`,
  trendBasis: (n: number, text: string, selection: string) => `Tendencias (ajuste log-lineal) sobre ${text} ${plural(n, 'clúster', 'clústeres')}: ${selection}, sin planificados ni posibles duplicados.`,
  months: (n: string) => `${n} meses`,
  frontier: (sector: string) => `Mayor clúster ${sector.toLowerCase()} en servicio`,
  gap: (ratio: string, date: string) => `El ${date}, el mayor clúster privado es ×${ratio} el mayor público.`,
  trendLegend: 'Tendencia',
  notShown: (n: number, text: string) =>
    plural(n, 'Un clúster de esta selección no aparece', `${text} clústeres de esta selección no aparecen`) + ' por no tener fecha o equivalentes H100 conocidos.',
  plannedNote: 'Los planificados se dibujan huecos y en su fecha prevista.',
  empty: 'Ningún clúster cumple estos filtros.',
  alt: (n: number, text: string, first: string, last: string, largest: string, growthText: string) =>
    `Gráfico de dispersión de ${text} ${plural(n, 'clúster', 'clústeres')} de GPU entre ${first} y ${last}, por equivalentes H100 en escala logarítmica. El mayor: ${largest}. ${growthText}`,
  detail: { sector: 'Sector', status: 'Estado', certainty: 'Certeza', country: 'País', owner: 'Propietario', chip: 'Chip', date: 'Primera fecha operativa', standard: 'En el análisis estándar', yes: 'sí', no: 'no', epochRow: 'Fila de Epoch' },
  /** Where the curated data and Epoch disagree on a post's system: the field, and both values with their sources. */
  matchField: { accelerators: 'Aceleradores', accelerator: 'Acelerador', opened: 'En servicio desde', country: 'País', sector: 'Sector' },
  disagree: (atlas: string, source: string, epoch: string) => `${atlas}, según ${source}; según Epoch: ${epoch}`,
  disagreeUnsourced: (atlas: string, epoch: string) => `${atlas}; según Epoch: ${epoch}`,
  markLabel: (name: string, n: number, value: string, date: string, sector: string, status: string, certainty: string) =>
    `${name}: ${value} ${plural(n, 'equivalente', 'equivalentes')} H100, ${date}; ${sector}, ${status}, ${certainty}`,
  legendShape: 'Color y forma: sector. Relleno: certeza (sólido confirmado, tenue probable, contorno discontinuo improbable). Hueco: planificado.',
};

export default clusters;
