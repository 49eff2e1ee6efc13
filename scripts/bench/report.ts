/**
 * The result's shape, the goals, and the markdown printed to stdout. Pure (report.test.ts).
 */
import type { EntrySize } from './sizes.ts';
import { fmtKB, fmtMs, fmtRatio, ratio, verdict } from './stats.ts';

export type PageId = 'static' | 'dashboard' | 'embed' | 'custom' | 'lib';

/** Medians over the cold loads of one page (ms since navigation start, NaN when not measured). */
export interface PageSummary {
  id: PageId;
  label: string;
  path: string;
  minMarks: number;
  chartPaint: number;
  chartPaintMad: number;
  /** Median over rounds of this page's time / the static page's time in the same round. */
  pairedRatio: number;
  fcp: number;
  ready: number;
  responseEnd: number;
  load: number;
  renderBlockingEnd: number;
  chartFrame: number;
  scriptBeforeChart: number;
  mounts: string[];
  errors: string[];
}

export interface InteractionSummary {
  label: string;
  n: number;
  painted: number;
  commit: number;
  failures: string[];
}

export interface BenchResult {
  date: string;
  runs: number;
  /** How pages were served: loopback as is, or throttled and gzipped. */
  network: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string };
  pages: PageSummary[];
  sizes: { label: string; size: EntrySize; html: { raw: number; gzip: number } }[];
  interactions: InteractionSummary[];
  layoutNode: { rows: number; medianMs: number }[];
  notes: string[];
}

/** The issue's goals: times relative to the static page measured in the same run; JS in bytes. */
export const GOALS = { embedRatio: 1.2, dashboardRatio: 1.5, embedJs: 80 * 1024, dashboardJs: 150 * 1024 };

const RATIOS: { id: PageId; label: string; goal?: number }[] = [
  { id: 'dashboard', label: 'dashboard / static', goal: GOALS.dashboardRatio },
  { id: 'embed', label: 'prerendered embed / static', goal: GOALS.embedRatio },
  { id: 'custom', label: 'custom-view embed / static' },
  { id: 'lib', label: 'Observable Plot / static' },
];

/** Each page's chart-painted time over the static page's, from the same run. */
export function ratios(r: BenchResult): { id: PageId; label: string; value: number; paired: number; goal?: number }[] {
  const of = (id: PageId) => r.pages.find((p) => p.id === id);
  return RATIOS.map((x) => ({ ...x, value: ratio(of(x.id)?.chartPaint ?? Number.NaN, of('static')?.chartPaint ?? Number.NaN), paired: of(x.id)?.pairedRatio ?? Number.NaN }));
}

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const opt = (v: number) => (Number.isFinite(v) ? fmtMs(v) : '—');

export function markdown(r: BenchResult): string {
  const m = r.machine;
  const rs = ratios(r);
  const vsStatic = (id: PageId) => (id === 'static' ? '1.00×' : fmtRatio(rs.find((x) => x.id === id)?.value ?? Number.NaN));
  const largest = (s: EntrySize) => [...s.files].sort((a, b) => b.gzip - a.gzip)[0];
  const out = [
    `## Compute Atlas benchmark, ${r.date}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}. ` +
      `Medians of ${r.runs} cold loads per page; network: ${r.network}. Shared, noisy machine: compare ratios within one run, not times across runs.`,
    '',
    '### Navigation start → chart painted',
    '',
    table(
      ['Page', 'Chart painted (± MAD)', 'vs static', 'FCP (presented)', 'React committed'],
      r.pages.map((p) => [`${p.label} \`${p.path}\``, `${fmtMs(p.chartPaint)} ± ${fmtMs(p.chartPaintMad)}`, vsStatic(p.id), fmtMs(p.fcp), opt(p.ready)]),
    ),
    '',
    '### Where the time goes (medians, ms from navigation start)',
    '',
    table(
      ['Page', 'HTML received', 'Render-blocking CSS/JS received', 'Script before the chart (long frames only)', 'Chart frame starts (rAF)', 'Chart frame rendering', 'load event'],
      r.pages.map((p) => [p.label, fmtMs(p.responseEnd), fmtMs(p.renderBlockingEnd), fmtMs(p.scriptBeforeChart), fmtMs(p.chartFrame), fmtMs(p.chartPaint - p.chartFrame), fmtMs(p.load)]),
    ),
    '',
    '### Goals',
    '',
    table(
      ['Goal', 'Measured', 'Median of per-round ratios', 'Target', 'Result'],
      [
        ...rs.filter((x) => x.goal !== undefined).map((x) => [x.label, fmtRatio(x.value), fmtRatio(x.paired), `≤ ${fmtRatio(x.goal!)}`, verdict(x.value, x.goal!)]),
        ...r.sizes
          .filter((s) => s.label === 'dashboard' || s.label === 'embed/gpus')
          .map((s) => {
            const limit = s.label === 'dashboard' ? GOALS.dashboardJs : GOALS.embedJs;
            return [`${s.label} first-load JS, gzip`, fmtKB(s.size.gzip), '—', `< ${fmtKB(limit)}`, verdict(s.size.gzip, limit)];
          }),
      ],
    ),
    '',
    '### First-load JavaScript per entry (entry + modulepreloads + head script; gzip level 6)',
    '',
    table(
      ['Entry', 'Files', 'JS raw', 'JS gzip', 'Largest file (gzip)', 'HTML gzip'],
      r.sizes.map((s) => {
        const big = largest(s.size);
        return [s.label, String(s.size.files.length), fmtKB(s.size.raw), fmtKB(s.size.gzip), big ? `${big.url.replace(/^.*\//, '')} ${fmtKB(big.gzip)}` : '—', fmtKB(s.html.gzip)];
      }),
    ),
    '',
    '### Interactions (click → end of the next frame showing the change; medians)',
    '',
    table(
      ['Interaction', 'n', 'Painted', 'React commit', 'Failures'],
      r.interactions.map((i) => [i.label, String(i.n), fmtMs(i.painted), opt(i.commit), i.failures.length ? i.failures.slice(0, 2).join('; ') : '0']),
    ),
    '',
    `Layout alone (layoutBars in Node, median of 15): ${r.layoutNode.map((l) => `${l.rows} rows ${fmtMs(l.medianMs)}`).join(', ')}.`,
  ];
  const errors = [...new Set(r.pages.flatMap((p) => p.errors.map((e) => `${p.label}: ${e}`)))];
  if (errors.length) out.push('', 'Page errors:', ...errors.slice(0, 10).map((e) => `- ${e}`));
  const mounts = r.pages.filter((p) => p.mounts.length).map((p) => `${p.label}: ${p.mounts.join(', ')}`);
  if (mounts.length) out.push('', `Mount modes seen: ${mounts.join('; ')}.`);
  if (r.notes.length) out.push('', ...r.notes.map((n) => `- ${n}`));
  return out.join('\n');
}
