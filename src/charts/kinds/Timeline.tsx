/**
 * Timeline: numbered markers on a horizontal time axis (desktop) above a numbered list of the
 * events with their date, kind, confidence and source links. On phones the list alone is the
 * chart: a vertical timeline. Markers are focusable with tooltips; hovering or focusing one
 * marks its list item, and the other way round.
 */
import { memo, useMemo, useRef } from 'react';
import type { Confidence, Source } from '../../data/schema.ts';
import { ConfidencePatterns, pointStyle } from '../kit/confidenceMarks.tsx';
import { useActive, type ActiveStore } from '../kit/activeStore.ts';
import { ChartSvg } from '../kit/ChartSvg.tsx';
import { useChartImage } from '../kit/imageMode.tsx';
import type { DetailLine } from '../kit/detail.ts';
import { ActiveRing, Mark, sameMarkProps, useMarks } from '../kit/marks.tsx';
import { ChartTooltip } from '../kit/Tooltip.tsx';
import { useChartUid } from '../kit/uid.ts';
import { COMPACT_BELOW, layoutTimeline, MARKER_R, type PlacedEvent, type TimelineEventInput } from './timeline.layout.ts';

export interface TimelineItem extends TimelineEventInput {
  confidence: Confidence;
  dateLabel: string;
  kindLabel: string;
  confidenceLabel: string;
  sources: Source[];
  details: DetailLine[];
  ariaLabel: string;
}

