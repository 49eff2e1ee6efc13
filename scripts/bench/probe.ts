/**
 * Code that runs inside the measured pages (serialised by Playwright: each function must be
 * self-contained, no imports, no closures over module scope).
 *
 * "Chart painted", the same test on every page: the first animation frame, once the document has
 * finished parsing (DOMContentLoaded has run), in which a visible <svg> holds at least `minMarks`
 * laid-out marks (`<rect>`s for the bar charts, any shape for the clusters chart; minMarks = the
 * chart's mark count), plus that frame's rendering. A page
 * that paints its chart early but is still parsing (a long HTML) is not done: the reader's page
 * is still busy, and its scripts have not run. requestAnimationFrame callbacks run just before a frame's style,
 * layout and paint, so a chart found there is in that frame; a MessageChannel task posted from
 * the callback runs right after the frame's paint, and its performance.now() is the time we
 * record (milliseconds since navigation start). Exact to the frame, needs no change to the
 * product's markup (Element Timing would need an `elementtiming` attribute, and does not cover
 * SVG shapes anyway), and works the same for prerendered, client-rendered and library charts.
 * The rAF loop stops once the chart is found, so it does not keep producing frames afterwards.
 */

export interface ProbeState {
  /** performance.now() after the frame that first showed the chart. */
  chartPaint: number | null;
  /** The rAF callback of that frame (chartPaint minus this = that frame's rendering). */
  chartFrame: number | null;
  marks: number;
  /** When <html data-ready> appeared (React committed: hydrated or rendered), if ever. */
  ready: number | null;
  /** Scripts of long animation frames (> 50 ms), with a source file: what delayed frames. */
  longScripts: { start: number; duration: number; source: string }[];
  /**
   * This document's time origin minus the reader's first navigation's (ms): 0 unless a script
   * moved the visit to another file (location.replace), whose document starts its clock again.
   * The reader's wait began at the first navigation, so every time is reported from there.
   */
  navOffset: number;
}

declare global {
  interface Window {
    __bench?: ProbeState;
  }
}

/** Init script: installed before any of the page's own scripts run. */
export function installProbe(cfg: { minMarks: number; marks: string }): void {
  // The first document of the tab records its time origin; a document the visit was moved to
  // (same origin, same tab: same sessionStorage) measures its offset from it.
  let navOffset = 0;
  try {
    const first = sessionStorage.getItem('__benchOrigin');
    if (first === null) sessionStorage.setItem('__benchOrigin', String(performance.timeOrigin));
    else navOffset = performance.timeOrigin - Number(first);
  } catch {
    // No storage (an opaque origin): a move could not be seen, so the times are not known.
    navOffset = Number.NaN;
  }
  const state: ProbeState = { chartPaint: null, chartFrame: null, marks: 0, ready: null, longScripts: [], navOffset };
  window.__bench = state;
  type LoafScript = { startTime: number; duration: number; sourceURL: string };
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as { scripts: LoafScript[] }[])
        for (const sc of frame.scripts)
          if (sc.sourceURL) state.longScripts.push({ start: sc.startTime, duration: sc.duration, source: sc.sourceURL.replace(/^.*\//, '') });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Long Animation Frames is Chromium-only; the breakdown column is then empty.
  }
  const drawnMarks = (): number => {
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      const rects = svg.querySelectorAll(cfg.marks);
      if (rects.length < cfg.minMarks) continue;
      if (!svg.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = svg.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      let drawn = 0;
      for (const r of Array.from(rects)) {
        const b = r.getBoundingClientRect();
        if (b.width > 0 && b.height > 0) drawn++;
      }
      if (drawn >= cfg.minMarks) return drawn;
    }
    return 0;
  };
  const isParsed = () => ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0) > 0;
  const tick = () => {
    const frameStart = performance.now(); // before drawnMarks(), whose layout is the frame's own
    const marks = isParsed() ? drawnMarks() : 0;
    if (!marks) {
      requestAnimationFrame(tick);
      return;
    }
    state.chartFrame = frameStart;
    state.marks = marks;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      state.chartPaint = performance.now();
    };
    ch.port2.postMessage(null);
  };
  requestAnimationFrame(tick);
  // Init scripts run before <html> exists: watch the document for the attribute instead.
  const seeReady = () => {
    if (state.ready === null && document.documentElement?.hasAttribute('data-ready')) state.ready = performance.now();
  };
  new MutationObserver(seeReady).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

