/**
 * Auto-height: the embed measures its own document and tells the page that embeds it, in our
 * format and in the two that blog platforms already listen for. It only ever posts numbers
 * (and, in embed.ly's format, its own address); it never listens for messages, so a hostile
 * parent cannot make it do anything.
 */

export const HEIGHT_MESSAGE_TYPE = 'compute-atlas:height';

/** Posting again after these delays reaches a parent script that loaded after our first message. */
const REPOST_MS = [500, 1500, 4000] as const;

/** Ours (read by public/embed-resize.js), Medium's / embed.ly's `iframe.resize`, AMP's `embed-size`. */
export function heightMessages(height: number, href: string): unknown[] {
  return [
    { type: HEIGHT_MESSAGE_TYPE, height },
    JSON.stringify({ src: href, context: 'iframe.resize', height }),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** Whole CSS pixels, rounded up so the frame never cuts the last row; null for nonsense. */
export function heightOf(rect: { height: number }): number | null {
  const h = Math.ceil(rect.height);
  return Number.isFinite(h) && h > 0 ? h : null;
}

type HeightWindow = Pick<Window, 'parent' | 'location' | 'setTimeout' | 'clearTimeout'> & {
  ResizeObserver?: typeof ResizeObserver;
};

/**
 * Starts reporting `el`'s height (the <html> element: its box is the content's height whatever
 * the frame's) to `win.parent` whenever it changes. Does nothing outside a frame. Returns a stop.
 */
export function startAutoHeight(win: HeightWindow, el: Element): () => void {
  const parent = win.parent;
  if (!parent || parent === (win as unknown)) return () => undefined;
  let last: number | null = null;
  const post = (again: boolean) => {
    const height = heightOf(el.getBoundingClientRect());
    if (height === null || (height === last && !again)) return;
    last = height;
    // '*': we do not know (and need not trust) who embeds us; the message is a number.
    for (const message of heightMessages(height, win.location.href)) parent.postMessage(message, '*');
  };
  const Observer = win.ResizeObserver;
  const observer = Observer ? new Observer(() => post(false)) : null;
  observer?.observe(el);
  post(false);
  const timers = REPOST_MS.map((ms) => win.setTimeout(() => post(true), ms));
  return () => {
    observer?.disconnect();
    for (const t of timers) win.clearTimeout(t);
  };
}
