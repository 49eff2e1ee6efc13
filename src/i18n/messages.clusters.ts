/**
 * Strings of the "Clusters over time" view (Epoch AI's GPU clusters). Spanish first; English
 * typed from it, so a key missing in one language fails the type check.
 */
const es = {
  clusters: {
    title: 'Clústeres de IA a lo largo del tiempo',
    subtitle: (n: string) => `${n} clústeres de GPU por fecha de entrada en servicio y equivalentes H100 (escala logarítmica).`,
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
    trendBasis: (n: string, selection: string) => `Tendencias (ajuste log-lineal) sobre ${n} clústeres: ${selection}, sin planificados ni posibles duplicados.`,
    months: (n: string) => `${n} meses`,
    frontier: (sector: string) => `Mayor clúster ${sector.toLowerCase()} en servicio`,
    gap: (ratio: string, date: string) => `En ${date}, el mayor clúster privado es ×${ratio} el mayor público.`,
    trendLegend: 'Tendencia',
    notShown: (n: string) => `${n} clústeres del filtro no aparecen por no tener fecha o equivalentes H100 conocidos.`,
    plannedNote: 'Los planificados se dibujan huecos y en su fecha prevista.',
    empty: 'Ningún clúster cumple estos filtros.',
    alt: (n: string, first: string, last: string, largest: string, growthText: string) =>
      `Gráfico de dispersión de ${n} clústeres de GPU entre ${first} y ${last}, por equivalentes H100 en escala logarítmica. El mayor: ${largest}. ${growthText}`,
    detail: { sector: 'Sector', status: 'Estado', certainty: 'Certeza', country: 'País', owner: 'Propietario', chip: 'Chip', date: 'Primera fecha operativa', standard: 'En el análisis estándar', yes: 'sí', no: 'no', epochRow: 'Fila de Epoch' },
    markLabel: (name: string, value: string, date: string, sector: string, status: string, certainty: string) =>
      `${name}: ${value} equivalentes H100, ${date}; ${sector}, ${status}, ${certainty}`,
    legendShape: 'Color y forma: sector. Relleno: certeza (sólido confirmado, tenue probable, contorno discontinuo improbable). Hueco: planificado.',
  },
};

const en: typeof es = {
  clusters: {
    title: 'AI clusters over time',
    subtitle: (n) => `${n} GPU clusters by first operational date and H100-equivalents (log scale).`,
    xAxis: 'First operational date',
    yAxis: 'H100-equivalents',
    loading: 'Loading Epoch AI’s cluster data…',
    filters: 'Cluster filters',
    region: 'Region',
    regions: { spain: 'Spain', 'rest-of-eu': 'Rest of the EU', us: 'US', china: 'China', others: 'Others' },
    sector: 'Sector',
    sectors: { public: 'Public', private: 'Private', 'public-private': 'Public-private' },
    noSector: 'Unknown sector',
    status: 'Status',
    statuses: { existing: 'Existing', decommissioned: 'Decommissioned', planned: 'Planned' },
    certainty: 'Certainty (Epoch’s)',
    certainties: { confirmed: 'Confirmed', likely: 'Likely', unlikely: 'Unlikely' },
    vendor: 'Chip vendor',
    vendors: { nvidia: 'NVIDIA', amd: 'AMD', google: 'Google', other: 'Others', undisclosed: 'Undisclosed' },
    trendSelection: 'Trends fitted to',
    trendSelections: { standard: 'Epoch’s standard analysis', all: 'All rows' },
    trendLabel: (sector, growth, doubling, interval) => `${sector}: ×${growth} per year; doubles every ${doubling} (90% CI: ${interval})`,
    trendNone: (sector) => `${sector}: too few points for a trend`,
    trendBasis: (n, selection) => `Trends (log-linear fit) on ${n} clusters: ${selection}, no planned clusters or possible duplicates.`,
    months: (n) => `${n} months`,
    frontier: (sector) => `Largest existing ${sector.toLowerCase()} cluster`,
    gap: (ratio, date) => `On ${date}, the largest private cluster is ×${ratio} the largest public one.`,
    trendLegend: 'Trend',
    notShown: (n) => `${n} clusters in the filter are not drawn: no known date or H100-equivalents.`,
    plannedNote: 'Planned clusters are drawn hollow, at their expected date.',
    empty: 'No cluster matches these filters.',
    alt: (n, first, last, largest, growthText) =>
      `Scatter plot of ${n} GPU clusters between ${first} and ${last}, by H100-equivalents on a log scale. The largest: ${largest}. ${growthText}`,
    detail: { sector: 'Sector', status: 'Status', certainty: 'Certainty', country: 'Country', owner: 'Owner', chip: 'Chip', date: 'First operational', standard: 'In the standard analysis', yes: 'yes', no: 'no', epochRow: 'Epoch row' },
    markLabel: (name, value, date, sector, status, certainty) => `${name}: ${value} H100-equivalents, ${date}; ${sector}, ${status}, ${certainty}`,
    legendShape: 'Colour and shape: sector. Fill: certainty (solid confirmed, faint likely, dashed outline unlikely). Hollow: planned.',
  },
};

export const clustersMessages = { es, en };
