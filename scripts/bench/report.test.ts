import { GOALS, markdown, ratios, table, type BenchResult, type PageId, type PageSummary } from './report.ts';

const page = (id: PageId, chartPaint: number, baseline: PageId = 'static'): PageSummary => ({
  id, label: id, path: `/${id}`, minMarks: 3, baseline, chartPaint, chartPaintMad: 1, pairedRatio: chartPaint / 100, fcp: chartPaint, ready: NaN,
  responseEnd: 5, load: chartPaint, renderBlockingEnd: 5, chartFrame: chartPaint - 10, scriptBeforeChart: 0, navOffset: 0, mounts: [], errors: [],
});

const result = (paint: Partial<Record<PageId, number>>): BenchResult => ({
  date: '2026-01-01T00:00:00Z',
  runs: 7,
  network: 'loopback',
  machine: { cpu: 'Test CPU', cores: 2, memoryGB: 4, os: 'Linux', node: 'v20', chromium: '1' },
  pages: (['static', 'dashboard', 'embed', 'custom', 'lib'] as const).map((id) => page(id, paint[id] ?? 100)),
  sizes: [
    { label: 'dashboard', size: { files: [{ url: '/assets/main.js', raw: 300_000, gzip: 100 * 1024 }], raw: 300_000, gzip: 100 * 1024 }, html: { raw: 1, gzip: 1 } },
    { label: 'embed/gpus', size: { files: [{ url: '/assets/embed.js', raw: 300_000, gzip: 90 * 1024 }], raw: 300_000, gzip: 90 * 1024 }, html: { raw: 1, gzip: 1 } },
  ],
  interactions: [
    { label: 'toggle', n: 10, painted: 12, commit: 5, failures: [] },
    { id: 'scale-hand', label: 'hand', n: 6, painted: 20, commit: 5, failures: [] },
    { id: 'scale-product', label: 'product', n: 6, painted: 30, commit: 5, failures: [], pairedRatio: 1.25 },
  ],
  fetched: [
    { id: 'dashboard', label: 'dashboard', files: [{ url: '/a.js', type: 'script', raw: 300_000, gzip: 100 * 1024 }, { url: '/d.json', type: 'fetch', raw: 1, gzip: 1024 }] },
    { id: 'embed', label: 'embed', files: [{ url: '/b.js', type: 'script', raw: 9_000, gzip: 4 * 1024 }, { url: '/c.js', type: 'script', raw: 90_000, gzip: 30 * 1024 }] },
  ],
  layoutNode: [{ rows: 5000, medianMs: 2 }],
  notes: ['a note'],
});

