/**
 * One SVG snapshot per chart kind and language, from fixed fixture data (not data/, so a
 * corrected figure does not churn the drawings). A mismatch writes `<name>-changed.svg` beside
 * the snapshot in tests/__snapshots__ (see svgSnapshot.ts).
 */
import { render } from '@testing-library/react';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { expect, test } from 'vitest';
import { BarChart, type DetailedBarRow } from '../src/charts/kinds/BarChart.tsx';
import { ScatterChart } from '../src/charts/kinds/ScatterChart.tsx';
import type { ScatterDatum } from '../src/charts/kinds/scatter.layout.ts';
import { StackedAreaChart } from '../src/charts/kinds/StackedAreaChart.tsx';
import type { StackColumn, StackSeries } from '../src/charts/kinds/stackedArea.layout.ts';
import { TimeScatterChart } from '../src/charts/kinds/TimeScatterChart.tsx';
import type { TimeKeyEntry, TimeLineSeries, TimeMarkDatum } from '../src/charts/kinds/timeScatter.layout.ts';
import { Timeline, type TimelineItem } from '../src/charts/kinds/Timeline.tsx';
import { Top500Chart } from '../src/charts/kinds/Top500Chart.tsx';
import type { RankSeries } from '../src/charts/kinds/top500.layout.ts';
import { WaffleChart, type WaffleSide } from '../src/charts/kinds/WaffleChart.tsx';
import { dateTick, flopTick } from '../src/charts/views/world/timeFormats.ts';
import { CONFIDENCES } from '../src/data/model.ts';
import { formatCompact, formatDate, formatEdition, formatNumber, formatOrdinal, formatPercent, type Lang } from '../src/i18n/format.ts';
import { compareSvgSnapshot } from './svgSnapshot.ts';

const detail = (lang: Lang, value: string) => [
  { label: lang === 'es' ? 'Valor' : 'Value', value },
  { label: lang === 'es' ? 'Fuente' : 'Source', value: 'fixture' },
];

function bars(lang: Lang): DetailedBarRow[] {
  const rows: [string, number, number?][] = [['MareNostrum 5 ACC', 4480], ['DeepSeek-V3', 2048], ['xAI Colossus', 100000, 200000], ['ALIA 40B', 1024], ['Un nombre de sistema muy largo que no cabe', 300]];
  return rows.map(([label, value, high], i) => ({
    id: `b${i}`,
    label,
    value,
    high,
    confidence: CONFIDENCES[i % 4]!,
    valueLabel: formatNumber(value, lang),
    sublabel: i === 1 ? (lang === 'es' ? 'clúster de entrenamiento' : 'training cluster') : undefined,
    isHighlighted: i === 0,
    details: detail(lang, formatNumber(value, lang)),
    ariaLabel: `${label}: ${formatNumber(value, lang)}`,
  }));
}

function points(lang: Lang): ScatterDatum[] {
  return [
    ['DeepSeek-V3', 3.4e24, 5.6],
    ['Llama 3.1 405B', 3.8e25, 60],
    ['ALIA 40B', 2.5e23, 10.1],
    ['GPT-4', 2.1e25, 78],
  ].map(([label, x, y], i) => ({
    id: `p${i}`,
    label: String(label),
    x: Number(x),
    y: Number(y),
    confidence: CONFIDENCES[i]!,
    isHighlighted: i === 2,
    details: detail(lang, formatCompact(Number(x), lang)),
    ariaLabel: `${label}: ${formatCompact(Number(x), lang)}`,
  }));
}

function sides(lang: Lang): [WaffleSide, WaffleSide] {
  const side = (id: string, value: number, confidence: (typeof CONFIDENCES)[number], high?: number): WaffleSide => ({
    id,
    value,
    high,
    confidence,
    lines: [id, `${formatNumber(value, lang)} GPU`],
    ariaLabel: `${id}: ${formatNumber(value, lang)} GPU`,
    details: detail(lang, formatNumber(value, lang)),
  });
  return [side('MareNostrum 5 ACC', 4480, 'official'), side('DeepSeek-V3', 2048, 'reported', 2300)];
}

