/**
 * Every interface string in Spanish, the first audience and the reference: `Messages` is the type
 * of this object with the parts in `es/`, so every other locale must have the same keys, and each
 * function the same arguments. Sectioned by feature; a new feature adds its section here (or a
 * part) and in each other locale. Data (names, notes, source titles) stays in the language of its
 * source.
 *
 * This file is the core: what every page needs (the shell, the default view, search, headline
 * cards, load and error states, footers, every chart's frame, exports and citations). A view's own
 * strings are a part (`es/<part>.ts`, one section of `Messages` each), a chunk loaded with the view
 * (`messages` in src/view/views.ts), so the first visit does not download every view's strings.
 */
import type { SearchKind } from '../../data/worldSearch.ts';
import type { SystemMetric } from '../../metrics/systemMetrics.ts';
import type { Confidence, MoneyScope, OwnerType, Region, SystemKind } from '../../data/schema.ts';

type Bounds = { range: string; 'at-most': string; 'less-than': string; 'at-least': string };

import { LOCALES } from '../locales.ts';
import { pluralOf, type PluralWords, type Scales, type ScaledNumber, type ScaledWords } from '../numberWords.ts';
import type asOf from './es/asOf.ts';
import type clusters from './es/clusters.ts';
import type compare from './es/compare.ts';
import type modelCharts from './es/modelCharts.ts';
import type timeline from './es/timeline.ts';
import type top500 from './es/top500.ts';
import type whatif from './es/whatif.ts';
import type where from './es/where.ts';
import type world from './es/world.ts';
import type worldCharts from './es/worldCharts.ts';


/** Annotates a value with a wider type than its literal (a list of scales, not this one list). */
const typed = <T,>(value: T): T => value;

/** "1 sistema" / "3 sistemas": counts here can be 1 (an edition with one system in the data). */
export const plural = pluralOf(LOCALES.es.intl);
export const count = (n: number, one: string, many: string) => `${n}\u00a0${plural(n, one, many)}`;

