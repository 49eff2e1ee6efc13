/**
 * Every interface string, in Spanish (the first audience) and English. `en` is typed from `es`,
 * so a key missing in one language fails the type check; a test checks the same at run time.
 * Data (names, notes, source titles) stays in the language of its source.
 */
import type { Confidence, MoneyScope, OwnerType, Region, SystemKind } from '../data/schema.ts';
import type { Lang } from './format.ts';
import { clustersMessages } from './messages.clusters.ts';
import { compareMessages } from './messages.compare.ts';
import { embedMessages } from './messages.embed.ts';
import { exportMessages } from './messages.export.ts';
import { historyMessages } from './messages.history.ts';
import { ratesMessages } from './messages.rates.ts';
import { releaseMessages } from './messages.release.ts';
import { whatifMessages } from './messages.whatif.ts';

const esCore = {
  appName: 'Atlas del cómputo',
  tagline: 'El cómputo y el dinero detrás de la IA, comparados y con fuentes.',
  language: 'Idioma',
  theme: 'Tema',
  themes: { auto: 'Automático', light: 'Claro', dark: 'Oscuro' },
  loading: 'Cargando datos…',
  loadErrorTitle: 'No se pudieron cargar los datos',
  loadErrorKinds: {
    network: 'Parece que no hay conexión, o el servidor no responde.',
    http: 'El servidor devolvió un error.',
    malformed: 'El archivo de datos está dañado o no tiene el formato esperado.',
  },
  retry: 'Reintentar',
  headlineTitle: 'Las comparaciones del artículo',
  corroboratedBy: 'Otra fuente independiente',
  reportedRange: (range: string) => `Lo publicado va de ${range}.`,
  noPrimary: (subject: string) => `Ningún documento primario (un presupuesto, un contrato o una nota oficial) da la cifra de ${subject}: todas vienen de prensa.`,
  whyThisNumber: 'Por qué este número',
  views: {
    gpus: 'GPU por sistema',
    money: 'Dinero comparado',
    compare: 'Comparar dos',
    whatif: '¿Y si…?',
    top500: 'Historia TOP500',
    models: 'Modelos',
    sources: 'Fuentes',
    'world-models': 'Modelos en el tiempo',
    'world-chips': 'Chips en el tiempo',
    clusters: 'Clústeres en el tiempo',
  },
  viewsLabel: 'Vistas',
  metric: 'Métrica',
  metrics: { accelerators: 'Aceleradores', bf16: 'Pico BF16 denso', h100e: 'Equivalentes H100' },
  metricUnits: { accelerators: 'aceleradores (GPU, TPU…)', bf16: 'PFLOP/s BF16 denso, pico', h100e: 'equivalentes H100 SXM por pico BF16' },
  scale: 'Escala',
  scales: { log: 'Logarítmica', linear: 'Lineal' },
  currency: 'Moneda',
  region: 'Región',
  regions: { europe: 'Europa', 'north-america': 'Norteamérica', asia: 'Asia' } satisfies Record<Region, string>,
  owner: 'Titularidad',
  owners: { public: 'Pública', private: 'Privada' } satisfies Record<OwnerType, string>,
  kind: 'Tipo',
  kinds: { supercomputer: 'Supercomputador', 'ai-cluster': 'Clúster de IA', 'training-run': 'Entrenamiento' } satisfies Record<SystemKind, string>,
  all: 'Todos',
  clearFilters: 'Quitar filtros',
  emptyGpus: 'Ningún sistema con este dato cumple los filtros elegidos.',
  confidence: 'Confianza',
  confidences: {
    official: 'Oficial',
    reported: 'Publicado',
    estimate: 'Estimación',
    claim: 'Declaración',
  } satisfies Record<Confidence, string>,
  confidenceHelp: {
    official: 'del documento del propio editor',
    reported: 'lo publica un medio o un tercero',
    estimate: 'calculado o estimado por analistas',
    claim: 'dicho por alguien, sin método detrás',
  } satisfies Record<Confidence, string>,
  scopes: {
    'training-compute': 'cómputo de un entrenamiento',
    'training-total': 'coste total de un entrenamiento',
    'programme-budget': 'presupuesto de programa',
    'hardware-purchase': 'compra de hardware',
    'total-investment': 'inversión total',
    'funding-share': 'aportación de un financiador',
    'strategy-envelope': 'dotación de una estrategia',
    'political-claim': 'declaración política',
  } satisfies Record<MoneyScope, string>,
  detail: { value: 'Valor', asOf: 'Fecha', source: 'Fuente', confidence: 'Confianza', note: 'Nota', scope: 'Alcance', rate: 'Cambio', range: 'Rango', accelerator: 'Acelerador', saidBy: 'Dicho por' },
  gpusTitle: (metric: string) => `${metric} por sistema`,
  gpusSubtitle: (unit: string, n: number) => `${n} sistemas y entrenamientos, en ${unit}. Las barras rayadas son estimaciones.`,
  moneyTitle: 'Dinero comparado',
  moneySubtitle: (cur: string, n: number) =>
    `${n} cifras en millones de ${cur}. Cada una tiene su alcance: no todas miden lo mismo.`,
  mixedScopes: (list: string) => `Atención: estas cifras tienen alcances distintos (${list}). Compararlas es legítimo, pero no son lo mismo.`,
  sourcesLine: 'Fuentes',
  moreSources: (n: number) => `y ${n} más`,
  showTable: 'Ver los datos en una tabla',
  tableCaption: (title: string) => `Datos de «${title}»`,
  table: { name: 'Nombre', value: 'Valor', unit: 'Unidad', asOf: 'Fecha', source: 'Fuente', confidence: 'Confianza', scope: 'Alcance', note: 'Nota' },
  legendTitle: 'Cómo leer las barras',
  rangeLegend: 'rango publicado',
  downloadCsv: 'Descargar CSV',
  chartAlt: {
    gpus: (top: string, n: number, metric: string) => `Gráfico de barras de ${metric} en ${n} sistemas. ${top}`,
    money: (top: string, n: number) => `Gráfico de barras de ${n} cifras de dinero. ${top}`,
  },
  largest: (name: string, value: string) => `El mayor es ${name}, con ${value}.`,
  smallest: (name: string, value: string) => `El menor es ${name}, con ${value}.`,
  ratioGpus: (a: string, aVal: string, aHw: string, r: string, b: string, bVal: string, bHw: string) =>
    `${a} tiene ${aVal} GPU ${aHw}, ${r} veces las ${bVal} ${bHw} de ${b}.`,
  ratioMoney: (a: string, aVal: string, r: string, b: string, bVal: string) => `${a}: ${aVal}, ${r} veces ${bVal} de ${b}.`,
  timesLabel: 'veces',
  sourcesTitle: 'Fuentes de todas las cifras',
  sourcesIntro: (n: number, f: number) => `${f} cifras de ${n} fuentes. Cada cifra lleva su unidad, fecha, fuente y confianza.`,
  figuresFrom: (n: number) => (n === 1 ? '1 cifra' : `${n} cifras`),
  viaMirror: 'leído en',
  citeTitle: 'Cómo citar',
  cite: (version: string) =>
    `Atlas del cómputo (2026). Conjunto de datos sobre cómputo y dinero de la IA, versión ${version}. Cifras con fuente, fecha y confianza.`,
  dataVersion: 'Versión de los datos',
  skipToContent: 'Saltar al contenido',
  ignoredTitle: 'Parte del enlace no se pudo usar y se ha ignorado:',
  ignoredReasons: {
    'unknown-param': 'parámetro desconocido',
    'invalid-value': 'valor no válido',
    'unknown-id': 'identificador desconocido',
    repeated: 'parámetro repetido',
    'too-long': 'demasiado largo',
    'unknown-release': 'no hay una versión de los datos con esa fecha: se muestran los datos más recientes',
  },
  dismiss: 'Cerrar aviso',
  share: { copy: 'Copiar enlace', copied: 'Enlace copiado', share: 'Compartir…', fallback: 'Copia este enlace:' },
  footer: 'Datos abiertos, con fuente. Ninguna cifra está escrita a mano en el código: todas salen de data/.',
};

