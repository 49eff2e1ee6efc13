/**
 * The browser side: cold loads and interaction timings in headless Chromium (the system's
 * /usr/bin/chromium, or CHROME_PATH). Every load gets a fresh browser context (empty HTTP cache,
 * no service worker) with the cache disabled through DevTools as well, so each is a cold load.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { gzipSize, type FetchedFile } from './sizes.ts';
import { clickPoint, installProbe, readPresented, timeToggle, watchPresented, type ClickTarget, type ProbeState, type ToggleTiming } from './probe.ts';

export const VIEWPORT = { width: 1280, height: 900 };

/**
 * `--throttle`: DevTools-style "slow 4G" (Lighthouse's mobile figures: 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up), applied per request by Chromium.
 */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export type Network = typeof SLOW_4G;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS, headless: true });
}

export interface LoadResult {
  /** Navigation start → end of the frame that first showed the chart (ms). */
  chartPaint: number;
  fcp: number;
  /** Navigation start → HTML fully received, DOMContentLoaded end, load event end. */
  responseEnd: number;
  domContentLoaded: number;
  load: number;
  /** Navigation start → <html data-ready> (React committed), for product pages. */
  ready: number;
  /** The product's mount mode (hydrate, render, recovered), for product pages. */
  mount: string | null;
  /** Where the time went: render-blocking CSS/JS received, the chart frame's rAF, script in long frames before it. */
  renderBlockingEnd: number;
  chartFrame: number;
  scriptBeforeChart: number;
  /** How long after the reader's navigation start this document's clock started (0 without a move). */
  navOffset: number;
  errors: string[];
}

interface PageTimes extends ProbeState {
  fcp: number | null;
  responseEnd: number;
  domContentLoaded: number;
  load: number;
  mount: string | null;
  renderBlockingEnd: number;
}

/**
 * A page's time (its document's clock) as time from the reader's navigation start: a page the
 * head script moved the visit to adds the time spent before the move (its clock starts there).
 */
const fromReadersStart = (navOffset: number) => (v: number | null) => (v === null ? NaN : v + navOffset);

/** Which shapes count as the chart's marks: bars by default. */
export const BAR_MARKS = 'rect';

async function freshPage(browser: Browser, minMarks: number, network?: Network, marks = BAR_MARKS): Promise<{ page: Page; cdp: CDPSession; close: () => Promise<void>; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'es-ES', timezoneId: 'UTC', colorScheme: 'light', serviceWorkers: 'block' });
  await context.addInitScript(installProbe, { minMarks, marks });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, cdp, errors, close: () => context.close() };
}

/** A reader's pointer moving onto the page: what starts a prerendered page's app (src/embed/intent.ts). */
async function reachFor(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 3);
}

/** One cold load of `url`; waits for the chart, then (if `hydrates`) reaches for it and waits for React, up to 10 s each. */
export async function coldLoad(browser: Browser, url: string, minMarks: number, hydrates: boolean, network?: Network, marks = BAR_MARKS): Promise<LoadResult> {
  const { page, errors, close } = await freshPage(browser, minMarks, network, marks);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Polled by timer, not by rAF: a rAF poll would keep the page producing frames.
    await page
      .waitForFunction(() => !!window.__bench && window.__bench.chartPaint !== null, null, { polling: 50, timeout: 10_000 })
      .catch(() => errors.push('timed out waiting for the chart'));
    if (hydrates) {
      // A prerendered page starts its app when the reader reaches for it: the pointer moves onto
      // the page once the chart is painted (so the chart's time is the page's alone), as a reader's would.
      await reachFor(page);
      await page.waitForFunction(() => window.__bench?.ready !== null, null, { polling: 50, timeout: 10_000 }).catch(() => errors.push('timed out waiting for React'));
    }
    const t = await page.evaluate((): PageTimes => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        ...window.__bench!,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        responseEnd: nav?.responseEnd ?? NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        load: nav?.loadEventEnd ?? NaN,
        mount: document.documentElement.dataset.mount ?? null,
        renderBlockingEnd: Math.max(
          nav?.responseEnd ?? NaN,
          ...(performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
            .filter((e) => e.renderBlockingStatus === 'blocking')
            .map((e) => e.responseEnd),
        ),
      };
    });
    const at = fromReadersStart(t.navOffset);
    const frame = at(t.chartFrame);
    return {
      chartPaint: at(t.chartPaint), fcp: at(t.fcp), responseEnd: at(t.responseEnd), domContentLoaded: at(t.domContentLoaded), load: at(t.load), ready: at(t.ready), mount: t.mount,
      renderBlockingEnd: at(t.renderBlockingEnd), chartFrame: frame,
      scriptBeforeChart: t.longScripts.filter((x) => x.start < (t.chartFrame ?? NaN)).reduce((sum, x) => sum + x.duration, 0),
      navOffset: t.navOffset,
      errors,
    };
  } finally {
    await close();
  }
}

export interface ToggleSeries {
  painted: number[];
  commit: number[];
  failures: string[];
  /** Event Timing's latency of each trusted click that took 16 ms or more (probe.ts watchPresented). */
  presented?: number[];
  /** Trusted clicks made, whether Event Timing reported them or not. */
  presentedClicks?: number;
}