const es = {
  // ──── core ──────────────────────────────────────────────────────────────────────────────────────
  // App shell, filters, the GPU and money charts, sources, sharing.
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
  /** The two sides of a comparison in the folded headline, by name. */
  headlinePair: (a: string, b: string) => `${a} frente a ${b}`,
  corroboratedBy: 'Otra fuente independiente',
  /** The reported figures' span; `high` is null when they all say the same. */
  reportedRange: (low: string, high: string | null) => (high ? `Lo publicado va de ${low} a ${high}.` : `Todo lo publicado dice ${low}.`),
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
    'as-of': 'En una fecha',
    where: 'Dónde está el cómputo',
  },
  viewsLabel: 'Vistas',
  /** A fold's summary line on a phone: what it holds, then what is chosen (src/ui/Fold.tsx). */
  folded: (what: string, chosen: string) => (chosen ? `${what}: ${chosen}` : what),
  chartOptions: 'Opciones del gráfico',
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
  /** A sourced figure's field as readers see it (Sources list, changelog); data/ names them in code. */
  figureFields: {
    acceleratorCount: 'Aceleradores',
    nodes: 'Nodos',
    rmaxPflops: 'Rmax',
    rpeakPflops: 'Rpeak',
    powerKw: 'Potencia',
    'top500.rank': 'Puesto en el TOP500',
    'top500.rmaxPflops': 'Rmax en el TOP500',
    paramsB: 'Parámetros',
    activeParamsB: 'Parámetros activos',
    tokensT: 'Tokens de entrenamiento',
    gpuHoursM: 'Horas de GPU',
    trainingFlop: 'Cómputo de entrenamiento',
    amount: 'Importe',
    memoryGb: 'Memoria',
    bf16DenseTflops: 'BF16 denso',
    fp8DenseTflops: 'FP8 denso',
    tdpW: 'TDP',
    usdPerGpuHour: 'Precio por hora de GPU',
    /** A resolved EUR/USD rate is a figure on its own (no field). */
    '': 'Cambio del BCE',
  } as Record<string, string>,
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
  figuresFrom: (n: number) => `${n} ${plural(n, 'cifra', 'cifras')}`,
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

  // ──── format ──────────────────────────────────────────────────────────────────────────────────────────
  // How numbers read in this language (src/i18n/format.ts). Digits, separators, dates, lists and
  // plural categories come from Intl with the table's locale; this says what Intl cannot: which
  // scales a language uses and where the unit goes. Spanish never says "billón" nor "B" for 10⁹
  // (a Spanish billón is 10¹²): large amounts stay in millions, "1.500 M€", "mil millones".
  format: {
    /** Chart labels, from millions: `650 M€`, `1.500 M€`, `5,58 M$`. */
    moneyShort: typed<ScaledWords<[symbol: string]>>({ scales: [[1, 'M']], write: (p: ScaledNumber, symbol: string) => `${p.sign}${p.digits}\u00a0${p.suffix}${symbol}` }),
    /** Sentences, from millions: `650 millones de €`, `1 millón de €`, `1.500 millones de €`. */
    moneyLong: typed<ScaledWords<[symbol: string]>>({
      scales: [[1, 'millones']],
      write: (p: ScaledNumber, symbol: string) => `${p.sign}${p.digits}\u00a0${plural(p.rounded, 'millón', p.suffix)}\u00a0de\u00a0${symbol}`,
    }),
    /** Axis ticks: full digits below a million, then millions only (`1.000`, `100.000`, `2,5 M`, `1.000 M`). */
    compact: typed<Scales>([[1, ''], [1e6, '\u00a0M']]),
    ordinal: (n: string, _rule: Intl.LDMLPluralRule) => `${n}.º`,
    nodes: typed<PluralWords>({ one: 'nodo', other: 'nodos' }),
    /** From billions of parameters: `40,4 mil millones de parámetros`, `125 millones de parámetros`. */
    params: typed<ScaledWords<[]>>({
      scales: [[1e-3, 'millones'], [1, 'mil\u00a0millones']],
      write: (p: ScaledNumber) => `${p.sign}${p.digits}\u00a0${p.suffix === 'millones' ? plural(p.rounded, 'millón', 'millones') : p.suffix}\u00a0de\u00a0parámetros`,
    }),
    /** From trillions of tokens: `9,37 T tokens`. */
    tokens: (digits: string) => `${digits}\u00a0T\u00a0tokens`,
    /** From millions of GPU-hours: `2,788 M GPU-horas`. */
    gpuHours: (digits: string) => `${digits}\u00a0M\u00a0GPU-horas`,
    /** `2 $/GPU-hora`. */
    pricePerGpuHour: (sign: string, digits: string) => `${sign}${digits}\u00a0$/GPU-hora`,
  },

  // ──── embed ─────────────────────────────────────────────────────────────────────────────────────
  // The embed shell (m.embed).
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

  // ──── export ────────────────────────────────────────────────────────────────────────────────────
  // Downloads, alt text, the embed dialog (m.export).
  export: {
    download: 'Descargar',
    svg: 'SVG',
    png: 'PNG',
    csv: 'CSV',
    downloadSvg: 'Descargar SVG',
    downloadPng: 'Descargar PNG',
    working: 'Preparando la imagen…',
    failed: 'No se pudo crear la imagen de este gráfico.',
    altText: 'Texto alternativo',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFallback: 'El navegador no deja copiar: selecciona y copia este texto.',
    credit: (app: string) => `${app} · datos con fuente, fecha y confianza`,
    embed: 'Insertar',
    embedTitle: 'Insertar este gráfico',
    embedIntro: 'Pega este código en tu entrada o página. El gráfico ocupa el ancho disponible.',
    snippet: 'Código para insertar',
    autoHeight: 'Ajustar la altura sola (añade un script pequeño)',
    hideTitle: 'Ocultar el título',
    preview: 'Vista previa',
    close: 'Cerrar',
    noIframes: 'Si tu plataforma no admite iframes, descarga la imagen del mismo gráfico:',
    noEmbed: 'Esta vista no se puede insertar.',
  },

  // ──── rates ─────────────────────────────────────────────────────────────────────────────────────
  // Which ECB rate converted a money figure (m.rates). Dates arrive formatted.
  rates: {
    how: {
      day: (date: string) => `cambio del BCE del ${date}`,
      earlierDay: (date: string, asOf: string) => `cambio del BCE del ${date}, último día hábil antes del ${asOf}`,
      mean: (period: string, n: number) => `media de los ${n} cambios diarios del BCE de ${period}`,
      partialMean: (period: string, n: number, last: string) =>
        `media de los ${n} cambios del BCE de ${period} hasta el ${last}, el último de los datos`,
      afterLast: (date: string, asOf: string) => `último cambio del BCE de los datos, del ${date}: la cifra (${asOf}) es posterior`,
    },
    /** Beside a bar's number, when the figure is dated after the last fixing. */
    afterLastShort: (date: string) => `(último cambio: ${date})`,
    /** Under the money chart: the rule, then the rates used. */
    convertedAt: (rates: string) =>
      `Convertido al cambio del BCE de la fecha de cada cifra (o del último día hábil anterior); si la cifra solo da mes o año, a la media de ese periodo; si es posterior al último cambio de los datos, a ese último cambio. Cambios usados: ${rates}.`,
  },
  // ──── publish ───────────────────────────────────────────────────────────────────────────────────
  // PNG scales and the data release line inside exported images.
  publish: {
    /** A PNG button's visible text: the scale ("2×"). */
    pngScale: (scale: number) => `${scale}×`,
    downloadPngScale: (scale: number) => `Descargar PNG a ${scale}×`,
    /** Inside every exported image, under the source line. */
    /** An image's data line: the release, and the newest as-of date of its figures (as the screen's release line says). */
    dataLine: (release: string, upTo: string | null) => (upTo ? `Datos: versión ${release}, cifras hasta ${upTo}.` : `Datos: versión ${release}.`),
  },
  // ──── comparison warnings ─────────────────────────────────────────────────────────────────────
  // Under a compared pair and on the headline cards (compare.warnings.ts), so in the core.
  compareWarnings: {
    gpusCount: (a: string, b: string) => `GPU distintas: ${a} frente a ${b}. Contar chips no mide el mismo cómputo.`,
    gpusPeak: (a: string, b: string) =>
      `GPU distintas (${a} frente a ${b}), igualadas por su pico BF16 teórico, no por su rendimiento real.`,
    gpusHours: (a: string, b: string) => `Las GPU-horas se contaron en GPU distintas: ${a} frente a ${b}.`,
    scopes: (a: string, b: string) => `Alcances distintos: ${a} frente a ${b}. Compararlos es legítimo, pero no miden lo mismo.`,
    claim: (names: string) => `Declaración, no un dato medido: ${names}.`,
    converted: (b: string, original: string, rate: string, aDate: string) =>
      `${b} (${original}) se ha convertido a la moneda de A al cambio de su propia fecha: ${rate}. A es de ${aDate}.`,
    dates: (a: string, b: string) => `Fechas separadas por más de un año (${a} y ${b}): precios, flotas y cambios se mueven.`,
    systemKinds: (a: string, b: string) => `Tipos distintos (${a} frente a ${b}): las GPU de un entrenamiento son parte de una máquina, no una máquina entera.`,
    bounds: {
      range: 'es un rango publicado; se compara su valor bajo',
      'at-most': 'es una cota superior («hasta»)',
      'less-than': 'es una cota superior («menos de»)',
      'at-least': 'es una cota inferior («más de»)',
    } satisfies Bounds,
    bound: (name: string, what: string) => `La cifra de ${name} ${what}.`,
    kinds: { supercomputer: 'supercomputador', 'ai-cluster': 'clúster de IA', 'training-run': 'entrenamiento' } satisfies Record<SystemKind, string>,
  },
  // ──── search and pin ──────────────────────────────────────────────────────────────────────────
  search: {
    label: 'Buscar un clúster, un modelo o un chip',
    placeholder: 'p. ej. MareNostrum, Grok, H100',
    hint: 'Flechas para recorrer, Intro para elegir, Escape para cerrar.',
    loading: 'Cargando los datos de Epoch AI…',
    error: 'No se pudieron cargar los datos de Epoch AI.',
    retry: 'Reintentar',
    results: (n: number, shown: number) =>
      n === 0 ? 'Ningún resultado' : `${n} ${plural(n, 'resultado', 'resultados')}${shown < n ? `; se muestran los ${shown} primeros` : ''}`,
    kinds: { cluster: 'clúster', model: 'modelo', chip: 'chip' } satisfies Record<SearchKind, string>,
    fromPost: 'del artículo',
    pinned: 'Fijados',
    pinnedMark: 'fijado',
    pinHelp: 'Lo que fijas se rotula en los gráficos y queda en el enlace.',
    unpin: (name: string) => `Quitar ${name} de los fijados`,
    didPin: (name: string) => `${name} fijado.`,
    didUnpin: (name: string) => `${name} ya no está fijado.`,
    full: (max: number) => `Ya hay ${max} fijados: quita uno para fijar otro.`,
    noFigure: (what: string) => `sin dato de ${what}`,
    pickFor: (what: string) => `Buscar ${what}`,
    epochCluster: 'clúster de GPU (Epoch AI)',
    notAModel: 'no es un modelo',
    notACluster: 'no es un clúster',
    chipNotComparable: 'los chips se comparan en «Chips en el tiempo»',
    figures: { count: 'número de GPU', peak: 'pico BF16 del chip', compute: 'cómputo de entrenamiento' },
    searchA: 'O buscar A entre todos los clústeres y modelos',
    searchB: 'O buscar B entre todos los clústeres y modelos',
    searchModel: 'O buscar entre todos los modelos',
    searchSystem: 'O buscar entre todos los clústeres',
    bars: 'Mostrar',
    barSets: { post: 'Los sistemas del artículo', top: (n: number) => `Y los ${n} mayores clústeres conocidos`, all: 'Todos los clústeres conocidos' },
    worldLoading: 'Cargando los clústeres de Epoch AI…',
    worldError: 'No se pudieron cargar los clústeres de Epoch AI; se muestran los sistemas del artículo.',
    /** A pinned system or cluster the GPU chart cannot draw: named, with the reason (gpus.unshown.ts). */
    noBar: {
      title: 'Fijados sin barra',
      noFigure: { accelerators: 'no hay número de GPU en los datos', bf16: 'no hay pico BF16 en los datos', h100e: 'no hay equivalentes H100 en los datos' } satisfies Record<SystemMetric, string>,
      filtered: 'los filtros elegidos lo dejan fuera',
      line: (name: string, why: string) => `${name}: ${why} — sin barra`,
    },
  },

  // ──── release ───────────────────────────────────────────────────────────────────────────────────
  // Dated releases, pinned views, the changelog and "Cite" (m.release).
  release: {
    dataOf: (date: string) => `Datos del ${date}`,
    /** Said of the figures a chart shows; `date` is the newest as-of date among them. */
    figuresUpTo: (date: string) => `cifras hasta ${date}`,
    changedSince: (n: number) => `${count(n, 'cifra', 'cifras')} ${plural(n, 'ha', 'han')} cambiado desde entonces`,
    seeNewest: 'ver lo más reciente',
    loadError: (date: string) => `No se pudieron cargar los datos del ${date}.`,
    pinLegend: 'Datos',
    pinned: (date: string) => `Fijados al ${date}`,
    latest: 'Siempre los más recientes',
    copyLatest: 'Copiar el enlace a lo más reciente',
    changelogTitle: 'Versiones de los datos',
    changelogIntro: 'Cada versión es una copia fija y con fecha de todas las cifras; una vista puede fijarse a una con el parámetro release.',
    changelogLoading: 'Cargando las versiones…',
    noReleases: 'Todavía no se ha publicado ninguna versión de los datos.',
    current: 'la que se muestra',
    /** The release the site shows by default, beside a pinned page's own. */
    latestRelease: 'la más reciente',
    unreleased: 'Los datos que se muestran tienen cambios posteriores a la última versión.',
    firstRelease: (n: number) => `Primera versión: ${n} cifras.`,
    noChanges: 'Ninguna cifra cambió respecto a la versión anterior.',
    summary: (added: number, changed: number, removed: number) => `${added} añadidas · ${changed} cambiadas · ${removed} retiradas`,
    kinds: { added: 'añadida', changed: 'cambiada', removed: 'retirada' },
    linkToRelease: 'Enlace a esta versión',
    viewRelease: 'Ver los gráficos con estos datos',
    cite: 'Citar',
    citeTitle: 'Citar esta vista',
    citeIntro: (date: string) => `Con la versión de los datos del ${date} y la fecha de consulta de hoy.`,
    citeIntroUnreleased: 'Los datos que ves aún no forman parte de ninguna versión fechada: la cita lleva la versión del contenido y la fecha de consulta de hoy.',
    formats: { apa: 'APA', bibtex: 'BibTeX', plain: 'Texto' },
    epochCite: 'Esta vista muestra datos de Epoch AI; cítalos también:',
    copy: 'Copiar',
    copied: 'Copiado',
    copyFallback: 'Copia este texto:',
    close: 'Cerrar',
    /** The title of the citation: the view and the site. */
    versionLabel: (release: string) => `Versión de los datos ${release}`,
    accessed: (date: string) => `Consultado el ${date}`,
    publisher: 'Atlas del cómputo',
    /** APA's bracketed kind of work, e.g. "[Conjunto de datos; versión …]". */
    citeKind: 'Conjunto de datos',
    /** APA's closing "Retrieved <long date>, from <url>" in the language. */
    citeRetrieved: (date: string, url: string) => `Recuperado el ${date}, de ${url}`,
    /** A title in the language's quotation marks. */
    citeQuoted: (title: string) => `«${title}»`,
  },
};

/** The strings every page loads first. */
export type CoreMessages = typeof es;

/**
 * The parts, each a section of `Messages` under its own name (`m.whatif`), each a chunk per
 * language: the part files of every other locale are typed by these.
 */
export interface MessageParts {
  asOf: typeof asOf;
  clusters: typeof clusters;
  compare: typeof compare;
  modelCharts: typeof modelCharts;
  timeline: typeof timeline;
  top500: typeof top500;
  whatif: typeof whatif;
  where: typeof where;
  world: typeof world;
  worldCharts: typeof worldCharts;
}

export type PartName = keyof MessageParts;

/** Every string of a language, as components read it (`m.appName`, `m.whatif.title`). */
export type Messages = CoreMessages & MessageParts;

export default es;