/** Feature strings live in their own modules (messages.<feature>.ts), merged here under a namespace. */
const FEATURES = [compareMessages, whatifMessages, historyMessages, embedMessages, exportMessages, ratesMessages, clustersMessages, releaseMessages] as const;
type FeatureMessages = typeof compareMessages.es & typeof whatifMessages.es & typeof historyMessages.es &
  typeof embedMessages.es &
  typeof exportMessages.es &
  typeof ratesMessages.es &
  typeof clustersMessages.es &
  typeof releaseMessages.es;

export type Messages = typeof esCore & FeatureMessages;

const enCore: typeof esCore = {
  appName: 'Compute Atlas',
  tagline: 'The compute and money behind AI, compared, with sources.',
  language: 'Language',
  theme: 'Theme',
  themes: { auto: 'Automatic', light: 'Light', dark: 'Dark' },
  loading: 'Loading data…',
  loadErrorTitle: 'The data could not be loaded',
  loadErrorKinds: {
    network: 'You seem to be offline, or the server is not answering.',
    http: 'The server returned an error.',
    malformed: 'The data file is damaged or not in the expected format.',
  },
  retry: 'Try again',
  headlineTitle: 'The comparisons from the post',
  corroboratedBy: 'Another independent source',
  reportedRange: (range) => `What is reported ranges from ${range}.`,
  noPrimary: (subject) => `No primary document (a budget, a contract or an official release) states the figure for ${subject}: all of them come from the press.`,
  whyThisNumber: 'Why this number',
  views: {
    gpus: 'GPUs per system',
    money: 'Money compared',
    compare: 'Compare two',
    whatif: 'What if…?',
    top500: 'TOP500 history',
    models: 'Models',
    sources: 'Sources',
    'world-models': 'Models over time',
    'world-chips': 'Chips over time',
    clusters: 'Clusters over time',
  },
  viewsLabel: 'Views',
  metric: 'Metric',
  metrics: { accelerators: 'Accelerators', bf16: 'Peak dense BF16', h100e: 'H100-equivalents' },
  metricUnits: { accelerators: 'accelerators (GPUs, TPUs…)', bf16: 'PFLOP/s dense BF16, peak', h100e: 'H100 SXM equivalents by BF16 peak' },
  scale: 'Scale',
  scales: { log: 'Log', linear: 'Linear' },
  currency: 'Currency',
  region: 'Region',
  regions: { europe: 'Europe', 'north-america': 'North America', asia: 'Asia' },
  owner: 'Owner',
  owners: { public: 'Public', private: 'Private' },
  kind: 'Kind',
  kinds: { supercomputer: 'Supercomputer', 'ai-cluster': 'AI cluster', 'training-run': 'Training run' },
  all: 'All',
  clearFilters: 'Clear filters',
  emptyGpus: 'No system with this figure matches the chosen filters.',
  confidence: 'Confidence',
  confidences: { official: 'Official', reported: 'Reported', estimate: 'Estimate', claim: 'Claim' },
  confidenceHelp: {
    official: "from the publisher's own document",
    reported: 'stated by a media outlet or third party',
    estimate: 'derived or estimated by analysts',
    claim: 'said by someone, with no method behind it',
  },
  scopes: {
    'training-compute': "a training run's compute",
    'training-total': "a training run's total cost",
    'programme-budget': 'programme budget',
    'hardware-purchase': 'hardware purchase',
    'total-investment': 'total investment',
    'funding-share': "one funder's share",
    'strategy-envelope': 'strategy envelope',
    'political-claim': 'political claim',
  },
  detail: { value: 'Value', asOf: 'As of', source: 'Source', confidence: 'Confidence', note: 'Note', scope: 'Scope', rate: 'Rate', range: 'Range', accelerator: 'Accelerator', saidBy: 'Said by' },
  gpusTitle: (metric) => `${metric} per system`,
  gpusSubtitle: (unit, n) => `${n} systems and training runs, in ${unit}. Hatched bars are estimates.`,
  moneyTitle: 'Money compared',
  moneySubtitle: (cur, n) => `${n} figures in millions of ${cur}. Each has its own scope: they do not all measure the same thing.`,
  mixedScopes: (list) => `Note: these figures have different scopes (${list}). Comparing them is fair, but they are not the same thing.`,
  sourcesLine: 'Sources',
  moreSources: (n) => `and ${n} more`,
  showTable: 'Show the data as a table',
  tableCaption: (title) => `Data of “${title}”`,
  table: { name: 'Name', value: 'Value', unit: 'Unit', asOf: 'As of', source: 'Source', confidence: 'Confidence', scope: 'Scope', note: 'Note' },
  legendTitle: 'How to read the bars',
  rangeLegend: 'reported range',
  downloadCsv: 'Download CSV',
  chartAlt: {
    gpus: (top, n, metric) => `Bar chart of ${metric} across ${n} systems. ${top}`,
    money: (top, n) => `Bar chart of ${n} money figures. ${top}`,
  },
  largest: (name, value) => `The largest is ${name}, with ${value}.`,
  smallest: (name, value) => `The smallest is ${name}, with ${value}.`,
  ratioGpus: (a, aVal, aHw, r, b, bVal, bHw) => `${a} has ${aVal} ${aHw} GPUs, ${r} times the ${bVal} ${bHw} of ${b}.`,
  ratioMoney: (a, aVal, r, b, bVal) => `${a}: ${aVal}, ${r} times ${b}'s ${bVal}.`,
  timesLabel: 'times',
  sourcesTitle: 'Sources of every figure',
  sourcesIntro: (n, f) => `${f} figures from ${n} sources. Each figure carries its unit, date, source and confidence.`,
  figuresFrom: (n) => (n === 1 ? '1 figure' : `${n} figures`),
  viaMirror: 'read via',
  citeTitle: 'How to cite',
  cite: (version) => `Compute Atlas (2026). Dataset on the compute and money behind AI, version ${version}. Figures with source, date and confidence.`,
  dataVersion: 'Data version',
  skipToContent: 'Skip to content',
  ignoredTitle: 'Part of the link could not be used and was ignored:',
  ignoredReasons: {
    'unknown-param': 'unknown parameter',
    'invalid-value': 'invalid value',
    'unknown-id': 'unknown id',
    repeated: 'repeated parameter',
    'too-long': 'too long',
    'unknown-release': 'there is no data release of that date: showing the latest data',
  },
  dismiss: 'Dismiss notice',
  share: { copy: 'Copy link', copied: 'Link copied', share: 'Share…', fallback: 'Copy this link:' },
  footer: 'Open, sourced data. No figure is typed into the code: every one comes from data/.',
};

const merge = (core: typeof esCore, lang: Lang): Messages => Object.assign({}, core, ...FEATURES.map((f) => f[lang])) as Messages;

export const MESSAGES: Record<Lang, Messages> = { es: merge(esCore, 'es'), en: merge(enCore, 'en') };
