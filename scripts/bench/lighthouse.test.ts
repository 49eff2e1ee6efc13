import { lighthouseMarkdown, medianSummary, summarise } from './lighthouse.ts';

const audit = (score: number | null, extra: object = {}) => ({ title: 't', score, scoreDisplayMode: 'numeric', ...extra });
const lhr = {
  lighthouseVersion: '12.8.2',
  categories: {
    performance: { score: 0.934, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'total-blocking-time', weight: 30 }, { id: 'diagnostic', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 1, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': audit(0.8, { title: 'Largest Contentful Paint', numericValue: 2512.4, displayValue: '2.5 s' }),
    'total-blocking-time': audit(1, { numericValue: 20 }),
    'cumulative-layout-shift': audit(1, { numericValue: 0.0012 }),
    'first-contentful-paint': audit(1, { numericValue: 900 }),
    diagnostic: audit(0),
    'color-contrast': audit(1),
    'errors-in-console': audit(0, { title: 'Browser errors were logged to the console', scoreDisplayMode: 'binary' }),
  },
};

test('summarise keeps the four scores, the metrics and only the weighted audits that lost points', () => {
  const s = summarise('/', lhr);
  expect(s.scores).toEqual({ performance: 93, accessibility: 100, 'best-practices': 96, seo: 100 });
  expect(s.metrics).toEqual({ lcp: 2512.4, tbt: 20, cls: 0.0012, fcp: 900 });
  expect(s.failing.map((f) => f.id)).toEqual(['largest-contentful-paint', 'errors-in-console']); // not the unweighted diagnostic
  const text = lighthouseMarkdown([s]);
  expect(text).toMatch(/\| `\/` \| 93 \| — \| 100 \| 96 \| 100 \| 900 ms \| 2512 ms \| 20 ms \| 0\.001 \|/);
  expect(text).toContain('performance · Largest Contentful Paint (2.5 s)');
});

test('medianSummary takes the median of each score and metric over the runs, and keeps every run’s performance score', () => {
  const run = (performance: number, tbt: number) => {
    const s = summarise('/', lhr);
    return { ...s, scores: { ...s.scores, performance }, metrics: { ...s.metrics, tbt }, failing: performance === 84 ? [] : s.failing };
  };
  const m = medianSummary([run(91, 100), run(56, 900), run(84, 300)]);
  expect(m.scores.performance).toBe(84);
  expect(m.metrics.tbt).toBe(300);
  expect(m.runs).toEqual([91, 56, 84]);
  expect(m.failing).toEqual([]); // the audits of the median run (84), not of the worst
  expect(lighthouseMarkdown([m])).toMatch(/\| `\/` \| 84 \| 91, 56, 84 \|/);
  expect(() => medianSummary([])).toThrow();
});
