/** Spanish: The models' scatter charts (m.modelCharts). A chunk of its own, loaded with the models view (src/view/views.ts). */
import { count } from '../es.ts';

// Spanish never says "billón" (see format.ts): 10¹² tokens are written "T".
const modelCharts = {
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
};

export default modelCharts;
