/** Spanish: Where the compute is (m.where). A chunk of its own, loaded with the where view (src/view/views.ts). */
const where = {
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
};

export default where;
