/**
 * Strings of "search and pin", namespaced under `m.search`. Spanish first; English typed from it,
 * so a key missing in one language fails the type check.
 */
import type { SearchKind } from '../data/worldSearch.ts';

const es = {
  search: {
    label: 'Buscar un clúster, un modelo o un chip',
    placeholder: 'p. ej. MareNostrum, Grok, H100',
    hint: 'Flechas para recorrer, Intro para elegir, Escape para cerrar.',
    loading: 'Cargando los datos de Epoch AI…',
    error: 'No se pudieron cargar los datos de Epoch AI.',
    retry: 'Reintentar',
    results: (n: number, shown: number) =>
      n === 0 ? 'Ningún resultado' : n === 1 ? '1 resultado' : shown < n ? `${n} resultados; se muestran los ${shown} primeros` : `${n} resultados`,
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
    bars: 'Mostrar',
    barSets: { post: 'Los sistemas del artículo', top: (n: number) => `Y los ${n} mayores clústeres conocidos`, all: 'Todos los clústeres conocidos' },
    worldLoading: 'Cargando los clústeres de Epoch AI…',
    worldError: 'No se pudieron cargar los clústeres de Epoch AI; se muestran los sistemas del artículo.',
  },
};

const en: typeof es = {
  search: {
    label: 'Search for a cluster, model or chip',
    placeholder: 'e.g. MareNostrum, Grok, H100',
    hint: 'Arrows to move, Enter to choose, Escape to close.',
    loading: 'Loading Epoch AI’s data…',
    error: 'Epoch AI’s data could not be loaded.',
    retry: 'Try again',
    results: (n, shown) => (n === 0 ? 'No results' : n === 1 ? '1 result' : shown < n ? `${n} results; showing the first ${shown}` : `${n} results`),
    kinds: { cluster: 'cluster', model: 'model', chip: 'chip' },
    fromPost: 'from the post',
    pinned: 'Pinned',
    pinnedMark: 'pinned',
    pinHelp: 'What you pin is labelled on the charts and kept in the link.',
    unpin: (name) => `Unpin ${name}`,
    didPin: (name) => `${name} pinned.`,
    didUnpin: (name) => `${name} unpinned.`,
    full: (max) => `${max} entities are pinned already: unpin one to pin another.`,
    noFigure: (what) => `no ${what} figure`,
    pickFor: (what) => `Search ${what}`,
    epochCluster: 'GPU cluster (Epoch AI)',
    bars: 'Show',
    barSets: { post: 'The post’s systems', top: (n) => `And the ${n} largest known clusters`, all: 'Every known cluster' },
    worldLoading: 'Loading Epoch AI’s clusters…',
    worldError: 'Epoch AI’s clusters could not be loaded; the post’s systems are shown.',
  },
};

export const searchMessages = { es, en };
