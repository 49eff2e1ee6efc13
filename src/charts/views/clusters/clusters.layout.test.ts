import { resolve } from 'node:path';
import { loadValidDataset } from '../../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../../scripts/worldFiles.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../view/viewState.ts';
import { testCluster } from '../../../metrics/worldFixtures.ts';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { dateMs, fitValueAt, frameClusters, labelWidth, layoutClusters, nearestMark, wrap, type ClustersLayout } from './clusters.layout.ts';
import { clustersFits, clustersSeries, drawableClusters } from './clusters.series.ts';
import { clustersLayoutInput } from './clusters.input.ts';
import { loadAllMessages, MESSAGES } from '../../../i18n/messages.ts';

await loadAllMessages();
import { overlaps } from '../../kinds/scatter.layout.ts';

const dataDir = resolve(import.meta.dirname, '../../../../data');
const dataset = loadValidDataset(dataDir);
const world = loadValidWorld(dataDir, dataset);

const layoutOf = (patch: Partial<ViewState>, width: number, w: WorldData = world) => {
  const state = { ...DEFAULT_VIEW_STATE, view: 'clusters' as const, ...patch };
  const series = clustersSeries(w, dataset, state);
  const layout = layoutClusters({ ...series, snapshot: w.snapshot, legend: [{ key: 'sector:public', label: 'Public' }], captions: [{ text: 'A caption that is long enough to wrap on a phone screen, surely, when it is 360 px wide.' }] }, width, (v) => String(v));
  return { series, layout };
};

const inside = (l: ClustersLayout, x: number, y: number) => x >= l.plot.left && x <= l.plot.right && y >= l.plot.top && y <= l.plot.bottom;

