/**
 * The snippet a blogger pastes (src/ui/embedSnippet.ts, also oEmbed's html), on a host page whose
 * CSP forbids inline styles: the frame has no border (frameborder, not a style attribute), the
 * chart paints, and "open in Compute Atlas" opens an ordinary page, not a sandboxed one.
 */
import { embedSnippet } from '../../src/ui/embedSnippet.ts';
import { MESSAGES } from './messages.ts';
import { test, expect } from './fixtures.ts';

const es = MESSAGES.es;

test('under a host CSP with style-src \'self\' the snippet keeps no border; the old style="border:0" gets one', async ({ page, baseURL, allowConsoleError }) => {
  allowConsoleError(/Applying inline style violates/); // the old snippet's style attribute, refused as it should be
  const site = new URL('./', baseURL).href;
  const hostUrl = new URL('/__host/post.html', site).href;
  const ours = embedSnippet({ src: `${site}embed/gpus/`, height: 700, title: 'gpus' }).replace('<iframe ', '<iframe id="ours" ');
  const old = `<iframe id="old" src="about:blank" width="100%" height="50" style="border:0" title="old"></iframe>`;
  await page.route(hostUrl, (route) =>
    route.fulfill({
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head><body>${ours}${old}</body></html>`,
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': "style-src 'self'" },
    }),
  );
  await page.goto(hostUrl);
  const border = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(await border('old')).not.toBe('0px'); // the CSP really drops style attributes here
  expect(await border('ours')).toBe('0px');

  const frame = page.frameLocator('#ours');
  await expect(frame.locator('svg[role="graphics-document"]').first()).toBeVisible();
  const [popup] = await Promise.all([page.waitForEvent('popup'), frame.getByRole('link', { name: new RegExp(`${es.embed.openInAtlas}|${MESSAGES.en.embed.openInAtlas}`) }).first().click()]);
  await popup.waitForLoadState('domcontentloaded');
  // Escaped from the sandbox: a real origin, not the opaque "null" of a sandboxed document.
  expect(await popup.evaluate(() => window.origin)).toBe(new URL(site).origin);
  await popup.close();
});

test('the dialog’s English snippet opens the English copy in one navigation (its own folder, no move)', async ({ page, browser }) => {
  const en = MESSAGES.en;
  await page.goto('./?v=models&lang=en');
  await page.getByRole('button', { name: en.export.embed }).first().click();
  const snippet = page.getByRole('dialog').locator('textarea, pre, code').filter({ hasText: '<iframe' }).first();
  await expect(snippet).toBeVisible({ timeout: 15_000 });
  const src = /src="([^"]+)"/.exec((await snippet.textContent()) ?? (await snippet.inputValue()))![1]!.replaceAll('&amp;', '&');
  expect(src).toMatch(/\/embed\/models\/en\/\?lang=en/);
  const reader = await browser.newPage();
  try {
    const documents: string[] = [];
    reader.on('framenavigated', (f) => f === reader.mainFrame() && documents.push(f.url()));
    await reader.goto(src);
    await expect(reader.locator('html')).toHaveAttribute('data-pv', '0');
    await expect(reader.getByRole('heading', { name: en.modelCharts.costTitle })).toBeVisible();
    expect(documents).toEqual([src]);
  } finally {
    await reader.close();
  }
});
