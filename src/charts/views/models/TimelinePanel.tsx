/**
 * ALIA timeline panel: data/events.json as dated, sourced points in a ChartFrame (table, CSV,
 * source line) around the Timeline chart. Takes only PanelProps, like every panel.
 */
import { useMemo } from 'react';
import { indexDataset } from '../../../data/indexes.ts';
import { labelIn } from '../../../data/labels.ts';
import type { Dataset } from '../../../data/schema.ts';
import { formatDate, type Lang } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { asOfToDay } from '../../../metrics/currency.ts';
import { ChartFrame, frameProps } from '../../frame/ChartFrame.tsx';
import { pointDetails, pointSources, type DataPoint } from '../../frame/dataPoint.ts';
import type { PanelProps } from '../../panelProps.ts';
import { Timeline, type TimelineItem } from '../../kinds/Timeline.tsx';
import { sortEvents } from '../../kinds/timeline.layout.ts';

/** A date as a decimal year (2024-02-25 → 2024.15), the CSV's machine-readable value of an event. */
const decimalYear = (date: string) => {
  const year = Number(date.slice(0, 4));
  return Math.round((year + (asOfToDay(date) - Date.UTC(year, 0, 1)) / (365.25 * 864e5)) * 1000) / 1000;
};

export function timelineData(d: Dataset, lang: Lang, m: Messages): { points: DataPoint[]; items: TimelineItem[] } {
  const { sourceById } = indexDataset(d);
  const points: DataPoint[] = [];
  const items: TimelineItem[] = [];
  sortEvents(d.events).forEach((e, i) => {
    const source = sourceById.get(e.source);
    const sources = source ? [source] : [];
    const kind = m.timeline.eventKinds[e.kind];
    const dateLabel = formatDate(e.date, lang);
    const label = labelIn(e, lang);
    const p: DataPoint = {
      id: e.id,
      name: label,
      value: decimalYear(e.date),
      unit: 'year',
      asOf: e.date,
      confidence: e.confidence,
      sources,
      notes: e.note ? [e.note] : [],
      columns: [{ key: 'kind', label: m.timeline.eventKind, value: kind, raw: e.kind }],
    };
    points.push(p);
    const publishers = sources.map((s) => s.publisher).join('; ');
    items.push({
      id: e.id,
      date: e.date,
      label,
      confidence: e.confidence,
      dateLabel,
      kindLabel: kind,
      confidenceLabel: m.confidences[e.confidence],
      sources,
      details: pointDetails(p, dateLabel, lang, m).filter((x) => x.label !== m.detail.asOf),
      ariaLabel: `${i + 1}. ${dateLabel}: ${label}. ${kind}, ${m.confidences[e.confidence].toLowerCase()}, ${publishers}`,
    });
  });
  return { points, items };
}

export function TimelinePanel(props: PanelProps) {
  const { dataset, lang, m } = props;
  const { points, items } = useMemo(() => timelineData(dataset, lang, m), [dataset, lang, m]);
  const first = items[0];
  const last = items[items.length - 1];
  const description =
    first && last ? m.timeline.timelineAlt(items.length, `${first.label} (${first.dateLabel})`, `${last.label} (${last.dateLabel})`) : m.timeline.emptyTimeline;

  return (
    <ChartFrame
      title={m.timeline.timelineTitle}
      altText={description}
      subtitle={first && last ? m.timeline.timelineSubtitle(items.length, first.dateLabel, last.dateLabel) : m.timeline.emptyTimeline}
      points={points}
      sources={pointSources(points)}
      formatValue={(p) => formatDate(p.asOf, lang)}
      csvName="compute-atlas-timeline"
      chart="timeline"
      {...frameProps(props)}
      empty={items.length ? undefined : m.timeline.emptyTimeline}
    >
      {(width) => (
        <Timeline items={items} width={width} title={m.timeline.timelineTitle} description={description} gapLabel={m.timeline.timeGap} />
      )}
    </ChartFrame>
  );
}
