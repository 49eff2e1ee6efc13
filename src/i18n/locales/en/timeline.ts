/** English: The ALIA timeline (m.timeline). A chunk of its own, loaded with the models view (src/view/views.ts). */
import type { Messages } from '../es.ts';
import { count } from '../en.ts';

const timeline: Messages['timeline'] = {
  timelineTitle: 'ALIA timeline and context',
  timelineSubtitle: (n, from, to) => `${count(n, 'event', 'events')} from ${from} to ${to}, each with its source.`,
  timelineAlt: (n, first, last) => `Timeline of ${count(n, 'event', 'events')}, from ${first} to ${last}.`,
  eventKind: 'Kind',
  eventKinds: { announcement: 'Announcement', agreement: 'Agreement', policy: 'Policy', release: 'Release', milestone: 'Milestone' },
  timeGap: 'Axis break: years without events',
  emptyTimeline: 'There are no events in the dataset.',
};

export default timeline;
