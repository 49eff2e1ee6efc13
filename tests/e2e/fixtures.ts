/**
 * The `test` every browser spec imports: `import { test, expect } from './fixtures.ts'`.
 *
 * An automatic fixture watches the whole browser context (every page, popup and iframe) and
 * fails the test at teardown, listing what it saw, on any of:
 *  - a console error (`console.error`, a failed `console.assert`, the browser's own
 *    "Failed to load resource: … 404" lines),
 *  - an uncaught exception or unhandled rejection in the page (`pageerror`),
 *  - a request to a host other than 127.0.0.1/localhost (the product is a static site: it never
 *    needs a third party, and this machine's network is closed, so such a request would fail),
 *  - a first-party request that fails at the network level (net::ERR_ABORTED is ignored: it is
 *    what a navigation or an AbortController does to a request still in flight).
 *
 * A test that breaks something on purpose allows just that:
 *   test('…', async ({ page, allowFailedRequest }) => {
 *     allowFailedRequest(/\/data\/atlas\.json$/); // the request and its "Failed to load resource"
 *     await page.route(/\/data\/atlas\.json$/, (route) => route.abort());
 *   });
 * `allowConsoleError(/pattern/)` allows console errors whose text or source URL matches.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

export { expect };

type ProblemKind = 'console error' | 'page error' | 'request failed' | 'third-party request';
interface Problem {
  kind: ProblemKind;
  text: string;
  /** The request's URL, or the script URL a console message came from. */
  url: string;
}

interface BrowserErrorGuard {
  consoleAllowed: RegExp[];
  requestsAllowed: RegExp[];
}

interface Fixtures {
  /** Allows console errors whose text or source URL matches `pattern`. */
  allowConsoleError: (pattern: RegExp) => void;
  /**
   * Allows failed (or third-party) requests whose URL matches `pattern`, and the console error
   * the browser logs for them ("Failed to load resource: …", whose source URL is the request's).
   */
  allowFailedRequest: (pattern: RegExp) => void;
  browserErrorGuard: BrowserErrorGuard;
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:']);
const FIRST_PARTY_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs served by this machine, and for data:, blob: and other non-network URLs. */
export function isFirstParty(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return !NETWORK_SCHEMES.has(parsed.protocol) || FIRST_PARTY_HOSTS.has(parsed.hostname);
}

export const test = base.extend<Fixtures>({
  browserErrorGuard: [
    async ({ context }, use) => {
      const guard: BrowserErrorGuard = { consoleAllowed: [], requestsAllowed: [] };
      const problems = watch(context);
      await use(guard);

      const unexpected = problems.filter((p) => !isAllowed(p, guard));
      if (unexpected.length === 0) return;
      throw new Error(formatProblems(unexpected));
    },
    { auto: true },
  ],
  allowConsoleError: async ({ browserErrorGuard }, use) => {
    await use((pattern) => void browserErrorGuard.consoleAllowed.push(pattern));
  },
  allowFailedRequest: async ({ browserErrorGuard }, use) => {
    await use((pattern) => void browserErrorGuard.requestsAllowed.push(pattern));
  },
});

function watch(context: BrowserContext): Problem[] {
  const problems: Problem[] = [];
  context.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'assert') return;
    const { url, lineNumber } = msg.location();
    problems.push({ kind: 'console error', text: url ? `${msg.text()} (${url}:${lineNumber})` : msg.text(), url });
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    problems.push({ kind: 'page error', text: error.stack ?? String(error), url: webError.page()?.url() ?? '' });
  });
  context.on('request', (request) => {
    if (isFirstParty(request.url())) return;
    problems.push({ kind: 'third-party request', text: `${request.method()} ${request.url()}`, url: request.url() });
  });
  context.on('requestfailed', (request) => {
    const errorText = request.failure()?.errorText ?? 'unknown error';
    // Third-party ones are already reported above; aborted ones are navigations or AbortControllers.
    if (!isFirstParty(request.url()) || errorText === 'net::ERR_ABORTED') return;
    problems.push({ kind: 'request failed', text: `${request.method()} ${request.url()}: ${errorText}`, url: request.url() });
  });
  return problems;
}

function isAllowed(problem: Problem, guard: BrowserErrorGuard): boolean {
  switch (problem.kind) {
    case 'console error':
      return (
        guard.consoleAllowed.some((re) => re.test(problem.text)) ||
        (problem.url !== '' && guard.requestsAllowed.some((re) => re.test(problem.url)))
      );
    case 'request failed':
    case 'third-party request':
      return guard.requestsAllowed.some((re) => re.test(problem.url));
    case 'page error':
      return false;
  }
}

