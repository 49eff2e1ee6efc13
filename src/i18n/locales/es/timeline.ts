/** Spanish: The ALIA timeline (m.timeline). A chunk of its own, loaded with the models view (src/view/views.ts). */
import { count } from '../es.ts';
import type { EventRecord } from '../../../data/schema.ts';

type EventKind = EventRecord['kind'];

const timeline = {
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
};

export default timeline;
