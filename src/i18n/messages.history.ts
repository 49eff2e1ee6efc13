/**
 * Strings of the "history" feature (TOP500 history, models, timeline), namespaced under
 * `m.history`. Spanish first; English typed from it, so a key missing in one language fails
 * the type check. Spanish never says "billón" (see format.ts): 10¹² tokens are written "T".
 */
import type { EventRecord } from '../data/schema.ts';

type EventKind = EventRecord['kind'];

/** "1 sistema" / "3 sistemas": counts here can be 1 (an edition with one system in the data). */
const count = (n: number, one: string, many: string) => `${n}\u00a0${n === 1 ? one : many}`;

const es = {
  history: {
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
    // Models
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
    // Timeline
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
};

export const historyMessages: { es: typeof es; en: typeof es } = {
  es,
  en: {
    history: {
      top500Title: 'Rank on the TOP500 list, edition by edition',
      top500Subtitle: (n, e) => `${count(n, 'system', 'systems')} across ${count(e, 'edition', 'editions')} (1 = the most powerful; log scale). MareNostrum 5 highlighted.`,
      rankAxis: 'Rank',
      rank: 'Rank',
      edition: 'Edition',
      rmax: 'Rmax',
      noRmax: 'no Rmax in the data',
      top500Alt: (sentences, n, e) => `Line chart of the TOP500 rank of ${count(n, 'system', 'systems')} across ${count(e, 'list edition', 'list editions')}. ${sentences}`,
      trajectory: (name, r1, e1, r2, e2) => `${name} was ${r1} in ${e1} and ${r2} in ${e2}.`,
      single: (name, r, e) => `${name} was ${r} in ${e}.`,
      notOfficial: (e) => `The ${e} figure is not official: a third party reports it.`,
      emptyHistory: 'No system in the dataset has TOP500 ranks.',
      pickEditionHint: 'Click a point (or press Enter on it) to see that edition in the bar chart below.',
      editionPicker: 'List edition',
      editionTitle: (e) => `TOP500 of ${e}: the dataset's systems by Rmax`,
      editionSubtitle: (n) => `${count(n, 'system', 'systems')}, in PFLOP/s of Rmax (HPL, FP64). The number is their rank on that list.`,
      editionAxis: 'PFLOP/s Rmax (HPL, FP64)',
      editionAlt: (e, n, top) => `Bar chart of the Rmax of ${count(n, 'system', 'systems')} on the TOP500 list of ${e}. ${top}`,
      rankedWith: (name, rank, value) => `${name} is ${rank} with ${value}.`,
      noRmaxInEdition: (list) => `No bar, because the data has no Rmax for them in this edition: ${list}.`,
      emptyEdition: 'No system on this edition has an Rmax in the data.',
      costTitle: 'Training compute against cost',
      costSubtitle: (n, cur) => `${count(n, 'model', 'models')} with both figures, log scales: training FLOP and the compute's cost in ${cur}.`,
      paramsTitle: 'Parameters against training tokens',
      paramsSubtitle: (n) => `${count(n, 'model', 'models')} with both figures, log scales.`,
      flopAxis: 'Training FLOP',
      costAxis: (cur) => `Training compute cost, ${cur}`,
      paramsAxis: 'Parameters, billions',
      tokensAxis: 'Training tokens, T (10¹²)',
      cost: 'Cost',
      tokens: 'Tokens',
      noCost: 'no published training cost',
      noTokens: 'no token count in the data',
      notShown: (list, why) => `Not on the chart: ${list} (${why}).`,
      whyNoFlop: 'no published FLOP',
      whyNoCost: 'no published training cost',
      whyNoParams: 'no parameter count in the data',
      whyNoTokens: 'no token count in the data',
      scatterAlt: (what, n, top) => `Log-log scatter plot of ${what}, ${count(n, 'model', 'models')}. ${top}`,
      costTop: (name, flop, cost) => `The most compute is ${name}'s: ${flop}, at a cost of ${cost}.`,
      paramsTop: (name, params, tokens) => `The most parameters are ${name}'s: ${params} and ${tokens}.`,
      emptyScatter: 'No model has both figures of this chart.',
      timelineTitle: 'ALIA timeline and context',
      timelineSubtitle: (n, from, to) => `${count(n, 'event', 'events')} from ${from} to ${to}, each with its source.`,
      timelineAlt: (n, first, last) => `Timeline of ${count(n, 'event', 'events')}, from ${first} to ${last}.`,
      eventKind: 'Kind',
      eventKinds: { announcement: 'Announcement', agreement: 'Agreement', policy: 'Policy', release: 'Release', milestone: 'Milestone' },
      timeGap: 'Axis break: years without events',
      emptyTimeline: 'There are no events in the dataset.',
    },
  },
};