/** A numbered dot in the confidence encoding; the same on the axis and in the list. */
function Marker({ uid, x, y, number, confidence }: { uid: string; x: number; y: number; number: number; confidence: Confidence }) {
  return (
    <>
      <circle cx={x} cy={y} r={MARKER_R} style={pointStyle(uid, { confidence })} />
      <text
        x={x}
        y={y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={10}
        fontWeight={600}
        style={{ fill: 'var(--c-text)', paintOrder: 'stroke', stroke: 'var(--c-surface)', strokeWidth: 3 }}
      >
        {number}
      </text>
    </>
  );
}

export interface TimelineProps {
  items: readonly TimelineItem[];
  width: number;
  title: string;
  description: string;
  gapLabel: string;
}

const EventMark = memo(function EventMark({ e, index, uid, axisY, isTabStop }: { e: PlacedEvent<TimelineItem>; index: number; uid: string; axisY: number; isTabStop: boolean }) {
  return (
    <Mark index={index} label={e.event.ariaLabel} isTabStop={isTabStop} data={{ 'data-mark': e.event.id }}>
      <line x1={e.x} x2={e.x} y1={e.cy + MARKER_R} y2={axisY} style={{ stroke: 'var(--c-grid)' }} />
      <Marker uid={uid} x={e.x} y={e.cy} number={e.number} confidence={e.event.confidence} />
    </Mark>
  );
}, sameMarkProps);

/** The numbered list: the chart itself on phones. Hovering an item marks its event, and the other way round. */
function EventList({ events, store, uid, title, isCompact }: { events: readonly PlacedEvent<TimelineItem>[]; store: ActiveStore; uid: string; title: string; isCompact: boolean }) {
  const active = useActive(store);
  return (
    <ol
      aria-label={title}
      aria-describedby={isCompact ? `${uid}-ld` : undefined}
      className={`m-0 list-none p-0 text-sm ${isCompact ? 'border-l-2 border-[var(--c-grid)] pl-3' : 'columns-2 gap-6'}`}
    >
      {events.map((e, i) => (
        <li
          key={e.event.id}
          className={`mb-2 flex break-inside-avoid gap-2 rounded-md px-1 py-0.5 ${active === i ? 'bg-[var(--c-grid)]' : ''}`}
          onMouseEnter={() => store.set(i)}
        >
          <svg aria-hidden="true" width={2 * MARKER_R + 4} height={2 * MARKER_R + 4} className="shrink-0">
            <Marker uid={uid} x={MARKER_R + 2} y={MARKER_R + 2} number={e.number} confidence={e.event.confidence} />
          </svg>
          <span className="min-w-0">
            <time dateTime={e.event.date} className="font-semibold">{e.event.dateLabel}</time>
            {' · '}
            {e.event.label}
            <span className="block text-xs text-[var(--c-muted)]">
              {e.event.kindLabel} · {e.event.confidenceLabel} ·{' '}
              {e.event.sources.map((s, j) => (
                <span key={s.id}>
                  {j > 0 && '; '}
                  {s.url ? <a className="underline" href={s.url} rel="noopener noreferrer" target="_blank">{s.publisher}</a> : s.publisher}
                </span>
              ))}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function Timeline({ items, width, title, description, gapLabel }: TimelineProps) {
  const uid = useChartUid();
  const box = useRef<HTMLDivElement>(null);
  const collect = useChartImage();
  // An image has no list beside it: it always gets the time axis.
  const layoutWidth = collect ? Math.max(width, COMPACT_BELOW) : width;
  const layout = useMemo(() => layoutTimeline(items, layoutWidth), [items, layoutWidth]);
  const { axisY, events } = layout;
  const { store, layerProps, clear, tabStop } = useMarks(events.length);
  const svg = (
    <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
      <g aria-hidden="true">
        <line x1={0} x2={layout.width} y1={axisY} y2={axisY} style={{ stroke: 'var(--c-muted)' }} strokeWidth={1.5} />
        {layout.ticks.map((t) => (
          <line key={t.year} x1={t.x} x2={t.x} y1={axisY - 4} y2={axisY + 8} style={{ stroke: 'var(--c-muted)' }} />
        ))}
        {layout.yearLabels.map((t) => (
          <text key={t.year} x={t.x} y={axisY + 19} textAnchor="middle" style={{ fill: 'var(--c-muted)' }}>{t.year}</text>
        ))}
        {layout.breaks.map((b) => (
          <g key={b.x0}>
            <title>{gapLabel}</title>
            <rect x={b.x0} y={axisY - 4} width={b.x1 - b.x0} height={8} style={{ fill: 'var(--c-surface)' }} />
            <line x1={b.x0} x2={b.x0 + 6} y1={axisY + 5} y2={axisY - 5} style={{ stroke: 'var(--c-muted)' }} strokeWidth={1.5} />
            <line x1={b.x1 - 6} x2={b.x1} y1={axisY + 5} y2={axisY - 5} style={{ stroke: 'var(--c-muted)' }} strokeWidth={1.5} />
          </g>
        ))}
      </g>
      <g {...layerProps}>
        {events.map((e, i) => (
          <EventMark key={e.event.id} e={e} index={i} uid={uid} axisY={axisY} isTabStop={i === tabStop} />
        ))}
      </g>
      <ActiveRing
        store={store}
        draw={(i) => {
          const e = events[i];
          return e && <circle cx={e.x} cy={e.cy} r={MARKER_R + 3} fill="none" />;
        }}
      />
    </ChartSvg>
  );
  if (collect) {
    collect({ element: svg, width: layout.width, height: layout.height });
    return null;
  }

  return (
    <div ref={box} className="relative flex flex-col gap-3" onMouseLeave={clear}>
      {!layout.isCompact && svg}
      {!layout.isCompact && (
        <ChartTooltip
          store={store}
          container={box}
          at={(i) => {
            const e = events[i];
            return e && { detail: { title: `${e.number}. ${e.event.label}`, lines: e.event.details }, x: e.x, y: e.cy };
          }}
        />
      )}
      {layout.isCompact && (
        <>
          <p id={`${uid}-ld`} className="sr-only">{description}</p>
          {/* The list's markers fill from these patterns; on desktop the chart's own <defs> serve. */}
          <svg width={0} height={0} aria-hidden="true" className="absolute">
            <ConfidencePatterns uid={uid} />
          </svg>
        </>
      )}
      <EventList events={events} store={store} uid={uid} title={title} isCompact={layout.isCompact} />
    </div>
  );
}