/**
 * Opens `url` (warm: this is about interaction, not loading), waits for React, then clicks each
 * target in turn `rounds` times, timing click → next painted frame with the change.
 */
export async function toggles(
  browser: Browser,
  url: string,
  minMarks: number,
  targets: readonly ClickTarget[],
  rounds: number,
  /** CPU slowdown for the clicks (DevTools' Emulation.setCPUThrottlingRate; 4 = a mid-range phone). */
  cpuRate = 1,
  marks = BAR_MARKS,
  /** After the timed clicks: this many trusted clicks (the reader's input path), read by Event Timing. */
  presentedClicks = 0,
): Promise<ToggleSeries & { initial: LoadResult }> {
  const { page, cdp, errors, close } = await freshPage(browser, minMarks, undefined, marks);
  const out: ToggleSeries = { painted: [], commit: [], failures: [] };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => !!window.__bench && window.__bench.chartPaint !== null, null, { polling: 50, timeout: 60_000 });
    const initial = await page.evaluate(() => window.__bench!);
    // A product page's app starts when the reader reaches for it; then the view must be live
    // (the dashboard's lazy views commit after the page: <html data-view-ready>).
    await reachFor(page);
    await page.waitForFunction(
      () => {
        const html = document.documentElement;
        if (!html.hasAttribute('data-pv')) return true; // a bench page: no app to wait for
        const isDashboard = !!document.querySelector('nav a[aria-current="page"]');
        return html.hasAttribute('data-ready') && (!isDashboard || html.hasAttribute('data-view-ready'));
      },
      null,
      { polling: 50, timeout: 60_000 },
    );
    await page.waitForTimeout(300); // let effects, ResizeObserver re-layout and idle work settle
    if (cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    for (let i = 0; i < rounds; i++) {
      for (const target of targets) {
        const r: ToggleTiming | string = await page.evaluate(timeToggle, target);
        if (typeof r === 'string') out.failures.push(r);
        else {
          out.painted.push(r.painted);
          out.commit.push(r.commit);
        }
        await page.waitForTimeout(120);
      }
    }
    if (presentedClicks > 0) {
      await page.evaluate(watchPresented);
      for (let i = 0; i < presentedClicks; i++) {
        const point = await page.evaluate(clickPoint, targets[i % targets.length]!);
        if (typeof point === 'string') {
          out.failures.push(point);
          break;
        }
        await page.mouse.click(point.x, point.y);
        await page.waitForTimeout(250);
      }
      out.presented = await page.evaluate(readPresented);
      out.presentedClicks = presentedClicks;
    }
    const at = fromReadersStart(initial.navOffset);
    const initialLoad: LoadResult = {
      chartPaint: at(initial.chartPaint), fcp: NaN, responseEnd: NaN, domContentLoaded: NaN, load: NaN, ready: at(initial.ready), mount: null,
      renderBlockingEnd: NaN, chartFrame: at(initial.chartFrame), scriptBeforeChart: NaN, navOffset: initial.navOffset, errors,
    };
    return { ...out, failures: [...out.failures, ...errors], initial: initialLoad };
  } finally {
    await close();
  }
}

/**
 * The width the live chart of `url` is drawn at, in a bench window, once its app runs: a
 * hand-written twin is laid out at it, so both pages paint the same area.
 */
export async function liveChartWidth(browser: Browser, url: string, minMarks: number, marks = BAR_MARKS): Promise<number> {
  const { page, close } = await freshPage(browser, minMarks, undefined, marks);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await reachFor(page);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-view-ready'), null, { polling: 50, timeout: 60_000 });
    await page.waitForTimeout(300); // the re-layout at the box's width
    const width = await page.evaluate(() => Number(document.querySelector('figure svg[width]')?.getAttribute('width')));
    if (!(width > 0)) throw new Error(`no chart width on ${url}`);
    return width;
  } finally {
    await close();
  }
}

/**
 * Everything a page fetches on a cold load while nobody touches it: until `quietMs` have passed
 * after the load event with no request started (longer than any idle-time loading the page may
 * do), every response body, gzipped here at level 6 (served uncompressed on loopback). What a
 * blog reader who only scrolls past pays. A fixed wait after the load event was not enough on a
 * busy machine: the chunk a module asks for last (the page's messages) could start later and be
 * left out of the sum.
 */
export async function fetchedWithoutInteraction(browser: Browser, url: string, quietMs = 3000): Promise<FetchedFile[]> {
  const { page, close } = await freshPage(browser, 1);
  const pending: Promise<FetchedFile | null>[] = [];
  let lastRequest = Date.now();
  page.on('request', () => (lastRequest = Date.now()));
  page.on('response', (res) => {
    const type = res.request().resourceType();
    pending.push(res.body().then((body) => ({ url: res.url(), type, raw: body.length, gzip: gzipSize(body) }), () => null));
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    lastRequest = Date.now();
    const giveUp = Date.now() + 30_000;
    while (Date.now() - lastRequest < quietMs && Date.now() < giveUp) await page.waitForTimeout(250);
    return (await Promise.all(pending)).filter((f): f is FetchedFile => f !== null);
  } finally {
    await close();
  }
}