/**
 * What to click: a CSS selector, or the n-th checkbox/radio of the fieldset with this legend; or
 * the n-th element matching `hover` to move the pointer onto (a bubbling mouseover, which is what
 * the chart kit listens to).
 */
export type ClickTarget = { css: string } | { legend: string; index: number } | { hover: string; index: number };

export interface ToggleTiming {
  /** Click to the chart's DOM change (the MutationObserver callback: React has committed). */
  commit: number;
  /** Click to the end of the first frame that shows the change. */
  painted: number;
}

/**
 * Clicks `target` and times it to the next painted frame that shows a change inside the chart's
 * <figure> (or the svg's parent): observed, not assumed, so a deferred render is not missed.
 * "Painted" is the first task after that frame's rendering (see below).
 */
export async function timeToggle(target: ClickTarget): Promise<ToggleTiming | string> {
  const el =
    'css' in target
      ? document.querySelector<HTMLElement>(target.css)
      : 'hover' in target
        ? document.querySelectorAll<HTMLElement>(target.hover)[target.index]
        : Array.from(document.querySelectorAll('fieldset'))
          .find((f) => f.querySelector('legend')?.textContent?.trim() === target.legend)
          ?.querySelectorAll<HTMLInputElement>('input')[target.index];
  if (!el) return `no element for ${JSON.stringify(target)}`;
  const svg = Array.from(document.querySelectorAll('svg')).find((s) => s.querySelectorAll('rect, circle').length > 2 && s.checkVisibility());
  const root = svg?.closest('figure') ?? svg?.parentElement;
  if (!root) return 'no visible chart';
  let commit: number | null = null;
  const mo = new MutationObserver(() => {
    commit ??= performance.now();
  });
  mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  if ('hover' in target) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, view: window }));
  else el.click();
  const painted = await new Promise<number | null>((resolve) => {
    const give = setTimeout(() => resolve(null), 5000);
    const frame = () => {
      if (commit === null) {
        requestAnimationFrame(frame);
        return;
      }
      const done = () => {
        clearTimeout(give);
        resolve(performance.now());
      };
      // The first task after the frame, ahead of any the page queued before it: a page that
      // writes its address once the frame is painted (the product's view store) queued that
      // write from this same frame, and a plain task ran after it, so the write's 1–9 ms were
      // counted as the chart's. A 'user-blocking' task runs before normal ones (Chromium).
      const sched = (window as unknown as { scheduler?: { postTask(cb: () => void, o: { priority: string }): Promise<void> } }).scheduler;
      if (sched) void sched.postTask(done, { priority: 'user-blocking' });
      else {
        const ch = new MessageChannel();
        ch.port1.onmessage = done;
        ch.port2.postMessage(null);
      }
    };
    requestAnimationFrame(frame);
  });
  mo.disconnect();
  if (painted === null || commit === null) return 'the chart did not change within 5 s';
  return { commit: commit - t0, painted: painted - t0 };
}

/**
 * The browser's own measure of the same change, for trusted clicks: Event Timing gives each
 * event's duration from the input's timestamp to the next frame *presented* (on screen, after
 * raster and the compositor, which the in-page probe above cannot see), in 8 ms steps. An
 * interaction's latency is its longest event, as for INP. Events under 16 ms are not reported.
 */
export function watchPresented(): void {
  const w = window as unknown as { __presented: Map<number, number> };
  w.__presented = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (!e.interactionId) continue;
      w.__presented.set(e.interactionId, Math.max(w.__presented.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

export function readPresented(): number[] {
  return [...(window as unknown as { __presented: Map<number, number> }).__presented.values()];
}

/** Where a reader would click `target` (an input's label when it has one), in viewport pixels. */
export function clickPoint(target: ClickTarget): { x: number; y: number } | string {
  if ('hover' in target) return 'a hover has no click';
  const el =
    'css' in target
      ? document.querySelector<HTMLElement>(target.css)
      : Array.from(document.querySelectorAll('fieldset'))
          .find((f) => f.querySelector('legend')?.textContent?.trim() === target.legend)
          ?.querySelectorAll<HTMLInputElement>('input')[target.index];
  const at = (el?.closest('label') ?? el)?.getBoundingClientRect();
  if (!at || at.width === 0) return `nothing to click for ${JSON.stringify(target)}`;
  return { x: at.left + at.width / 2, y: at.top + at.height / 2 };
}
