/**
 * Timeline layout: dated events in, numbered markers on a horizontal time axis out. Pure.
 *
 * The real data has ~20 events with sentence-long labels, half of them within one year: no
 * arrangement of those labels on the axis stays legible (lanes with leader lines grow into a
 * staircase). So the axis carries numbered markers, stacked like a dot plot where dates
 * crowd, and the labels go in a numbered list beside it (on phones, the list alone).
 * Long empty stretches (Plan TL in 2015, then nothing until 2022) collapse into a marked
 * axis break instead of squeezing the busy years.
 */
import { asOfToDay } from '../../metrics/currency.ts';
import { timeScale } from '../kit/timeScale.ts';

export interface TimelineEventInput {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  label: string;
}
export interface PlacedEvent<E extends TimelineEventInput> {
  event: E;
  /** 1-based, in date order: the marker's text and the list item's number. */
  number: number;
  /** The event's date on the axis; the marker is centred on it. */
  x: number;
  /** Stack level, 0 on the axis. */
  lane: number;
  cy: number;
}
export interface TimelineLayout<E extends TimelineEventInput> {
  width: number;
  height: number;
  axisY: number;
  isCompact: boolean;
  /** Oldest first. */
  events: PlacedEvent<E>[];
  /** 1 January of each year inside the axis. */
  ticks: { year: number; x: number }[];
  /** Each year's name, centred on the part of it the axis shows (when that part is wide enough). */
  yearLabels: { year: number; x: number }[];
  breaks: { x0: number; x1: number }[];
}

export const COMPACT_BELOW = 560;
/** Marker radius: room for a two-digit number. */
export const MARKER_R = 10;
const LANE_H = 2 * MARKER_R + 3;
/** Gaps longer than this (days) become an axis break. */
const MAX_GAP = 540;
const PAD = 60;
const BREAK = 28;

export const eventDay = (date: string) => asOfToDay(date);

export function sortEvents<E extends TimelineEventInput>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => eventDay(a.date) - eventDay(b.date) || a.id.localeCompare(b.id));
}

export function layoutTimeline<E extends TimelineEventInput>(input: readonly E[], width: number): TimelineLayout<E> {
  const sorted = sortEvents(input);
  const isCompact = width < COMPACT_BELOW;
  const days = sorted.map((e) => eventDay(e.date));
  // Clusters of events with no gap longer than MAX_GAP, each padded so no marker sits on a break.
  const segments: { from: number; to: number }[] = [];
  days.forEach((d, i) => {
    const last = segments.at(-1);
    if (last && d - days[i - 1]! <= MAX_GAP * 864e5) last.to = d + PAD * 864e5;
    else segments.push({ from: d - PAD * 864e5, to: d + PAD * 864e5 });
  });
  const left = MARKER_R + 4;
  const right = width - MARKER_R - 4;
  const total = segments.reduce((s, g) => s + (g.to - g.from), 0) || 1;
  // Breaks take at most half the axis: many lonely events on a narrow axis would otherwise push
  // the last markers past its end (11 events years apart at 280 px needed 280 px of breaks).
  const gaps = Math.max(0, segments.length - 1);
  const breakW = gaps ? Math.min(BREAK, (right - left) / 2 / gaps) : BREAK;
  const perMs = Math.max(0, right - left - breakW * gaps) / total;
  const starts: number[] = [];
  segments.reduce((x, g) => (starts.push(x), x + (g.to - g.from) * perMs + breakW), left);
  // One piece per segment: a polylinear time scale jumps each break between its pieces.
  const time = timeScale(
    segments.flatMap((g) => [new Date(g.from), new Date(g.to)]),
    segments.flatMap((g, i) => [starts[i]!, starts[i]! + (g.to - g.from) * perMs]),
  );
  const xOf = (day: number) => time(new Date(day));

  const ticks: { year: number; x: number }[] = [];
  const yearLabels: { year: number; x: number }[] = [];
  const breaks: { x0: number; x1: number }[] = [];
  segments.forEach((g, i) => {
    for (let y = new Date(g.from).getUTCFullYear(); y <= new Date(g.to).getUTCFullYear(); y++) {
      const from = Math.max(g.from, Date.UTC(y, 0, 1));
      const to = Math.min(g.to, Date.UTC(y + 1, 0, 1));
      if (from > g.from) ticks.push({ year: y, x: xOf(from) });
      if ((to - from) * perMs >= 32) yearLabels.push({ year: y, x: (xOf(from) + xOf(to)) / 2 });
    }
    const inset = Math.min(4, breakW / 4);
    if (i > 0) breaks.push({ x0: starts[i]! - breakW + inset, x1: starts[i]! - inset });
  });

  // First fit, left to right: a marker sits on the lowest level with no marker too close.
  const placed: PlacedEvent<E>[] = [];
  sorted.forEach((event, i) => {
    const x = xOf(days[i]!);
    let lane = 0;
    while (placed.some((q) => q.lane === lane && Math.abs(q.x - x) < 2 * MARKER_R + 2)) lane++;
    placed.push({ event, number: i + 1, x, lane, cy: 0 });
  });
  const lanes = Math.max(1, ...placed.map((p) => p.lane + 1));
  const axisY = 6 + lanes * LANE_H;
  for (const p of placed) p.cy = axisY - MARKER_R - 3 - p.lane * LANE_H;
  return { width, height: axisY + 30, axisY, isCompact, events: placed, ticks, yearLabels, breaks };
}
