// @vitest-environment jsdom
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../datasetFiles.ts';
import { loadValidWorld } from '../worldFiles.ts';
import { clustersInput, clustersPage } from './clustersPage.ts';

const dataDir = resolve(__dirname, '../../data');
const loaded = loadDatasetFromDir(dataDir);
if (!loaded.ok) throw new Error(loaded.messages.join('\n'));
const c = clustersInput(loadValidWorld(dataDir, loaded.dataset), loaded.dataset);
const doc = new DOMParser().parseFromString(clustersPage(c), 'text/html');
const marks = doc.querySelectorAll('svg > g:nth-of-type(2) > :is(circle, rect, path)');

test('the hand-written clusters page has one shape per cluster of the default view, at the layout’s positions', () => {
  expect(c.layout.points.length).toBeGreaterThan(500);
  expect(marks).toHaveLength(c.layout.points.length);
  const first = c.layout.points[0]!;
  const el = marks[0]!;
  const x = Number(el.getAttribute('cx') ?? Number(el.getAttribute('x')) + Number(el.getAttribute('width')) / 2);
  if (el.tagName !== 'path') expect(x).toBeCloseTo(first.cx, 1);
  expect(doc.querySelector('svg')!.getAttribute('viewBox')).toBe(`0 0 ${c.layout.width} ${c.layout.height}`);
});

test('it carries the trend and frontier lines, the labels and the captions, and no script', () => {
  expect(doc.querySelectorAll('svg line[stroke-dasharray="6 4"]')).toHaveLength(c.layout.trends.length);
  const text = doc.querySelector('svg')!.textContent!;
  for (const cap of c.layout.captions) expect(text).toContain(cap.text);
  for (const p of c.layout.points.filter((p) => p.label)) expect(text).toContain(p.datum.name);
  expect(doc.querySelectorAll('script')).toHaveLength(0);
});
