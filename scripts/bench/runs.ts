/**
 * The measurement plan: interleaved cold loads of every page (one warm-up round discarded), then
 * the interactions. Separate from main.ts so the plan reads in one place.
 */
import type { Browser } from '@playwright/test';
import { coldLoad, toggles as togglesOf, type LoadResult, type Network } from './measure.ts';
import type { ClickTarget } from './probe.ts';
import type { InteractionSummary, PageId, PageSummary } from './report.ts';
import { mad, median, pairedRatios } from './stats.ts';

export interface Target {
  id: PageId;
  label: string;
  path: string;
  /** The chart's bar count: "painted" needs at least this many laid-out <rect>s. */
  minMarks: number;
  /** A product page: once the chart is painted, reach for it and wait for React to commit (<html data-ready>). */
  hydrates: boolean;
  /** The page its ratio is taken against (default: the static GPU chart page). */
  baseline?: PageId;
  /** Which shapes are marks (default: bars, `rect`). */
  marks?: string;
}

export async function measurePages(
  browser: Browser,
  url: (p: string) => string,
  targets: readonly Target[],
  o: { runs: number; network?: Network | undefined; log: (s: string) => void },
) {
  const { runs, log } = o;
  const loads = new Map<PageId, LoadResult[]>(targets.map((t) => [t.id, []]));
  // Round-robin, so a slow spell on the machine spreads over all pages instead of hitting one.
  for (let run = 0; run <= runs; run++) {
    for (const t of targets) {
      const r = await coldLoad(browser, url(t.path), t.minMarks, t.hydrates, o.network, t.marks);
      if (run > 0) loads.get(t.id)!.push(r); // round 0 warms the OS's file cache and Chromium's processes
    }
    log(run === 0 ? 'warm-up round done' : `round ${run}/${runs} done`);
  }
  const summaries: PageSummary[] = targets.map((t) => {
    const rs = loads.get(t.id)!;
    const baseline = loads.get(t.baseline ?? 'static') ?? [];
    const pick = (k: keyof Omit<LoadResult, 'mount' | 'errors'>) => median(rs.map((r) => r[k]));
    return {
      id: t.id, label: t.label, path: t.path, minMarks: t.minMarks, baseline: t.baseline ?? 'static',
      chartPaint: pick('chartPaint'), chartPaintMad: mad(rs.map((r) => r.chartPaint)),
      pairedRatio: median(pairedRatios(rs.map((r) => r.chartPaint), baseline.map((r) => r.chartPaint))),
      fcp: pick('fcp'), ready: pick('ready'), responseEnd: pick('responseEnd'), load: pick('load'),
      renderBlockingEnd: pick('renderBlockingEnd'), chartFrame: pick('chartFrame'), scriptBeforeChart: pick('scriptBeforeChart'), navOffset: pick('navOffset'),
      mounts: [...new Set(rs.flatMap((r) => (r.mount ? [r.mount] : [])))],
      errors: [...new Set(rs.flatMap((r) => r.errors))],
    };
  });
  return { summaries, loads: Object.fromEntries(loads) };
}