function events(lang: Lang): TimelineItem[] {
  return [
    ['2015-10', 'Plan TL'],
    ['2024-02-25', 'ALIA announced'],
    ['2024-04-05', 'IBM MoU'],
    ['2024-05', 'ALIA named'],
    ['2025-01-15', 'First models'],
  ].map(([date, label], i) => ({
    id: `e${i}`,
    date: date!,
    label: label!,
    confidence: CONFIDENCES[i % 4]!,
    dateLabel: formatDate(date!, lang),
    kindLabel: lang === 'es' ? 'anuncio' : 'announcement',
    confidenceLabel: CONFIDENCES[i % 4]!,
    sources: [{ id: 's', title: 'Fixture', publisher: 'Fixture', url: 'https://example.org/' } as TimelineItem['sources'][number]],
    details: detail(lang, formatDate(date!, lang)),
    ariaLabel: `${i + 1}. ${label}`,
  }));
}

const EDITIONS = ['2023-11', '2024-06', '2024-11', '2025-06'];
function ranks(lang: Lang): RankSeries[] {
  const series = (id: string, label: string, rs: number[], isHighlighted: boolean): RankSeries => ({
    id,
    label,
    isHighlighted,
    points: rs.map((rank, i) => ({
      id: `${id}-${EDITIONS[i]}`,
      edition: EDITIONS[i]!,
      rank,
      confidence: i === 3 ? 'reported' : 'official',
      details: detail(lang, formatOrdinal(rank, lang)),
      ariaLabel: `${label}, ${formatEdition(EDITIONS[i]!, lang)}: ${formatOrdinal(rank, lang)}`,
    })),
  });
  return [series('mn5', 'MareNostrum 5 ACC', [8, 8, 11, 14], true), series('lumi', 'LUMI', [5, 5, 8, 9], false)];
}

function timeMarks(lang: Lang): TimeMarkDatum[] {
  const marks: [string, string, number, TimeMarkDatum['shape'], TimeMarkDatum['confidence'], boolean?][] = [
    ['GPT-4', '2023-03-14', 2.1e25, 'square', 'estimate'],
    ['Llama 3.1 405B', '2024-07-23', 3.8e25, 'circle', 'official'],
    ['ALIA-40b', '2025-01-15', 2.5e23, 'circle', 'reported'],
    ['BERT', '2018-10-11', 2.9e20, 'triangle', 'claim'],
    ['Planned', '2026-06', 1e27, 'diamond', 'claim', true],
  ];
  return marks.map(([label, date, value, shape, confidence, isHollow], i) => ({
    id: `m${i}`,
    label,
    date,
    value,
    shape,
    colour: i % 3,
    confidence,
    isHollow,
    isLabelled: i < 3,
    isHighlighted: i === 2,
    details: detail(lang, formatCompact(value, lang)),
    ariaLabel: `${label}: ${formatCompact(value, lang)} FLOP`,
  }));
}

function trendLines(lang: Lang): TimeLineSeries[] {
  return [{ id: 'trend', label: lang === 'es' ? 'tendencia ×4/año' : 'trend ×4/year', kind: 'line', colour: 3, isDashed: true, points: [{ year: 2018.5, value: 1e21 }, { year: 2025.5, value: 1e26 }] }];
}

function timeKey(lang: Lang): TimeKeyEntry[] {
  return [
    { label: lang === 'es' ? 'Pesos abiertos' : 'Open weights', colour: 0, shape: 'circle', confidence: 'reported' },
    { label: lang === 'es' ? 'Cerrado' : 'Closed', colour: 1, shape: 'square', confidence: 'reported' },
    { label: trendLines(lang)[0]!.label, colour: 3, shape: 'circle', confidence: 'reported', line: { isDashed: true } },
  ];
}

const STACKS: StackSeries[] = [
  { key: 'es', label: 'España', colour: 'var(--c-cat-0)' },
  { key: 'eu', label: 'EU', colour: 'var(--c-cat-1)' },
  { key: 'us', label: 'US', colour: 'var(--c-cat-2)' },
];

function stackColumns(lang: Lang): StackColumn[] {
  const rows: [string, number, number, number][] = [
    ['2023-03-31', 1000, 20000, 90000],
    ['2023-06-30', 1000, 24000, 150000],
    ['2023-09-30', 4480, 30000, 260000],
    ['2023-12-31', 4480, 52000, 400000],
    ['2024-03-31', 4480, 61000, 700000],
  ];
  return rows.map(([date, es, eu, us], i) => {
    const total = es + eu + us;
    return {
      id: `q${i}`,
      date,
      label: formatDate(date, lang),
      values: { es, eu, us },
      details: STACKS.map((s, j) => ({ label: s.label, value: `${formatNumber([es, eu, us][j]!, lang)} · ${formatPercent([es, eu, us][j]! / total, lang)}` })),
      ariaLabel: `${formatDate(date, lang)}: ${formatNumber(total, lang)}`,
    };
  });
}


