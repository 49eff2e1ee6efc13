/**
 * The build served with exactly the headers of `_headers` (public/_headers, what Netlify and
 * Cloudflare Pages send) by a small host of our own (headersServer.ts): the dashboard and a
 * sandboxed embed in a blog on another origin paint, respond to the pointer and break no
 * Content-Security-Policy rule; assets and the data API are readable cross-origin, while a file
 * the header file leaves without CORS is not (so the check can fail).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { readmeCsp } from '../readmeCsp.ts';
import { serveDist, servePage, type Hosted } from './headersServer.ts';
import { test, expect, reach } from './fixtures.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const BLOG = readFileSync(fileURLToPath(new URL('./blog-post.html', import.meta.url)), 'utf8');
const CSP = readmeCsp();

let host: Hosted;
test.beforeAll(async () => {
  host = await serveDist(DIST, process.env.BASE_PATH ?? '/');
});
test.afterAll(async () => host.close());

/** In every frame, before its scripts: what a policy blocked. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violationsIn = (page: Page) =>
  Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));

async function openBlog(page: Page, iframes: string): Promise<Hosted> {
  const blog = await servePage(BLOG.replace('{{CHARTS}}', iframes).replaceAll('{{SITE}}', host.site));
  await page.goto(blog.site);
  return blog;
}

test('the dashboard under the _headers file: its CSP, cacheable hashed assets, a working chart, nothing blocked', async ({ page, context }) => {
  await recordViolations(context);
  const assets: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', (r) => {
    if (/\/assets\//.test(r.url())) assets.push({ url: r.url(), headers: r.headers() });
  });
  const response = await page.goto(host.site);
  expect(response!.headers()['content-security-policy']).toBe(CSP.dashboard);
  expect(response!.headers()['cache-control']).toBe('no-cache');

  await reach(page);
  await expect(page.locator('html')).toHaveAttribute('data-mount', 'hydrate');
  await page.locator('main [data-bar]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();

  expect(assets.length).toBeGreaterThan(0);
  for (const a of assets) {
    expect(a.headers['cache-control'], a.url).toBe('public, max-age=31536000, immutable');
    expect(a.headers['access-control-allow-origin'], a.url).toBe('*');
  }
  expect((await violationsIn(page)).flat()).toEqual([]);
});

test('an embed in a sandboxed iframe on another origin: painted, hydrated, tooltip, nothing blocked', async ({ page, context }) => {
  test.setTimeout(60_000);
  await recordViolations(context);
  const embedResponse = page.waitForResponse((r) => /\/embed\/gpus\/(?:index\.html)?$/.test(new URL(r.url()).pathname));
  const blog = await openBlog(
    page,
    `<iframe src="${host.site}embed/gpus/" title="chart" width="100%" height="600" frameborder="0" sandbox="allow-scripts allow-popups"></iframe>`,
  );
  try {
    expect((await embedResponse).headers()['content-security-policy']).toBe(CSP.embed);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg[role="graphics-document"]').first()).toBeVisible();
    // The reader reaches for it: module scripts and data load from an opaque origin (CORS).
    await frame.locator('main').hover();
    await expect(frame.locator('html')).toHaveAttribute('data-ready', '');
    await frame.locator('[data-bar]').first().hover();
    await expect(frame.getByRole('tooltip')).toBeVisible();
    expect((await violationsIn(page)).flat()).toEqual([]);
  } finally {
    await blog.close();
  }
});

test('the data API is readable from another origin; a file without the CORS rule is not', async ({ page, allowFailedRequest, allowConsoleError }) => {
  allowFailedRequest(/favicon\.svg$/);
  allowConsoleError(/favicon\.svg|CORS/);
  const blog = await openBlog(page, '');
  try {
    const got = await page.evaluate(async (site) => {
      const csv = await fetch(`${site}data/api/latest/systems.csv`);
      const meta = await (await fetch(`${site}data/api/latest/metadata.json`)).json();
      const blocked = await fetch(`${site}favicon.svg`).then(
        () => 'read',
        () => 'blocked',
      );
      return { status: csv.status, type: csv.headers.get('content-type'), head: (await csv.text()).split('\r\n')[0]!.split(',').slice(0, 2), tables: meta.tables.length as number, blocked };
    }, host.site);
    expect(got).toEqual({ status: 200, type: 'text/csv; charset=utf-8', head: ['id', 'name'], tables: expect.any(Number), blocked: 'blocked' });
    expect(got.tables).toBeGreaterThanOrEqual(13);
  } finally {
    await blog.close();
  }
});
