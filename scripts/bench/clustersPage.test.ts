// @vitest-environment jsdom
import { resolve } from 'node:path';
import { loadDatasetFromDir } from '../datasetFiles.ts';
import { loadValidWorld } from '../worldFiles.ts';
import { JSDOM } from 'jsdom';
import { clustersFilterPage, clustersInput, clustersPage } from './clustersPage.ts';

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

describe('the hand-written filter page', () => {
  const world = loadValidWorld(dataDir, loaded.dataset!);
  const every = { statuses: ['existing', 'decommissioned', 'planned'] } as const;
  const all = clustersInput(world, loaded.dataset!, every, 942);
  const publicOnly = clustersInput(world, loaded.dataset!, { ...every, sectors: ['public'] }, 942);
  const dom = new JSDOM(clustersFilterPage(all, publicOnly, 'Sector', 'Público'), { runScripts: 'dangerously' });
  const d = dom.window.document;
  const shapes = () => [...d.querySelectorAll('#marks > *')];
  const shown = () => shapes().filter((el) => !el.hasAttribute('display')).length;
  const box = d.querySelector<HTMLInputElement>('fieldset input')!;
  const toggle = () => {
    box.click(); // jsdom fires change on a checkbox click
  };

  it('draws every mark of the unfiltered chart, at its width, under a labelled box', () => {
    expect(shapes()).toHaveLength(all.layout.points.length);
    expect(shown()).toBe(all.layout.points.length);
    expect(d.querySelector('fieldset legend')!.textContent).toBe('Sector');
    expect(d.querySelector('svg')!.getAttribute('style')).toBe('width:942px');
  });

  it('hides exactly the marks the filter hides, swaps lines and words, and comes back on the next click', () => {
    const hiddenByFilter = publicOnly.layout.points.filter((p) => p.isHidden).length;
    expect(hiddenByFilter).toBeGreaterThan(100);
    toggle();
    expect(shown()).toBe(all.layout.points.length - hiddenByFilter);
    expect(d.getElementById('lines-a')!.getAttribute('display')).toBe('none');
    expect(d.getElementById('lines-b')!.hasAttribute('display')).toBe(false);
    expect(d.querySelector('figure p')!.textContent).toBe(publicOnly.subtitle);
    toggle();
    expect(shown()).toBe(all.layout.points.length);
    expect(d.getElementById('lines-b')!.getAttribute('display')).toBe('none');
    expect(d.querySelector('figure p')!.textContent).toBe(all.subtitle);
  });

  it('refuses two layouts that do not share their marks', () => {
    const other = clustersInput(world, loaded.dataset!, {}, 942);
    expect(() => clustersFilterPage(all, other, 'Sector', 'Público')).toThrow(/different marks/);
  });
});
