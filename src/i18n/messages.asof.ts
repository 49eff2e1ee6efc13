/**
 * Strings of issue 11's views 2 and 3, "As of a date" (`asOf`) and "Where the compute is"
 * (`where`). Imported by their panels only. Spanish first; English typed from it, so a key
 * missing in one language fails the type check. Numbers and dates arrive formatted.
 */
const es = {
  asOf: {
    title: (when: string) => `Los mayores clústeres de IA conocidos ${when}`,
    subtitle: (n: string, when: string) =>
      `${n} clústeres en servicio ${when} con equivalentes H100 conocidos; los 15 mayores, y los sistemas del artículo siempre. Color y trama: sector.`,
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
    withoutFigure: (n: string) => `${n} clústeres en servicio entonces no tienen equivalentes H100 conocidos y no se clasifican.`,
    alt: (n: string, when: string, top: string, post: string) =>
      `Gráfico de barras de los mayores clústeres de IA conocidos en servicio ${when}, de ${n}, por equivalentes H100 (escala logarítmica). ${top} ${post}`,
    largest: (name: string, value: string) => `El mayor: ${name}, con ${value} equivalentes H100.`,
    empty: 'Ningún clúster conocido en servicio en esta fecha.',
  },
  where: {
    title: (group: string) => `Dónde está el cómputo: equivalentes H100 conocidos por ${group}`,
    titleShare: (group: string) => `Dónde está el cómputo: reparto de los equivalentes H100 conocidos por ${group}`,
    subtitle: (from: string, to: string) => `Clústeres en servicio, sumados al final de cada trimestre, de ${from} a ${to}. Sin planificados ni posibles duplicados.`,
    loading: 'Cargando los datos de clústeres de Epoch AI…',
    group: 'Agrupar por',
    groups: { region: 'región', sector: 'sector' },
    groupOptions: { region: 'Región', sector: 'Sector' },
    measure: 'Medida',
    absolute: 'Equivalentes H100',
    share: 'Porcentaje',
    axis: 'Equivalentes H100 conocidos',
    axisShare: 'Porcentaje del total conocido',
    unknownSector: 'Sector desconocido',
    callout: (date: string, spain: string, spainValue: string, eu: string, euValue: string) =>
      `El ${date}, España tiene el ${spain} de los equivalentes H100 conocidos (${spainValue}); la UE, el ${eu} (${euValue}).`,
    leftOut: (n: string, date: string) => `${n} clústeres en servicio el ${date} no tienen equivalentes H100 conocidos y quedan fuera de la suma.`,
    column: (date: string, total: string, parts: string) => `${date}: ${total} equivalentes H100 conocidos. ${parts}`,
    total: 'Total conocido',
    withoutFigure: 'Clústeres en servicio sin equivalentes H100',
    quarterAxis: 'Final de trimestre',
    alt: (group: string, from: string, to: string, total: string, parts: string, callout: string) =>
      `Gráfico de áreas apiladas de los equivalentes H100 conocidos por ${group}, de ${from} a ${to}. En ${to}, ${total} en total: ${parts}. ${callout}`,
    quarter: (q: number, year: number) => `T${q} ${year}`,
    empty: 'No hay clústeres con equivalentes H100 conocidos.',
  },
};

const en: typeof es = {
  asOf: {
    title: (when) => `The largest known AI clusters ${when}`,
    subtitle: (n, when) =>
      `${n} clusters running ${when} with known H100-equivalents; the 15 largest, and the post's systems always. Colour and pattern: sector.`,
    loading: 'Loading Epoch AI’s cluster data…',
    atEndOf: (month) => `at the end of ${month}`,
    onDay: (day) => `on ${day}`,
    axis: 'H100-equivalents',
    control: 'Date',
    month: 'Month',
    slider: 'Date (month)',
    previous: 'Previous month',
    next: 'Next month',
    play: 'Play',
    pause: 'Pause',
    showing: (date) => `Showing ${date}`,
    rankLabel: (rank, name) => `${rank}. ${name}`,
    bar: (rank, name, value, sector, opened) => `No. ${rank} ${name}: ${value} H100-equivalents; ${sector}; running since ${opened}`,
    opened: 'Running since',
    rank: 'Rank',
    rankedOf: 'Clusters ranked',
    postMark: 'the post’s system',
    openedRank: (name, opened, then, of, when, now, nowOf) =>
      `When ${name} opened (${opened}) it was the ${then} largest known cluster of ${of}; ${when} it is the ${now} of ${nowOf}.`,
    notYet: (name, opened, when) => `${name} opened in ${opened}: ${when} it was not running yet.`,
    noRank: (name) => `${name} has no known H100-equivalents in Epoch AI’s data.`,
    sectorKey: 'Sector',
    keyTitle: 'Sector key',
    keyDescription: (list) => `Colour and pattern of each sector: ${list}.`,
    withoutFigure: (n) => `${n} clusters running then have no known H100-equivalents and are not ranked.`,
    alt: (n, when, top, post) =>
      `Bar chart of the largest known AI clusters running ${when}, of ${n}, by H100-equivalents (log scale). ${top} ${post}`,
    largest: (name, value) => `The largest: ${name}, with ${value} H100-equivalents.`,
    empty: 'No known cluster was running on this date.',
  },
  where: {
    title: (group) => `Where the compute is: known H100-equivalents by ${group}`,
    titleShare: (group) => `Where the compute is: share of the known H100-equivalents by ${group}`,
    subtitle: (from, to) => `Running clusters, summed at the end of each quarter, from ${from} to ${to}. No planned clusters, no possible duplicates.`,
    loading: 'Loading Epoch AI’s cluster data…',
    group: 'Group by',
    groups: { region: 'region', sector: 'sector' },
    groupOptions: { region: 'Region', sector: 'Sector' },
    measure: 'Measure',
    absolute: 'H100-equivalents',
    share: 'Share',
    axis: 'Known H100-equivalents',
    axisShare: 'Share of the known total',
    unknownSector: 'Unknown sector',
    callout: (date, spain, spainValue, eu, euValue) =>
      `On ${date} Spain holds ${spain} of the known H100-equivalents (${spainValue}); the EU ${eu} (${euValue}).`,
    leftOut: (n, date) => `${n} clusters running on ${date} have no known H100-equivalents and are left out of the sum.`,
    column: (date, total, parts) => `${date}: ${total} known H100-equivalents. ${parts}`,
    total: 'Known total',
    withoutFigure: 'Running clusters without H100-equivalents',
    quarterAxis: 'Quarter end',
    alt: (group, from, to, total, parts, callout) =>
      `Stacked area chart of the known H100-equivalents by ${group}, from ${from} to ${to}. On ${to}, ${total} in all: ${parts}. ${callout}`,
    quarter: (q, year) => `Q${q} ${year}`,
    empty: 'No clusters with known H100-equivalents.',
  },
};

export const asOfMessages = { es, en } as const;
export type AsOfMessages = typeof es;