export async function measureInteractions(
  browser: Browser,
  url: (p: string) => string,
  o: {
    bars: number;
    dashboardPath: string;
    regionLegend: string;
    stressPath: string;
    stressRows: readonly number[];
    /** The "toggle at scale": the stress page against a hand-written SVG page, CPU slowed down. */
    scaleTest: { rows: number; cpuRate: number; handWrittenPath: string; rounds: number };
    /**
     * Issue 10's "a filter on a 1,000-mark chart within 1.2× of the same change on a hand-written
     * SVG page": the clusters view (clusters copied to `marks`) against clustersFilterPage, CPU slowed down.
     */
    filterTest?: { handUrl: string; productUrl: string; marks: number; shapes: string; legend: string; cpuRate: number; rounds: number };
    /** Issue 11: hover and a filter on the clusters chart with every status shown (its most marks). */
    world?: { path: string; marks: number; shapes: string; sectorLegend: string; scaled?: { url: string; marks: number } };
    /** Models over time (every model with a figure): its weights filter, open ↔ all. */
    models?: { path: string; marks: number; accessLegend: string };
  },
): Promise<InteractionSummary[]> {
  const out: InteractionSummary[] = [];
  const add = (label: string, s: { painted: number[]; commit: number[]; failures: string[]; presented?: number[] | undefined; presentedClicks?: number | undefined }, id?: InteractionSummary['id']) =>
    out.push({
      ...(id ? { id } : {}), label, n: s.painted.length, painted: median(s.painted), commit: median(s.commit), failures: [...new Set(s.failures)],
      ...(s.presentedClicks ? { presented: median(s.presented ?? []), presentedN: s.presented?.length ?? 0, presentedClicks: s.presentedClicks } : {}),
    });
  // A page that never paints its chart is a result to report, not a reason to lose every other figure.
  const toggles = (...args: Parameters<typeof togglesOf>) =>
    togglesOf(...args).catch((e: Error) => ({ painted: [], commit: [], failures: [`${args[1]}: ${e.message.split('\n')[0]}`], initial: { chartPaint: NaN } }));
  const scale: ClickTarget[] = [{ css: 'input[type="radio"][value="linear"]' }, { css: 'input[type="radio"][value="log"]' }];
  add(`Dashboard: log ↔ linear (${o.bars} bars)`, await toggles(browser, url(o.dashboardPath), o.bars, scale, 5));
  // The first region's checkbox, on then off: the bar count changes both ways.
  const region: ClickTarget = { legend: o.regionLegend, index: 0 };
  add('Dashboard: region filter on ↔ off', await toggles(browser, url(o.dashboardPath), o.bars, [region, region], 5));
  for (const n of o.stressRows) {
    const s = await toggles(browser, url(`${o.stressPath}?rows=${n}`), n, [{ css: '[data-bench="scale"]' }], 6);
    out.push({ label: `Stress page, ${n} bars: first render painted (from navigation)`, n: 1, painted: s.initial.chartPaint, commit: NaN, failures: [] });
    add(`Stress page, ${n} bars: log ↔ linear`, s);
  }
  // A change at scale against its hand-written twin: rounds of one series on each page,
  // interleaved, so a busy spell of the machine falls on both sides of a round; the goal reads the
  // median of the rounds' ratios too.
  const paired = async (
    what: string,
    ids: readonly ['scale-hand', 'scale-product'] | readonly ['filter-hand', 'filter-product'],
    sides: { hand: { label: string; url: string }; product: { label: string; url: string } },
    p: { minMarks: number; targets: ClickTarget[]; clicks: number; cpuRate: number; rounds: number; marks?: string; presentedClicks?: number },
  ) => {
    const side = () => ({ painted: [] as number[], commit: [] as number[], failures: [] as string[], presented: [] as number[], presentedClicks: 0 });
    const series = { hand: side(), product: side() };
    const perRound: number[] = [];
    const perRoundPresented: number[] = [];
    for (let round = 0; round < p.rounds; round++) {
      const hand = await toggles(browser, sides.hand.url, p.minMarks, p.targets, p.clicks, p.cpuRate, p.marks, p.presentedClicks);
      const product = await toggles(browser, sides.product.url, p.minMarks, p.targets, p.clicks, p.cpuRate, p.marks, p.presentedClicks);
      for (const [to, s] of [[series.hand, hand], [series.product, product]] as const) {
        to.painted.push(...s.painted);
        to.commit.push(...s.commit);
        to.failures.push(...s.failures);
        to.presented.push(...('presented' in s ? (s.presented ?? []) : []));
        to.presentedClicks += 'presentedClicks' in s ? (s.presentedClicks ?? 0) : 0;
      }
      if (hand.painted.length && product.painted.length) perRound.push(median(product.painted) / median(hand.painted));
      const [hp, pp] = [hand, product].map((s) => ('presented' in s ? (s.presented ?? []) : []));
      if (hp!.length && pp!.length) perRoundPresented.push(median(pp!) / median(hp!));
    }
    const tail = `${p.cpuRate}× CPU: ${what} (${p.rounds} rounds)`;
    add(`${sides.hand.label}, ${tail}`, series.hand, ids[0]);
    add(`${sides.product.label}, ${tail}`, series.product, ids[1]);
    const product = out[out.length - 1]!;
    if (perRound.length) product.pairedRatio = median(perRound);
    if (perRoundPresented.length) product.presentedPairedRatio = median(perRoundPresented);
  };
  const { rows, cpuRate, handWrittenPath, rounds } = o.scaleTest;
  await paired(
    'log ↔ linear',
    ['scale-hand', 'scale-product'],
    { hand: { label: `Hand-written SVG page, ${rows} bars`, url: url(handWrittenPath) }, product: { label: `Stress page (product BarChart), ${rows} bars`, url: url(`${o.stressPath}?rows=${rows}`) } },
    { minMarks: rows, targets: [{ css: '[data-bench="scale"]' }], clicks: 6, cpuRate, rounds },
  );
  if (o.filterTest) {
    // Issue 10's "a filter on a 1,000-mark chart", against the hand-written page with the same filter.
    const f = o.filterTest;
    const box: ClickTarget = { legend: f.legend, index: 0 };
    await paired(
      'sector filter on ↔ off',
      ['filter-hand', 'filter-product'],
      { hand: { label: `Hand-written clusters page with its filter, ${f.marks} marks`, url: f.handUrl }, product: { label: `Clusters view, ${f.marks} marks (clusters copied)`, url: f.productUrl } },
      { minMarks: f.marks, targets: [box, box], clicks: 5, cpuRate: f.cpuRate, rounds: f.rounds, marks: f.shapes, presentedClicks: 6 },
    );
  }
  if (o.world) {
    const { path, marks, shapes, sectorLegend, scaled } = o.world;
    // Two marks far apart in keyboard (date) order, so each move changes the tooltip and the ring.
    const hover = (n: number): ClickTarget[] => [{ hover: '[data-mark]', index: Math.floor(n / 3) }, { hover: '[data-mark]', index: Math.floor((2 * n) / 3) }];
    const sector: ClickTarget = { legend: sectorLegend, index: 0 };
    add(`Clusters, ${marks} marks: pointer onto a mark → tooltip`, await toggles(browser, url(path), marks, hover(marks), 8, 1, shapes), 'world-hover');
    add(`Clusters, ${marks} marks: sector filter on ↔ off`, await toggles(browser, url(path), marks, [sector, sector], 5, 1, shapes), 'world-filter');
    if (scaled) {
      const n = scaled.marks;
      add(`Clusters, ${n} marks (clusters copied, scaledWorld.ts): pointer onto a mark → tooltip`, await toggles(browser, scaled.url, n, hover(n), 8, 1, shapes), 'world-hover-scaled');
      add(`Clusters, ${n} marks (clusters copied): sector filter on ↔ off`, await toggles(browser, scaled.url, n, [sector, sector], 5, 1, shapes, 10), 'world-filter-scaled');
    }
  }
  if (o.models) {
    const { path, marks, accessLegend } = o.models;
    // "Open" then "all" (the radios' second and first): the chart hides and shows about 300 marks.
    const filter: ClickTarget[] = [{ legend: accessLegend, index: 1 }, { legend: accessLegend, index: 0 }];
    add(`Models over time, ${marks} marks: weights filter open ↔ all`, await toggles(browser, url(path), marks, filter, 5, 1, '[data-mark] path'), 'models-filter');
  }
  return out;
}