describe('the benchmark report', () => {
  it('divides each page by the static page of the same run', () => {
    const r = ratios(result({ static: 100, dashboard: 140, embed: 130, lib: 300 }));
    expect(r.find((x) => x.id === 'dashboard')).toMatchObject({ value: 1.4, goal: GOALS.dashboardRatio });
    expect(r.find((x) => x.id === 'embed')!.value).toBeCloseTo(1.3);
    const lib = r.find((x) => x.id === 'lib')!;
    expect(lib.value).toBe(3);
    expect(lib.goal).toBeUndefined(); // a reference, not a goal
  });

  it('divides the world pages by the hand-written clusters page, not the bar chart', () => {
    const r = result({ static: 100 });
    r.pages.push(page('clusters-static', 200, 'clusters-static'), page('clusters-embed', 240, 'clusters-static'));
    const embed = ratios(r).find((x) => x.id === 'clusters-embed')!;
    expect(embed).toMatchObject({ value: 1.2, goal: GOALS.worldRatio });
    expect(ratios(r).find((x) => x.id === 'clusters-dashboard')).toBeUndefined(); // not measured: no row
    expect(markdown(r)).toMatch(/\| clusters embed \/ hand-written clusters page \| 1\.20× \|[^\n]*\| met \|/);
  });

  it('reads each filter and the hover against the next-frame goal, the models filter on its own row', () => {
    const r = result({ static: 100 });
    r.interactions.push(
      { id: 'world-hover', label: 'hover', n: 16, painted: 8, commit: 3, failures: [] },
      { id: 'world-filter', label: 'sector', n: 10, painted: 30, commit: 12, failures: [] },
      { id: 'models-filter', label: 'weights', n: 10, painted: 36, commit: 15, failures: [] },
      { id: 'world-filter-scaled', label: 'sector, copies', n: 10, painted: 41, commit: 20, failures: [] },
      { id: 'world-hover-scaled', label: 'hover, copies', n: 16, painted: 12, commit: 4, failures: [] },
    );
    expect(markdown(r)).toMatch(/\| clusters hover at 1,000 marks: event → painted \| 12 ms \|[^\n]*\| met \|/);
    const text = markdown(r);
    expect(text).toMatch(/\| clusters filter at 1,000 marks: event → painted \| 41 ms \|[^\n]*\| missed \|/);
    expect(text).toMatch(/\| clusters hover: event → painted \| 8\.0 ms \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| clusters filter: event → painted \| 30 ms \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| models filter: event → painted \| 36 ms \|[^\n]*\| missed \|/);
  });

  it('prints goals met and missed, with the machine and every page', () => {
    const text = markdown(result({ static: 100, dashboard: 125, embed: 130 }));
    expect(text).toContain('Test CPU, 2 cores');
    expect(text).toMatch(/\| dashboard \/ static \| 1\.25× \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| prerendered embed \/ static \| 1\.30× \|[^\n]*\| missed \|/);
    // Every script fetched counts, not only the page's entry: 4 + 30 KB.
    expect(text).toMatch(/\| embed JS fetched with no interaction, gzip \| 34\.0 KB \|[^\n]*\| missed \|/);
    expect(text).toMatch(/\| dashboard JS fetched with no interaction, gzip \| 100\.0 KB \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| toggle at scale \/ hand-written SVG \| 1\.50× \| 1\.25× \|[^\n]*\| missed \|/);
    for (const id of ['static', 'dashboard', 'embed', 'custom', 'lib']) expect(text).toContain(`\`/${id}\``);
  });

  it('reads the filter at scale against its own hand-written page, with the median of its rounds', () => {
    const r = result({ static: 100 });
    expect(markdown(r)).not.toContain('filter at scale'); // not measured: no row
    r.interactions.push(
      { id: 'filter-hand', label: 'hand filter', n: 10, painted: 40, commit: 10, failures: [] },
      { id: 'filter-product', label: 'product filter', n: 10, painted: 92, commit: 30, failures: [], pairedRatio: 2.2 },
    );
    const text = markdown(r);
    expect(text).toMatch(/\| filter at scale \(clusters, 1,000 marks\) \/ hand-written SVG \| 2\.30× \| 2\.20× \| ≤ 1\.20× \| missed \|/);
    // The toggle's row still reads its own pair.
    expect(text).toMatch(/\| toggle at scale \/ hand-written SVG \| 1\.50× \| 1\.25× \|/);
    expect(text).not.toContain('presented (Event Timing'); // no trusted clicks: no such row
  });

  it('reads Event Timing beside the in-page probe: its own ratio, its own next-frame row, and how many clicks it reported', () => {
    const r = result({ static: 100 });
    r.interactions.push(
      { id: 'filter-hand', label: 'hand filter', n: 10, painted: 40, commit: 10, failures: [], presented: 96, presentedN: 30, presentedClicks: 30 },
      { id: 'filter-product', label: 'product filter', n: 10, painted: 92, commit: 30, failures: [], presented: 192, presentedN: 30, presentedClicks: 30, pairedRatio: 2.2, presentedPairedRatio: 1.9 },
      { id: 'world-filter-scaled', label: 'sector, copies', n: 10, painted: 25, commit: 12, failures: [], presented: 48, presentedN: 9, presentedClicks: 10 },
      { id: 'world-filter', label: 'sector', n: 10, painted: 20, commit: 12, failures: [], presented: NaN, presentedN: 0, presentedClicks: 10 },
    );
    const text = markdown(r);
    expect(text).toMatch(/\| filter at scale \(clusters, 1,000 marks\) \/ hand-written SVG, presented \(Event Timing, trusted clicks\) \| 2\.00× \| 1\.90× \| ≤ 1\.20× \| missed \|/);
    // Met by the probe, missed by what reached the screen: both rows, each with its verdict.
    expect(text).toMatch(/\| clusters filter at 1,000 marks: event → painted \| 25 ms \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| clusters filter at 1,000 marks: event → presented \(Event Timing, trusted clicks\) \| 48 ms \(9 of 10 ≥ 16 ms\) \|[^\n]*\| missed \|/);
    // Every click under Event Timing's 16 ms floor: met, and said so.
    expect(text).toMatch(/\| clusters filter: event → presented \(Event Timing, trusted clicks\) \| < 16 ms \|[^\n]*\| met \|/);
    expect(text).toMatch(/\| sector, copies \| 10 \| 25 ms \| 12 ms \| 48 ms \(9 of 10 ≥ 16 ms\) \| 0 \|/);
  });

  it('says when a page was moved to its file: only for the page that moved', () => {
    const r = result({});
    r.pages.push({ ...page('redirect', 140), navOffset: 12.4 }, { ...page('clusters-root-link', 150), navOffset: Number.NaN });
    const rows = markdown(r).split('\n');
    expect(rows.find((l) => l.startsWith('| redirect | 12 ms |'))).toBeDefined();
    // A page whose first document could not be seen (no storage): not known, never a silent 0.
    expect(rows.find((l) => l.startsWith('| clusters-root-link | n/a |'))).toBeDefined();
    expect(rows.find((l) => l.startsWith('| embed | — |'))).toBeDefined();
  });

  it('says n/a rather than a number when a page never painted', () => {
    const text = markdown(result({ embed: NaN }));
    expect(text).toMatch(/\| prerendered embed \/ static \| n\/a \|[^\n]*\| n\/a \|/);
  });

  it('builds markdown tables that survive a pipe in a cell', () => {
    expect(table(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });
});
