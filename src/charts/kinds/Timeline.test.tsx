import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { eventDay } from './timeline.layout.ts';
import { Timeline } from './Timeline.tsx';
import { timelineData } from '../views/models/TimelinePanel.tsx';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const d = loaded.dataset;
const m = MESSAGES.es;
const { items } = timelineData(d, 'es', m);
const renderAt = (width: number) =>
  render(<Timeline items={items} width={width} title={m.timeline.timelineTitle} description="Cronología generada." gapLabel={m.timeline.timeGap} />);

test('desktop: a named time axis with one numbered, focusable marker per event, in date order', () => {
  renderAt(1000);
  const chart = screen.getByRole('graphics-document', { name: m.timeline.timelineTitle });
  expect(chart).toHaveAccessibleDescription('Cronología generada.');
  const marks = within(chart).getAllByRole('graphics-symbol');
  expect(marks).toHaveLength(d.events.length);
  marks.forEach((el, i) => expect(el.getAttribute('aria-label')).toMatch(new RegExp(`^${i + 1}\\. `)));
  const days = marks.map((el) => eventDay(items.find((x) => el.getAttribute('aria-label')!.includes(x.label))!.date));
  expect(days).toEqual([...days].sort((a, b) => a - b));
});

test('the ALIA milestones are there with their dates and sources', () => {
  renderAt(1000);
  const list = screen.getByRole('list', { name: m.timeline.timelineTitle });
  const text = list.textContent!;
  for (const id of ['alia-mwc-announcement', 'alia-ibm-mou', 'alia-named-ai-strategy', 'alia-first-models-published']) {
    const e = d.events.find((x) => x.id === id)!;
    // A Spanish page names each event in Spanish.
    expect(text).toContain(e.labels.es);
    expect(text).not.toContain(e.label);
  }
  const mouEvent = d.events.find((x) => x.id === 'alia-ibm-mou')!;
  const mou = within(list).getAllByRole('listitem').find((li) => li.textContent!.includes(mouEvent.labels.es))!;
  expect(mou.querySelector('time')).toHaveAttribute('datetime', mouEvent.date);
  const withUrl = d.sources.filter((s) => s.url && d.events.some((e) => e.source === s.id));
  for (const s of withUrl) expect(within(list).getAllByRole('link', { name: s.publisher })[0]).toHaveAttribute('href', s.url);
});

test('the timeline names each event in the page language: Spanish in es, English in en', () => {
  const byLang = (lang: 'es' | 'en') => new Map(timelineData(d, lang, MESSAGES[lang]).items.map((it) => [it.id, it]));
  const es = byLang('es');
  const en = byLang('en');
  for (const e of d.events) {
    expect(es.get(e.id)!.label).toBe(e.labels.es);
    expect(es.get(e.id)!.ariaLabel).toContain(e.labels.es);
    expect(en.get(e.id)!.label).toBe(e.label);
  }
  expect(d.events.filter((e) => e.labels.es === e.label)).toEqual([]);
});

test('focusing a marker shows its date, kind and source; Escape hides it', async () => {
  const user = userEvent.setup();
  renderAt(1000);
  const first = within(screen.getByRole('graphics-document')).getAllByRole('graphics-symbol')[0]!;
  act(() => first.focus());
  expect(screen.getByRole('tooltip')).toHaveTextContent(m.detail.source);
  expect(screen.getByRole('tooltip')).toHaveTextContent(m.timeline.eventKind);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
});

test('phones: a vertical list only, still named and described', () => {
  renderAt(360);
  expect(screen.queryByRole('graphics-document')).not.toBeInTheDocument();
  const list = screen.getByRole('list', { name: m.timeline.timelineTitle });
  expect(list).toHaveAccessibleDescription('Cronología generada.');
  expect(within(list).getAllByRole('listitem')).toHaveLength(d.events.length);
});
