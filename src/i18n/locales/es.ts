/**
 * Every interface string in Spanish, the first audience and the reference: `Messages` is this
 * object's type, so every other locale file must have the same keys, and each function the
 * same arguments. Sectioned by feature; a new feature adds its section here and in each other
 * locale. Data (names, notes, source titles) stays in the language of its source.
 */
import type { SearchKind } from '../../data/worldSearch.ts';
import type { SystemMetric } from '../../metrics/systemMetrics.ts';
import type { Confidence, EventRecord, MoneyScope, OwnerType, Region, SystemKind } from '../../data/schema.ts';

import { LOCALES } from '../locales.ts';
import { pluralOf, type PluralWords, type Scales, type ScaledNumber, type ScaledWords } from '../numberWords.ts';

type EventKind = EventRecord['kind'];
type Bounds = { range: string; 'at-most': string; 'less-than': string; 'at-least': string };

/** Annotates a value with a wider type than its literal (a list of scales, not this one list). */
const typed = <T,>(value: T): T => value;

/** "1 sistema" / "3 sistemas": counts here can be 1 (an edition with one system in the data). */
const plural = pluralOf(LOCALES.es.intl);
const count = (n: number, one: string, many: string) => `${n}\u00a0${plural(n, one, many)}`;

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

  // ──── compare ───────────────────────────────────────────────────────────────────────────────────
  // Compare two (m.compare).
  compare: {
    controls: 'Elegir qué comparar',
    pickA: 'Comparar (A)',
    pickB: 'con (B)',
    groups: { system: 'Sistemas', model: 'Modelos', money: 'Dinero' },
    swap: 'Intercambiar A y B',
    presets: 'Comparaciones del artículo',
    presetLabel: (a: string, b: string) => `${a} frente a ${b}`,
    measure: 'Medida',
    metrics: {
      accelerators: 'Aceleradores',
      h100e: 'Equivalentes H100',
      bf16: 'Pico BF16 denso',
      money: 'Importe',
      'training-flop': 'Cómputo de entrenamiento',
      'gpu-hours': 'GPU-horas',
    },
    measureOf: {
      accelerators: 'número de aceleradores',
      h100e: 'equivalentes H100 (por pico BF16)',
      bf16: 'pico BF16 denso',
      money: 'importe',
      'training-flop': 'cómputo de entrenamiento (FLOP)',
      'gpu-hours': 'GPU-horas de entrenamiento',
    },
    gpu: 'GPU',
    h100eq: 'eq. H100',
    title: (a: string, b: string) => `${a} frente a ${b}`,
    subtitle: (measure: string, unit: string) => `Comparación por ${measure}. En el gráfico, ${unit}.`,
    times: (a: string, av: string, r: string, b: string, bv: string) => `${a} (${av}) = ${r} × ${b} (${bv}).`,
    percent: (a: string, av: string, p: string, b: string, bv: string) => `${a} (${av}) es el ${p} de ${b} (${bv}).`,
    inverse: (b: string, r: string, a: string) => `Dicho al revés: ${b} = ${r} × ${a}.`,
    ratioRange: (lo: string, hi: string) => `Con los rangos o cotas publicados, la razón va de ${lo} a ${hi}.`,
    unitLine: (unit: string) => `1 ■ = ${unit}`,
    squares: (n: number) => `${n} ${plural(n, 'cuadrado', 'cuadrados')}`,
    chartAlt: (blocks: string, unit: string) => `Gráfico de unidades: ${blocks}. Cada cuadrado vale ${unit}.`,
    side: 'Lado',
    detail: { scope: 'Alcance', convertedFrom: 'Convertido desde', saidBy: 'Dicho por' },
    warnings: {
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
    },
    none: {
      title: 'Sin medida común',
      differentKinds: (a: string, ak: string, b: string, bk: string) =>
        `${a} es ${ak} y ${b} es ${bk}: no comparten ninguna medida, así que no hay razón que calcular.`,
      missing: (name: string) => `${name} no tiene en los datos ninguna cifra comparable (número de GPU, cómputo de entrenamiento o importe).`,
      noShared: (a: string, b: string) => `${a} y ${b} no tienen una misma medida con datos (por ejemplo, uno solo tiene FLOP y el otro solo GPU-horas).`,
      tryPreset: 'Prueba una de las comparaciones del artículo:',
      kinds: { system: 'un sistema', model: 'un modelo', money: 'una cifra de dinero' },
    },
    systemKinds: { supercomputer: 'supercomputador', 'ai-cluster': 'clúster de IA', 'training-run': 'entrenamiento' } satisfies Record<SystemKind, string>,
  },

  // ──── whatif ────────────────────────────────────────────────────────────────────────────────────
  // What if…? (m.whatif).
  whatif: {
    title: (model: string) => `¿Cuánto se tardaría en entrenar ${model}?`,
    subtitle: (system: string) =>
      `Días de entrenamiento en ${system} (hipotético) y en otros sistemas, con los mismos supuestos de MFU y base de conversión.`,
    inputs: 'Datos del cálculo',
    model: 'Modelo',
    system: 'Sistema',
    gpus: 'GPU (número propio)',
    gpusHint: (n: string) => `Vacío: las ${n} del sistema.`,
    mfu: 'MFU de destino (%)',
    mfuHint: 'Utilización del pico de cómputo, de 1 a 100 %.',
    price: 'Precio (US$ por GPU-hora)',
    priceHint: (v: string) => `Vacío: ${v}, el supuesto de DeepSeek.`,
    pue: 'PUE',
    pueHint: (v: string) => `Energía total del centro ÷ energía de cómputo, de 1 a 3. Vacío: ${v} (supuesto).`,
    basis: 'Base de conversión',
    bases: { bf16: 'BF16 denso', fp8: 'FP8 denso' },
    noCompute: 'sin datos de cómputo',
    invalid: 'Escribe un número válido.',
    hypothetical: 'hipotético',
    hypotheticalLegend: 'Hipotético: tu selección. Las demás barras usan los mismos supuestos.',
    ownRun: 'su entrenamiento',
    day: 'día',
    days: 'días',
    sentence: (system: string, days: string, model: string, gpus: string, hw: string, mfu: string) =>
      `${system} tardaría ~${days} en entrenar ${model} con ${gpus} ${hw} al ${mfu} de MFU.`,
    sentenceCost: (cost: string) => `Costaría ~${cost}`,
    sentenceEnergy: (energy: string) => `consumiría ~${energy}`,
    results: { days: 'Tiempo', cost: 'Coste', energy: 'Energía' },
    formulas: {
      work: 'Trabajo',
      modelFlop: 'FLOP de entrenamiento del modelo',
      gpuHours: (hw: string) => `GPU-horas en ${hw}`,
      days: 'Días',
      cost: 'Coste',
      energy: 'Energía',
    },
    howTitle: 'Cómo se calcula: cada dato y su fuente',
    origin: 'Origen',
    origins: { data: 'dato', assumption: 'supuesto', chosen: 'elegido' },
    items: {
      compute: 'Cómputo de entrenamiento',
      sourcePeak: (hw: string, basis: string) => `Pico ${basis} de ${hw} (origen)`,
      sourceMfu: 'MFU de origen',
      gpus: (hw: string) => `Aceleradores ${hw}`,
      targetPeak: (hw: string, basis: string) => `Pico ${basis} de ${hw} (destino)`,
      targetMfu: 'MFU de destino',
      price: 'Precio por GPU-hora',
      rate: 'Cambio USD/EUR',
      tdp: (hw: string) => `TDP de ${hw}`,
      pue: 'PUE',
      work: 'Trabajo de entrenamiento',
      gpuHours: (hw: string) => `GPU-horas en ${hw}`,
      days: (system: string) => `Días en ${system}`,
      cost: 'Coste',
      energy: 'Energía',
    },
    mfuNote: (pct: string) =>
      `${pct}: el supuesto del método de la hoja de datos para las GPU-horas estimadas de los modelos del BSC (6·N·D FLOP al ${pct} del pico BF16 denso de la H100 SXM). Con el mismo MFU en origen y destino, la conversión es solo el cociente de picos.`,
    mfuSame: 'Por defecto, el mismo que en origen: la conversión es solo el cociente de picos.',
    tdpFrom: (from: string) => `${from}, supuesto: no se publica el de este acelerador`,
    pueNote: 'Un supuesto: ningún dato publicado de PUE para estos sistemas; 1,2 es típico de centros de HPC recientes.',
    chosenNote: 'Valor elegido en el formulario (está en el enlace).',
    peakAssumed: (hw: string, value: string, source: string) =>
      `No se publica el pico de ${hw}: se asume ${value}, el valor de «${source}», como cota superior. El tiempo real sería probablemente mayor.`,
    dataNote: (note: string) => `Nota de los datos: ${note}`,
    tdpAssumed: (hw: string, value: string, from: string) =>
      `No se publica el TDP de ${hw}: se asume ${value}, el de ${from} (mismo chip Hopper). La energía es una aproximación.`,
    fp8Fallback: (list: string) => `${list} no tiene FP8: la conversión usa BF16 denso en ambos extremos.`,
    countRange: (low: string, high: string) => `El número de GPU es un rango (${low}–${high}): se usa el extremo inferior.`,
    priceDefault: (value: string, label: string) =>
      `Precio: ${value}, «${label}». Es un supuesto de alquiler de H800, no un precio de mercado ni el coste real de este sistema.`,
    rateUsed: (rate: string, date: string) => `Convertido a euros al último cambio del BCE en los datos: ${rate} (${date}).`,
    noPrice: 'No hay precio: indica uno para calcular el coste.',
    noTdp: 'No hay TDP para calcular la energía.',
    conversionTitle: 'Tabla de conversión (picos densos por acelerador)',
    conv: { accelerator: 'Acelerador', role: 'Papel', bf16: 'BF16 denso', fp8: 'FP8 denso', tdp: 'TDP', source: 'Fuente', confidence: 'Confianza' },
    roles: { source: 'origen', target: 'destino', reference: 'referencia' },
    noFp8: 'sin FP8',
    notPublished: 'no publicado',
    problems: {
      'unknown-model': (_: string) => 'Elige un modelo.',
      'no-compute': (model: string) =>
        `${model} no publica ni GPU-horas ni FLOP de entrenamiento: no hay nada que convertir. Elige otro modelo.`,
      'unknown-system': (_: string) => 'Elige un sistema.',
      'no-peak': (system: string) =>
        `No hay pico de cómputo publicado para el acelerador de ${system}, así que no se puede convertir. Elige otro sistema.`,
      'no-count': (system: string) =>
        `${system} no tiene un número de aceleradores en los datos: escribe uno en «GPU (número propio)».`,
    },
    alt: (sentence: string, bars: string) => `${sentence} Gráfico de barras de días de entrenamiento: ${bars}.`,
    axis: 'días de entrenamiento',
    gpuMark: (model: string, days: string) => `¿y si…? ${model} en ~${days}`,
    customName: (system: string, n: string) => `${system} con ${n} (hipotético)`,
    gpusChartNote: 'Las mismas GPU en el gráfico de aceleradores; la barra discontinua es hipotética.',
  },

  // ──── TOP500, models, timeline ──────────────────────────────────────────────────────────────────
  // TOP500 history and editions (m.top500), the models' scatter charts (m.modelCharts), the timeline (m.timeline). Spanish never says "billón" (see format.ts): 10¹² tokens are written "T".
  top500: {
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
  },
  modelCharts: {
    costTitle: 'Cómputo de entrenamiento frente a coste',
    costSubtitle: (n: number, cur: string) =>
      `${count(n, 'modelo', 'modelos')} con las dos cifras, en escala logarítmica: FLOP de entrenamiento y coste del cómputo en ${cur}.`,
    paramsTitle: 'Parámetros frente a tokens de entrenamiento',
    paramsSubtitle: (n: number) => `${count(n, 'modelo', 'modelos')} con las dos cifras, en escala logarítmica.`,
    flopAxis: 'FLOP de entrenamiento',
    costAxis: (cur: string) => `Coste del cómputo de entrenamiento, ${cur}`,
    paramsAxis: 'Parámetros, en miles de millones',
    tokensAxis: 'Tokens de entrenamiento, T (10¹²)',
    cost: 'Coste',
    tokens: 'Tokens',
    noCost: 'sin coste de entrenamiento publicado',
    noTokens: 'sin número de tokens en los datos',
    notShown: (list: string, why: string) => `No aparecen en el gráfico: ${list} (${why}).`,
    whyNoFlop: 'sin FLOP publicados',
    whyNoCost: 'sin coste de entrenamiento publicado',
    whyNoParams: 'sin número de parámetros en los datos',
    whyNoTokens: 'sin número de tokens en los datos',
    scatterAlt: (what: string, n: number, top: string) => `Gráfico de dispersión log-log de ${what}, ${count(n, 'modelo', 'modelos')}. ${top}`,
    costTop: (name: string, flop: string, cost: string) => `El de más cómputo es ${name}: ${flop}, con un coste de ${cost}.`,
    paramsTop: (name: string, params: string, tokens: string) => `El de más parámetros es ${name}: ${params} y ${tokens}.`,
    emptyScatter: 'Ningún modelo tiene las dos cifras de este gráfico.',
  },
  timeline: {
    timelineTitle: 'Cronología de ALIA y su contexto',
    timelineSubtitle: (n: number, from: string, to: string) => `${count(n, 'hecho', 'hechos')} entre ${from} y ${to}, cada uno con su fuente.`,
    timelineAlt: (n: number, first: string, last: string) => `Cronología de ${count(n, 'hecho', 'hechos')}, desde ${first} hasta ${last}.`,
    eventKind: 'Tipo',
    eventKinds: {
      announcement: 'Anuncio',
      agreement: 'Acuerdo',
      policy: 'Política',
      release: 'Publicación',
      milestone: 'Hito',
    } satisfies Record<EventKind, string>,
    timeGap: 'Salto en el eje: años sin hechos',
    emptyTimeline: 'No hay hechos en el conjunto de datos.',
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

  // ──── clusters ──────────────────────────────────────────────────────────────────────────────────
  // Clusters over time, Epoch AI's GPU clusters (m.clusters).
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

  // ──── world ─────────────────────────────────────────────────────────────────────────────────────
  // Epoch AI's data in the Sources tab (m.world). Citations and caveats are data: data/epoch/attribution.json.
  world: {
    sourcesTitle: 'El mundo alrededor del artículo: datos de Epoch AI',
    sourcesIntro: (date: string) =>
      `Clústeres de GPU, modelos notables y chips de Epoch AI, descargados el ${date}. Se muestran y exportan con su atribución, como pide la licencia.`,
    licence: 'Licencia',
    /** The credit line the licence asks for on every chart, image and CSV. */
    credit: (credit: string, licence: string) => `Datos: ${credit} (${licence})`,
    citations: 'Cómo citar cada conjunto de datos',
    caveats: 'Lo que Epoch AI advierte sobre sus datos, y cómo lo trata el atlas',
  },

  // ──── worldCharts ───────────────────────────────────────────────────────────────────────────────
  // Models and chips over time (m.worldCharts). Numbers arrive formatted.
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
  // As of a date (?v=as-of) and Where the compute is (?v=where): issue 11's views 2 and 3.
  asOf: {
    title: (when: string) => `Los mayores clústeres de IA conocidos ${when}`,
    subtitle: (n: string, when: string, top: string) =>
      `${n} clústeres en servicio ${when} con equivalentes H100 conocidos; los ${top} mayores, y los sistemas del artículo siempre. Color y trama: sector.`,
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

export type Messages = typeof es;

export default es;
