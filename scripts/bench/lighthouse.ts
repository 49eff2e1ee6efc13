/**
 * `npm run lighthouse` (or `npm run bench -- --lighthouse`): Lighthouse 12, mobile (its default
 * form factor: Moto G Power, simulated slow 4G, 4× CPU), on the dashboard (for a reader whose
 * browser asks for Spanish, and for one whose browser asks for English, whom the head script
 * moves to en/) and one embed, served from dist/ gzipped as a host would. Several runs per page
 * (one run swung from 56 to 91 on a busy machine): the median of each score and metric, every
 * run's performance score, and the audits that lost points in the median run. Lighthouse is not
 * a dependency: it runs through `npx lighthouse@12.8.2` (13.x needs Node 22), or $LIGHTHOUSE.
 */
import { spawn } from 'node:child_process';
import { table } from './report.ts';
import { median } from './stats.ts';

export const LIGHTHOUSE_VERSION = '12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = { lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift', fcp: 'first-contentful-paint' } as const;

interface Lhr {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
  runtimeError?: { message: string };
}

export interface LighthouseSummary {
  path: string;
  /** Every run's performance score, in run order (the other fields are medians over the runs). */
  runs?: number[];
  version: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { lcp: number; tbt: number; cls: number; fcp: number };
  /** Weighted audits that scored below 1: what to fix. */
  failing: { category: string; id: string; title: string; score: number; display?: string }[];
}

/** The scores, metrics and failing audits of one Lighthouse report. Pure (lighthouse.test.ts). */
export function summarise(path: string, lhr: Lhr): LighthouseSummary {
  const score = (c: string) => Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const a = lhr.audits[ref.id];
        return a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable'
          ? [{ category, id: ref.id, title: a.title, score: a.score, ...(a.displayValue ? { display: a.displayValue } : {}) }]
          : [];
      }),
  );
  return {
    path,
    version: lhr.lighthouseVersion,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: { lcp: num(METRICS.lcp), tbt: num(METRICS.tbt), cls: num(METRICS.cls), fcp: num(METRICS.fcp) },
    failing,
  };
}

/** One page's runs as one summary: the median of each score and metric; failing audits of the run with the median performance. */
export function medianSummary(runs: readonly LighthouseSummary[]): LighthouseSummary {
  if (runs.length === 0) throw new Error('medianSummary: no runs');
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const mid = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(median(runs.map((r) => r.scores[c])))])) as LighthouseSummary['scores'];
  const metrics = Object.fromEntries((Object.keys(METRICS) as (keyof typeof METRICS)[]).map((k) => [k, median(runs.map((r) => r.metrics[k]))])) as LighthouseSummary['metrics'];
  return { path: mid.path, version: mid.version, runs: runs.map((r) => r.scores.performance), scores, metrics, failing: mid.failing };
}

export function lighthouseMarkdown(rs: readonly LighthouseSummary[]): string {
  const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
  return [
    `### Lighthouse ${rs[0]?.version ?? LIGHTHOUSE_VERSION}, mobile (simulated slow 4G, 4× CPU), served gzipped`,
    '',
    table(
      ['Page', 'Performance', 'Runs (performance)', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      rs.map((r) => [`\`${r.path}\``, String(r.scores.performance), r.runs ? r.runs.join(', ') : '—', String(r.scores.accessibility), String(r.scores['best-practices']), String(r.scores.seo),
        ms(r.metrics.fcp), ms(r.metrics.lcp), ms(r.metrics.tbt), Number.isFinite(r.metrics.cls) ? r.metrics.cls.toFixed(3) : 'n/a']),
    ),
    '',
    ...rs.flatMap((r) =>
      r.failing.length ? [`Lost points on \`${r.path}\`: ${r.failing.map((f) => `${f.category} · ${f.title} (${f.display ?? f.score.toFixed(2)})`).join('; ')}.`, ''] : [],
    ),
  ].join('\n');
}

/**
 * Runs Lighthouse once on `url`; the report, or why it could not run. Asynchronous on purpose:
 * the pages are served from this same process, which a blocking spawn would freeze.
 */
export function runLighthouse(url: string, acceptLang?: string): Promise<Lhr | string> {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const [cmd, ...pre] = process.env.LIGHTHOUSE ? [process.env.LIGHTHOUSE] : ['npx', '--yes', `lighthouse@${LIGHTHOUSE_VERSION}`];
  const args = [
    ...pre, url, '--output=json', '--output-path=stdout', '--quiet',
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run${acceptLang ? ` --accept-lang=${acceptLang}` : ''}`,
  ];
  return new Promise((resolve) => {
    const child = spawn(cmd!, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => resolve(`could not start ${cmd}: ${e.message}`));
    child.on('close', (code) => {
      if (code !== 0) return resolve(`lighthouse exited with ${code}: ${err.slice(-600)}`);
      const lhr = JSON.parse(out) as Lhr;
      resolve(lhr.runtimeError ? `lighthouse: ${lhr.runtimeError.message}` : lhr);
    });
  });
}