describe.each([1280, 360])('at %i px', (width) => {
  const { series, layout } = layoutOf({}, width);

  test('every mark sits inside the plot, and the chart is no wider than the screen', () => {
    expect(layout.points.length).toBeGreaterThan(400);
    for (const p of layout.points) expect(inside(layout, p.cx, p.cy), p.datum.id).toBe(true);
    expect(layout.width).toBe(width);
    for (const c of layout.captions) expect(c.x + c.text.length * 6.5).toBeLessThanOrEqual(width);
  });

  test('x order is date order', () => {
    for (let i = 1; i < layout.points.length; i++) {
      const [a, b] = [layout.points[i - 1]!, layout.points[i]!];
      expect(dateMs(a.datum.date)).toBeLessThanOrEqual(dateMs(b.datum.date));
      expect(a.cx).toBeLessThanOrEqual(b.cx + 1e-9);
    }
  });

  test('y is logarithmic: ten times the H100-equivalents is always the same height up', () => {
    const ticks = layout.yTicks.filter((t, i, all) => i > 0 && t.value === all[i - 1]!.value * 10);
    const steps = layout.yTicks.slice(1).map((t, i) => layout.yTicks[i]!.at - t.at);
    expect(new Set(steps.map((s) => s.toFixed(3))).size).toBe(1);
    expect(ticks.length).toBe(layout.yTicks.length - 1);
    const [p, q] = [layout.points.find((x) => x.datum.h100e >= 1000)!, layout.points.find((x) => x.datum.h100e < 100)!];
    const perDecade = steps[0]!;
    // Centres are rounded to 0.1 px, so two of them differ from the exact heights by 0.1 at most.
    expect(Math.abs(q.cy - p.cy - Math.log10(p.datum.h100e / q.datum.h100e) * perDecade)).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  test('centres carry one decimal at most (the prerendered page prints each one)', () => {
    for (const p of layout.points) for (const v of [p.cx, p.cy]) expect(String(v)).toMatch(/^\d+(\.\d)?$/);
  });

  test('the mark under a pointer is the nearest within its radius and a few px; empty space finds none', () => {
    const p = layout.points[Math.floor(layout.points.length / 2)]!;
    const i = nearestMark(layout.points, p.cx + 0.5, p.cy - 0.5);
    expect(i).not.toBeNull();
    const hit = layout.points[i!]!;
    // Whichever mark it finds is at least as close as the one the pointer was put beside.
    expect(Math.hypot(hit.cx - p.cx - 0.5, hit.cy - p.cy + 0.5)).toBeLessThanOrEqual(Math.hypot(0.5, 0.5) + 1e-9);
    expect(nearestMark(layout.points, layout.plot.left - 50, layout.plot.top - 50)).toBeNull();
  });

  test('each trend line passes through its fit', () => {
    expect(layout.trends.map((t) => t.sector).sort()).toEqual(['private', 'public']);
    for (const t of layout.trends) {
      // The line's height at its midpoint is the fit's value at that date.
      const midX = (t.x1 + t.x2) / 2;
      const midY = (t.y1 + t.y2) / 2;
      const ms = layout.points.length ? invertX(layout, midX) : 0;
      const day = new Date(ms).toISOString().slice(0, 10);
      expect(Math.abs(midY - yOf(layout, fitValueAt(t.fit, day)))).toBeLessThan(1.5);
    }
    expect(series.trends.every((t) => t.fit && t.fit.n >= 3)).toBe(true);
  });
});

// The inverse of the time scale, from two marks at different dates (the scale is linear in time).
function invertX(l: ClustersLayout, x: number): number {
  const a = l.points[0]!;
  const b = l.points.at(-1)!;
  const [ta, tb] = [dateMs(a.datum.date), dateMs(b.datum.date)];
  return ta + ((x - a.cx) / (b.cx - a.cx)) * (tb - ta);
}
function yOf(l: ClustersLayout, v: number): number {
  const [t0, t1] = [l.yTicks[0]!, l.yTicks.at(-1)!];
  return t0.at + ((Math.log10(v) - Math.log10(t0.value)) / (Math.log10(t1.value) - Math.log10(t0.value))) * (t1.at - t0.at);
}

test('planned clusters appear only when asked for, and exactly they are hollow', () => {
  const plain = layoutOf({}, 800).layout;
  expect(plain.points.some((p) => p.datum.status === 'planned')).toBe(false);
  expect(plain.points.every((p) => !p.isHollow)).toBe(true);
  const asked = layoutOf({ statuses: ['existing', 'planned'] }, 800).layout;
  expect(asked.points.some((p) => p.datum.status === 'planned')).toBe(true);
  for (const p of asked.points) expect(p.isHollow).toBe(p.datum.status === 'planned');
});

test('sector by shape as well as colour; the post\'s systems are labelled under their curated name, once', () => {
  const { layout } = layoutOf({}, 1280);
  const shapes = new Map(layout.points.map((p) => [p.datum.sector, p.shape]));
  expect(shapes.get('public')).toBe('circle');
  expect(shapes.get('private')).toBe('square');
  expect(shapes.get('public-private')).toBe('diamond');
  const mn5 = layout.points.filter((p) => p.datum.name === 'MareNostrum 5 ACC');
  expect(mn5).toHaveLength(1);
  expect(mn5[0]!.datum.isPostSystem).toBe(true);
  expect(layout.points.filter((p) => p.label).every((p) => p.datum.isPostSystem)).toBe(true);
  expect(layout.points.filter((p) => p.label).length).toBeGreaterThan(3);
  expect(mn5[0]!.label, 'MareNostrum 5 is always named').not.toBeNull();
  expect(layoutOf({}, 360).layout.points.find((p) => p.datum.name === 'MareNostrum 5 ACC')!.label).not.toBeNull();
});

test('filters: region narrows marks and trends; the frontier steps up and stays inside the plot', () => {
  const { series, layout } = layoutOf({ worldRegions: ['rest-of-eu', 'spain'] }, 800);
  expect(series.data.every((d) => ['rest-of-eu', 'spain'].includes(d.cluster.region))).toBe(true);
  for (const f of series.frontiers) for (let i = 1; i < f.steps.length; i++) expect(f.steps[i]!.h100e).toBeGreaterThan(f.steps[i - 1]!.h100e * 0.999);
  expect(layout.frontiers.length).toBeGreaterThan(0);
});

test('a series too small for a trend draws none, and an empty one still lays out', () => {
  const tiny: WorldData = { ...world, clusters: [testCluster('a', { h100: 100, firstOperational: '2020-01-01', sector: 'public' }), testCluster('b', { h100: 1000, firstOperational: '2022-01-01', sector: 'public' })] };
  const { series, layout } = layoutOf({}, 360, tiny);
  expect(series.trends.every((t) => !t.fit)).toBe(true);
  expect(layout.trends).toHaveLength(0);
  expect(layout.points).toHaveLength(2);
  // Nothing kept: every mark hidden, none labelled or reachable by the pointer.
  const none = layoutOf({ worldRegions: ['spain'], sectors: ['private'], certainties: ['unlikely'] }, 360);
  expect(none.series.data).toHaveLength(0);
  expect(none.layout.points.every((p) => p.isHidden && !p.label)).toBe(true);
  expect(none.layout.points.map((p) => nearestMark(none.layout.points, p.cx, p.cy))).toEqual(none.layout.points.map(() => null));
});

test('region, sector, certainty and vendor filters hide marks in place: the others keep their place, the axes stay', () => {
  for (const width of [1280, 360]) {
    const all = layoutOf({}, width).layout;
    for (const patch of [{ sectors: ['public' as const] }, { worldRegions: ['spain' as const] }, { certainties: ['confirmed' as const], vendors: ['amd' as const] }]) {
      const { series, layout } = layoutOf(patch, width);
      const kept = new Set(series.data.map((d) => d.id));
      expect(kept.size).toBeGreaterThan(0);
      expect(kept.size).toBeLessThan(all.points.length);
      expect(layout.points.map((p) => p.datum.id)).toEqual(all.points.map((p) => p.datum.id));
      expect(layout.points.map((p) => [p.cx, p.cy])).toEqual(all.points.map((p) => [p.cx, p.cy]));
      expect(layout.points.filter((p) => !p.isHidden).map((p) => p.datum.id)).toEqual([...kept]);
      expect(layout.xTicks).toEqual(all.xTicks);
      expect(layout.yTicks).toEqual(all.yTicks);
      // A hidden mark holds no label and is not found under the pointer.
      for (const p of layout.points.filter((q) => q.isHidden)) {
        expect(p.label).toBeNull();
        expect(nearestMark(layout.points, p.cx, p.cy, 0)).not.toBe(layout.points.indexOf(p));
      }
    }
  }
  // Statuses choose what the chart holds (planned marks only when asked for), not what it hides.
  const planned = layoutOf({ statuses: ['existing', 'planned'] }, 1280);
  const existing = layoutOf({ statuses: ['existing'] }, 1280);
  expect(planned.layout.points.length).toBe(existing.layout.points.length + planned.series.data.filter((d) => d.status === 'planned').length);
  expect(planned.layout.points.length).toBeGreaterThan(existing.layout.points.length);
  for (const { layout } of [planned, existing]) expect(layout.points.every((p) => !p.isHidden)).toBe(true);
});

test('a sector filter keeps the shown sector\'s trend and frontier; fits made once give the same series', () => {
  const all = clustersSeries(world, dataset, DEFAULT_VIEW_STATE);
  const pub = clustersSeries(world, dataset, { ...DEFAULT_VIEW_STATE, sectors: ['public'] });
  expect(pub.trends).toEqual(all.trends.filter((t) => t.sector === 'public'));
  expect(pub.frontiers).toEqual(all.frontiers.filter((f) => f.sector === 'public'));
  expect(pub.gap).toBeUndefined();
  const state = { ...DEFAULT_VIEW_STATE, worldRegions: ['us' as const] };
  expect(clustersSeries(world, dataset, state, clustersFits(world, state))).toEqual(clustersSeries(world, dataset, state));
});

test('marks made once (drawableClusters) give the same series; a filter picks them in date order, the same objects each time', () => {
  const pins = ['marenostrum-5-acc'];
  const drawable = drawableClusters(world, dataset, pins);
  for (const patch of [{}, { sectors: ['public' as const] }, { statuses: ['planned' as const] }, { worldRegions: ['spain' as const], vendors: ['nvidia' as const] }]) {
    const state = { ...DEFAULT_VIEW_STATE, pins, ...patch };
    const kept = clustersSeries(world, dataset, state, clustersFits(world, state), drawable);
    expect(kept).toEqual(clustersSeries(world, dataset, state));
    expect(kept.data.every((d) => drawable.includes(d))).toBe(true);
    const days = kept.data.map((d) => dateMs(d.date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  }
  expect(drawable.find((d) => d.isPinned)?.name).toBe('MareNostrum 5 ACC');
  // The frame is one array per statuses shown, whatever the other filters: a chart keeps its layout.
  const frame = (patch: Partial<ViewState>) => clustersSeries(world, dataset, { ...DEFAULT_VIEW_STATE, pins, ...patch }, undefined, drawable).frame;
  expect(frame({ sectors: ['public'] })).toBe(frame({ worldRegions: ['spain'], vendors: ['amd'] }));
  expect(frame({ statuses: ['planned', 'existing'] })).toBe(frame({ statuses: ['existing', 'planned'] }));
  expect(frame({ statuses: ['planned'] })).not.toBe(frame({}));
});

test('a frame laid out once and kept gives the same chart as one laid out with each filter', () => {
  const drawable = drawableClusters(world, dataset);
  const input = (patch: Partial<ViewState>) => {
    const series = clustersSeries(world, dataset, { ...DEFAULT_VIEW_STATE, ...patch }, undefined, drawable);
    return { ...series, snapshot: world.snapshot, legend: [], captions: [] };
  };
  const kept = frameClusters(input({}).frame, input({}).frameSteps, world.snapshot, 640, String);
  for (const patch of [{}, { sectors: ['private' as const] }, { worldRegions: ['rest-of-eu' as const] }]) {
    expect(layoutClusters(input(patch), 640, String, undefined, kept)).toEqual(layoutClusters(input(patch), 640, String));
  }
});

test('wrap keeps words whole and lines within the limit', () => {
  expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
});

test('the plot leaves room for the widest y label, at phone width too', () => {
  const format = (v: number) => (v >= 1e6 ? '1 M' : v.toLocaleString('es-ES'));
  const series = clustersSeries(world, dataset, DEFAULT_VIEW_STATE);
  const layout = layoutClusters({ ...series, snapshot: world.snapshot, legend: [], captions: [] }, 360, format);
  for (const t of layout.yTicks) expect(layout.plot.left - 6 - format(t.value).length * 6.5).toBeGreaterThanOrEqual(0);
});

test('no two labels overlap or touch (2 px for their halos), at 1280, 640 and 360 px, pins included', () => {
  for (const width of [1280, 640, 360])
    for (const pins of [[], ['meta-100k', 'marenostrum-5-acc', 'xai-colossus']]) {
      const boxes = layoutOf({ pins }, width).layout.points.flatMap((p) => (p.label ? [p.label] : []));
      expect(boxes.length).toBeGreaterThan(3);
      const grown = boxes.map((b) => ({ x0: b.x0 - 2, y0: b.y0 - 2, x1: b.x1 + 2, y1: b.y1 + 2 }));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(grown[i]!, boxes[j]!), `${width} px`).toBe(false);
    }
});

test('a label is as wide as its letters: capitals and digits count more than the average letter', () => {
  expect(labelWidth('HPC6')).toBeGreaterThanOrEqual(32); // 32.3 px drawn in Chromium
  expect(labelWidth('Eos')).toBeGreaterThanOrEqual(22);
  expect(labelWidth('MareNostrum 5 ACC')).toBeGreaterThan(labelWidth('marenostrum 5 acc'));
  expect(labelWidth('ab', 24)).toBeCloseTo(2 * labelWidth('ab', 12), 9);
});

test('a pinned cluster is labelled at 1280 and 360 px, whether the pin names its Epoch or its curated id', () => {
  for (const width of [1280, 360]) {
    const { layout } = layoutOf({ pins: ['meta-100k', 'marenostrum-5-acc'] }, width);
    const meta = layout.points.find((p) => p.datum.id === 'meta-100k')!;
    expect(meta.datum.isPinned).toBe(true);
    expect(meta.label, `Meta 100k at ${width}`).not.toBeNull();
    expect(layout.points.find((p) => p.datum.name === 'MareNostrum 5 ACC')!.datum.isPinned).toBe(true);
    expect(layout.points.filter((p) => p.datum.isPinned)).toHaveLength(2);
  }
  // Without the pin, Meta 100k is one unlabelled mark among hundreds.
  expect(layoutOf({}, 1280).layout.points.find((p) => p.datum.id === 'meta-100k')!.label).toBeNull();
});

test('nearestMark: within radius + slack only, the closest of two overlapping marks wins', () => {
  const marks = [{ cx: 10, cy: 10, r: 4 }, { cx: 16, cy: 10, r: 4 }];
  expect(nearestMark(marks, 12, 10)).toBe(0);
  expect(nearestMark(marks, 14, 10)).toBe(1);
  expect(nearestMark(marks, 10, 17)).toBe(0);
  expect(nearestMark(marks, 10, 17.5)).toBeNull();
  expect(nearestMark([], 0, 0)).toBeNull();
});

test('at the embed\'s 640 px, where labels crowd, the post\'s systems in Spain and the rest of the EU keep theirs', () => {
  const { layout } = layoutOf({}, 640);
  const european = layout.points.filter((p) => p.datum.isPostSystem && ['spain', 'rest-of-eu'].includes(p.datum.cluster.region));
  expect(european.length).toBeGreaterThanOrEqual(2);
  for (const p of european) expect(p.label, p.datum.name).not.toBeNull();
});

describe('a filter moves nothing under the chart: the key keeps every entry, the captions their room', () => {
  const input = (patch: Partial<ViewState>, lang: 'es' | 'en' = 'es') => {
    const state = { ...DEFAULT_VIEW_STATE, view: 'clusters' as const, statuses: ['existing', 'decommissioned', 'planned'] as ViewState['statuses'], ...patch };
    return clustersLayoutInput(clustersSeries(world, dataset, state), world.snapshot, state.trendSelection, lang, MESSAGES[lang]);
  };
  const c = MESSAGES.es.clusters;

  test.each([1280, 640, 360])('at %i px, one sector shown: the same height and key places, the other sectors drawn off', (width) => {
    const all = layoutClusters(input({}), width, String);
    const publicOnly = layoutClusters(input({ sectors: ['public'] }), width, String);
    expect(publicOnly.height).toBe(all.height);
    expect(publicOnly.legend.map(({ key, x, y }) => ({ key, x, y }))).toEqual(all.legend.map(({ key, x, y }) => ({ key, x, y })));
    expect(all.legend.filter((l) => l.isOff)).toEqual([]);
    const off = publicOnly.legend.filter((l) => l.isOff).map((l) => l.label);
    expect(off).toEqual(expect.arrayContaining([c.sectors.private, c.sectors['public-private'], c.frontier(c.sectors.private)]));
    expect(off).not.toContain(c.sectors.public);
    // Every sentence stays in its place (no blank lines under the chart); the private trend's and
    // the gap's, about what the filter hides, are drawn off.
    expect(publicOnly.captions.map(({ y }) => y)).toEqual(all.captions.map(({ y }) => y));
    expect(all.captions.filter((l) => l.isOff)).toEqual([]);
    const offText = publicOnly.captions.filter((l) => l.isOff).map((l) => l.text).join(' ');
    const onText = publicOnly.captions.filter((l) => !l.isOff).map((l) => l.text).join(' ');
    expect(offText).toContain(c.sectors.private);
    expect(offText).not.toContain(c.sectors.public);
    expect(onText).toContain(c.sectors.public);
    expect(onText).not.toContain(c.sectors.private);
  });

  test('a region with no private cluster keeps the private entries, drawn off, and the height of its own key', () => {
    const spain = input({ worldRegions: ['spain'] });
    expect(spain.data.some((d) => d.sector === 'private')).toBe(false);
    expect(spain.legend.find((l) => l.key === 'sector:private')).toMatchObject({ isOff: true });
  });

  test('nothing shown at all (a sector with no mark in scope): every entry off, none lost', () => {
    const none = input({ sectors: ['public-private'], worldRegions: ['spain'] });
    expect(none.data).toEqual([]);
    expect(none.legend.length).toBeGreaterThan(3);
    expect(none.legend.every((l) => l.isOff)).toBe(true);
  });
});