function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.kind.padEnd(19)} ${p.text.replace(/\n/g, '\n' + ' '.repeat(22))}`);
  return [
    `The browser reported ${problems.length} unexpected problem(s) during the test:`,
    ...lines,
    'If one is expected, allow it in the test with allowConsoleError(/…/) or allowFailedRequest(/…/).',
  ].join('\n');
}

/**
 * Aborts every request to a host other than 127.0.0.1/localhost, so a test never waits on the
 * outside world. Returns the live list of what it blocked ("GET https://…"); the automatic
 * fixture still fails the test for each one unless it is allowed with allowFailedRequest.
 */
export async function blockThirdParty(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route(
    (url) => !isFirstParty(url.href),
    async (route) => {
      blocked.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  return blocked;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** CSS selectors to limit the scan to (default: the whole page). */
  include?: string[];
  /** CSS selectors to leave out, e.g. a third-party widget. */
  exclude?: string[];
  /** axe rule ids to skip; say why next to the call. */
  disableRules?: string[];
}

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page and fails with a readable list. */
export async function expectNoAxeViolations(page: Page, opts: AxeOptions = {}): Promise<void> {
  await test.step(
    'no axe-core violations',
    async () => {
      // Only violations are read. `resultTypes` makes axe keep one node per passed or incomplete
      // rule instead of every one (a chart has thousands): every rule still checks every node,
      // but axe no longer builds a selector and HTML snippet for each node that passed.
      // (`options()` replaces all run options: it must come before withTags and disableRules.)
      let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);
      // A page without iframes is scanned with one axe.run in the page instead of runPartial and
      // then finishRun in a fresh blank tab: the same rules and results, without shipping every
      // node's partial result out of the page and into another. With iframes, keep the
      // frame-by-frame run: it reaches sandboxed (cross-origin) frames, which axe.run skips.
      // Both together: an axe scan of a chart with ~600 marks went from ~15 s to ~2.5 s.
      if (page.frames().length === 1) builder = builder.setLegacyMode(true);
      for (const selector of opts.include ?? []) builder = builder.include(selector);
      for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
      if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
      const { violations } = await builder.analyze();
      if (violations.length === 0) return;
      await test.info().attach('axe-violations.json', {
        body: JSON.stringify(violations, null, 2),
        contentType: 'application/json',
      });
      throw new Error(formatViolations(violations, page.url()));
    },
    { box: true },
  );
}

function formatViolations(violations: AxeViolation[], url: string): string {
  const MAX_NODES = 5;
  const blocks = violations.map((v) => {
    const nodes = v.nodes.slice(0, MAX_NODES).map((node) => {
      const summary = (node.failureSummary ?? '').split('\n').map((l) => `        ${l.trim()}`).join('\n');
      return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n${summary}`;
    });
    const more = v.nodes.length > MAX_NODES ? [`    … and ${v.nodes.length - MAX_NODES} more`] : [];
    return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
  });
  return [`${violations.length} axe-core violation(s) on ${url}:`, ...blocks].join('\n');
}

/**
 * What a reader's mouse does first on a page: move over it. A prerendered page loads its app only
 * when the reader reaches for it (src/embed/intent.ts: a pointer move, touch, focus or key), so a
 * test that needs the app running moves the pointer first (on a phone, touches the page), as a
 * reader would. Harmless when the app already runs; the corner holds nothing with a hover or a tap of its own.
 */
export async function reach(page: Page): Promise<void> {
  // On a phone, a touch: a mouse there would stay in the corner and later "leave" a tapped mark.
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) await page.touchscreen.tap(3, 3);
  else {
    await page.mouse.move(2, 2);
    await page.mouse.move(4, 3);
  }
}

/**
 * On a phone, opens the fold (src/ui/Fold.tsx) whose summary line starts with `what` (the views,
 * a chart's controls), as a reader taps it; on a wide screen folds are always open and this does
 * nothing.
 */
export async function unfold(page: Page, what: string): Promise<void> {
  // Waits for the fold (a view drawn on the client comes a moment after the page).
  const summary = page.locator('details.fold > summary').filter({ hasText: new RegExp(`^${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await summary.waitFor({ state: 'attached', timeout: 20_000 });
  if ((await summary.isVisible()) && !(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
}
