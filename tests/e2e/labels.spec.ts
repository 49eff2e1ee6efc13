/**
 * Spanish readers see Spanish inside the charts: the money chart's bars (label and, where it is
 * not a proper name, subject) and the ALIA timeline name each row in the page's language (data/README.md, *Labels*), English on an English page.
 * Expected texts come from data/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { loadDatasetFromDir } from '../../scripts/datasetFiles.ts';
import { MESSAGES } from './messages.ts';
import { test, expect, reach } from './fixtures.ts';

const result = loadDatasetFromDir(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error(result.messages.join('\n'));
const dataset = result.dataset;

async function open(page: Page, url: string) {
  await page.goto(url);
  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');
}
/** Every money bar's id and accessible name, once the view has drawn them all: React's first
 * commit (data-ready) can come before the view's code and strings have loaded. */
async function barNames(page: Page) {
  const bars = page.getByRole('main').locator('[data-bar]');
  await expect(bars).toHaveCount(dataset.money.length);
  return bars.evaluateAll((els) => els.map((e) => [e.getAttribute('data-bar'), e.getAttribute('aria-label')] as const));
}

test('the money chart names every bar in Spanish on the Spanish page, and in English with lang=en', async ({ page }) => {
  await open(page, './?v=money');
  const es = await barNames(page);
  expect(es).toHaveLength(dataset.money.length);
  for (const [id, name] of es) {
    const row = dataset.money.find((r) => r.id === id)!;
    // The subject too where the data translates it ("Presupuestos de IA de España").
    expect(name).toContain(`${row.subjects?.es ?? row.subject}, ${row.labels.es}: `);
  }
  expect(dataset.money.some((r) => r.subjects?.es)).toBe(true);
  // The first bar's visible label is the Spanish one (shortened with … when long, never overflowing).
  const first = dataset.money.find((r) => r.id === es[0]![0])!;
  const visible = page.getByRole('main').locator('[data-bar]').first().locator('text').first();
  await expect(visible).toContainText(`${first.subjects?.es ?? first.subject} · ${first.labels.es}`.slice(0, 12));

  await open(page, './?v=money&lang=en');
  for (const [id, name] of await barNames(page)) {
    const row = dataset.money.find((r) => r.id === id)!;
    expect(name).toContain(`${row.subject}, ${row.label}: `);
  }
});

test('the ALIA timeline lists its events in Spanish on the Spanish page', async ({ page }) => {
  await open(page, './?v=models');
  const list = page.getByRole('list', { name: MESSAGES.es.timeline.timelineTitle });
  await expect(list.getByRole('listitem')).toHaveCount(dataset.events.length);
  const text = await list.textContent();
  for (const e of dataset.events) {
    expect(text).toContain(e.labels.es);
    expect(text).not.toContain(e.label);
  }
  await open(page, './?v=models&lang=en');
  const en = page.getByRole('list', { name: MESSAGES.en.timeline.timelineTitle });
  for (const e of dataset.events) await expect(en).toContainText(e.label);
});

test('a view pinned to a release cut before the translations still loads, with the English labels it was cut with', async ({ page }) => {
  const old = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/releases/2026-12-01/dataset.json', import.meta.url)), 'utf8')) as {
    money: { id: string; subject: string; label: string; labels?: unknown }[];
  };
  expect(old.money[0]).not.toHaveProperty('labels');
  await open(page, './?v=money&release=2026-12-01');
  const bars = await barNames(page);
  expect(bars).toHaveLength(old.money.length);
  for (const [id, name] of bars) {
    const row = old.money.find((r) => r.id === id)!;
    expect(name).toContain(`${row.subject}, ${row.label}: `);
  }
});
