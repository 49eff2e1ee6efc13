/** Spanish: Compare two (m.compare). A chunk of its own, loaded with the compare view (src/view/views.ts). */
import { plural } from '../es.ts';

const compare = {
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
  none: {
    title: 'Sin medida común',
    differentKinds: (a: string, ak: string, b: string, bk: string) =>
      `${a} es ${ak} y ${b} es ${bk}: no comparten ninguna medida, así que no hay razón que calcular.`,
    missing: (name: string) => `${name} no tiene en los datos ninguna cifra comparable (número de GPU, cómputo de entrenamiento o importe).`,
    noShared: (a: string, b: string) => `${a} y ${b} no tienen una misma medida con datos (por ejemplo, uno solo tiene FLOP y el otro solo GPU-horas).`,
    tryPreset: 'Prueba una de las comparaciones del artículo:',
    kinds: { system: 'un sistema', model: 'un modelo', money: 'una cifra de dinero' },
  },
};

export default compare;