const KINDS: Record<string, (lang: Lang) => ReactElement> = {
  'bar-chart': (lang) => <BarChart rows={bars(lang)} width={720} scale="log" formatTick={(v) => formatCompact(v, lang)} title="GPU" description="…" axisLabel={lang === 'es' ? 'GPU (aceleradores)' : 'GPUs (accelerators)'} />,
  'bar-chart-phone-linear': (lang) => <BarChart rows={bars(lang)} width={340} scale="linear" formatTick={(v) => formatCompact(v, lang)} title="GPU" description="…" axisLabel="GPU" />,
  'scatter-chart': (lang) => <ScatterChart data={points(lang)} width={720} formats={{ x: (v) => formatCompact(v, lang), y: (v) => `${formatNumber(v, lang)} M€` }} title="FLOP / €" description="…" xLabel="FLOP" yLabel="M€" />,
  'waffle-chart': (lang) => <WaffleChart sides={sides(lang)} unit={20} unitLabel="1 ■ = 20 GPU" width={720} title="×2,19" description="…" headline={lang === 'es' ? '×2,19' : '×2.19'} />,
  timeline: (lang) => <Timeline items={events(lang)} width={900} title="ALIA" description="…" gapLabel={lang === 'es' ? 'salto' : 'gap'} />,
  'time-scatter-chart': (lang) => (
    <TimeScatterChart
      data={timeMarks(lang)}
      lines={trendLines(lang)}
      keyEntries={timeKey(lang)}
      width={720}
      formats={{ x: (d) => dateTick(d, lang), y: (v) => flopTick(v, lang) }}
      title="FLOP"
      description="…"
      xLabel={lang === 'es' ? 'Fecha' : 'Date'}
      yLabel="FLOP"
    />
  ),
  'time-scatter-chart-phone': (lang) => <TimeScatterChart data={timeMarks(lang)} width={340} formats={{ x: (d) => dateTick(d, lang), y: (v) => flopTick(v, lang) }} title="FLOP" description="…" xLabel={lang === 'es' ? 'Fecha' : 'Date'} yLabel="FLOP" />,
  'stacked-area-chart': (lang) => (
    <StackedAreaChart series={STACKS} columns={stackColumns(lang)} isShare={false} width={720} formats={{ x: (d) => dateTick(d, lang), y: (v) => formatNumber(v, lang) }} title="H100e" description="…" xLabel={lang === 'es' ? 'Trimestre' : 'Quarter'} yLabel="H100e" />
  ),
  'stacked-area-chart-share-phone': (lang) => (
    <StackedAreaChart series={STACKS} columns={stackColumns(lang)} isShare width={340} formats={{ x: (d) => dateTick(d, lang), y: (v) => formatPercent(v, lang) }} title="H100e" description="…" xLabel={lang === 'es' ? 'Trimestre' : 'Quarter'} yLabel="%" />
  ),
  'top500-chart': (lang) => <Top500Chart series={ranks(lang)} editions={EDITIONS} width={720} title="TOP500" description="…" selectedEdition="2024-11" formatEdition={(e) => formatEdition(e, lang)} formatRank={(r) => formatOrdinal(r, lang)} axisLabel={lang === 'es' ? 'Puesto' : 'Rank'} />,
};

for (const [kind, make] of Object.entries(KINDS))
  for (const lang of ['es', 'en'] as const)
    test(`${kind} (${lang}) draws as its snapshot`, () => {
      const { container } = render(make(lang));
      const svg = container.querySelector('svg[role="graphics-document"]');
      expect(svg).not.toBeNull();
      expect(compareSvgSnapshot(svg!.outerHTML, `${kind}-${lang}`)).toBeNull();
    });

test('every chart kind in src/charts/kinds has a snapshot here', () => {
  const kinds = readdirSync(resolve(import.meta.dirname, '../src/charts/kinds'))
    .filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'))
    .map((f) => f.replace(/\.tsx$/, ''));
  const drawn = new Set(Object.values(KINDS).map((make) => (make('es').type as { name: string }).name));
  expect(kinds.filter((k) => !drawn.has(k))).toEqual([]);
});
