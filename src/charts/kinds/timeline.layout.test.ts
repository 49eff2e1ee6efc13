import fc from 'fast-check';
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../../../scripts/datasetFiles.ts';
import { COMPACT_BELOW, eventDay, layoutTimeline, MARKER_R, sortEvents, type TimelineEventInput } from './timeline.layout.ts';

const loaded = loadDatasetFromDir(resolve(import.meta.dirname, '../../../data'));
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const events = loaded.dataset.events;

const dateArb = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.option(fc.integer({ min: 1, max: 28 })))
  .map(([y, m, d]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`));
const eventsArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), date: dateArb, label: fc.string({ maxLength: 80 }) }),
  { minLength: 1, maxLength: 30, selector: (e) => e.id },
);

function checkInvariants(input: readonly TimelineEventInput[], width: number) {
  const l = layoutTimeline(input, width);
  // Ordered by date, and x never goes back in time.
  l.events.forEach((e, i) => {
    const next = l.events[i + 1];
    if (!next) return;
    expect(eventDay(e.event.date)).toBeLessThanOrEqual(eventDay(next.event.date));
    expect(next.x).toBeGreaterThanOrEqual(e.x - 1e-9);
  });
  for (const e of l.events) {
    expect(e.x - MARKER_R).toBeGreaterThanOrEqual(0);
    expect(e.x + MARKER_R).toBeLessThanOrEqual(width);
    expect(e.cy - MARKER_R).toBeGreaterThanOrEqual(0);
    expect(e.cy + MARKER_R).toBeLessThanOrEqual(l.axisY);
  }
  expect(l.events.map((e) => e.number)).toEqual(l.events.map((_, i) => i + 1));
  // Markers never overlap.
  for (const a of l.events)
    for (const b of l.events) if (a !== b) expect(Math.hypot(a.x - b.x, a.cy - b.cy)).toBeGreaterThanOrEqual(2 * MARKER_R);
  return l;
}

test('events come out in date order, whatever order they go in', () => {
  const shuffled = [...events].reverse();
  expect(sortEvents(shuffled).map((e) => e.id)).toEqual(sortEvents(events).map((e) => e.id));
  const days = sortEvents(events).map((e) => eventDay(e.date));
  expect(days).toEqual([...days].sort((a, b) => a - b));
});

test.each([1280, 900, 600])('the real events at %i px: ordered, inside, markers apart, a readable height', (width) => {
  const l = checkInvariants(events, width);
  expect(l.height).toBeLessThan(260);
});

test('a long empty stretch becomes an axis break rather than squeezing the busy years', () => {
  const l = layoutTimeline(events, 1000);
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  if (Math.max(...years) - Math.min(...years) > 3) expect(l.breaks.length).toBeGreaterThan(0);
  for (const b of l.breaks) expect(l.events.some((e) => e.x > b.x0 && e.x < b.x1)).toBe(false);
});

test('year ticks and year labels run in time order, every event year is named', () => {
  const l = layoutTimeline(events, 1000);
  for (const list of [l.ticks, l.yearLabels]) {
    expect(list.map((t) => t.year)).toEqual([...list.map((t) => t.year)].sort((a, b) => a - b));
    expect(list.map((t) => t.x)).toEqual([...list.map((t) => t.x)].sort((a, b) => a - b));
  }
  for (const e of events) expect(l.yearLabels.map((t) => t.year)).toContain(Number(e.date.slice(0, 4)));
});

test('phones get the compact (list) layout', () => {
  expect(layoutTimeline(events, COMPACT_BELOW - 1).isCompact).toBe(true);
  expect(layoutTimeline(events, COMPACT_BELOW).isCompact).toBe(false);
});

test('many events years apart on a narrow axis: the breaks shrink, every marker stays inside', () => {
  const lonely = Array.from({ length: 11 }, (_, i) => ({ id: String(i), date: String(2000 + 2 * i), label: '' }));
  const l = checkInvariants(lonely, 280);
  expect(l.breaks).toHaveLength(10);
  for (const b of l.breaks) expect(b.x1).toBeGreaterThan(b.x0);
});

test('any events, any width: ordered, inside, markers apart', () => {
  fc.assert(fc.property(eventsArb, fc.integer({ min: 280, max: 1600 }), (input, width) => void checkInvariants(input, width)));
});
