import { test, expect } from './fixtures.ts';

// Epoch's world data (~1.8 MB) is its own file: the default view must not pay for it.
test('the default view never requests the world data', { tag: '@phone' }, async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: /Compute Atlas|Atlas del cómputo/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.some((u) => u.includes('/data/atlas'))).toBe(true); // the check is watching data requests
  expect(requested.filter((u) => /\/data\/world[.\w]*\.json/.test(u))).toEqual([]);
});

test('the build publishes the world data, and its pinned copy, as JSON', async ({ request }) => {
  const res = await request.get('./data/world.json');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toContain('json');
  const world = await res.json();
  expect(world.clusters).toHaveLength(786);
  expect(world.clusters.find((c: { curatedId?: string }) => c.curatedId === 'marenostrum-5-acc')).toMatchObject({
    chipCount: { value: 4480 },
    firstOperational: '2023-11-01',
  });
  const pinned = await request.get(`./data/world.${world.version}.json`);
  expect(pinned.ok()).toBe(true);
});
