/**
 * A prerendered page's phone copy. Charts lay themselves out at their frame's width, which the
 * build cannot know: it draws each copy 640 px wide (FIRST_WIDTH). On a phone that copy was shrunk
 * to about half (text at half size) until the reader's first touch started the app, which then
 * laid the chart out for the phone: the GPU chart grew from 468 to 1,298 px, and an embed's
 * auto-height iframe pushed its host page down by ~830 px during the reader's scroll.
 *
 * So every prerendered file has a twin drawn at a phone's width, in a `narrow/` folder beside it
 * (`embed/gpus/narrow/`, `en/narrow/`, `clusters/narrow/`). Before the body is parsed, the head
 * script takes a visit whose viewport is narrower than the page's `below` there
 * (public/atlas-head.js); the copy's container says the width it was drawn at (`data-width`), and
 * the page hydrates it at that width (src/embed/mount.ts) before laying it out at its frame's.
 * Addresses stay the wide file's (src/embed/addressPath.ts): a link copied on a phone opens the
 * wide copy on a desktop.
 */
import { COMPACT_BELOW } from '../charts/kinds/barChart.layout.ts';

/**
 * The width a phone copy is drawn at: a little under the narrowest common frame (a 360 px phone:
 * 310 px in the dashboard, ~300 px in an embed inside a blog's column), so phones show it at its
 * own size rather than shrunk, and a bar chart keeps its height when the app widens it.
 */
export const NARROW_WIDTH = 300;

export const NARROW_FOLDER = 'narrow/';

/**
 * Viewport width minus the chart frame's width on each kind of page (their CSS: padding and
 * borders around the frame; a browser test measures them).
 */
export const FRAME_INSET = { embed: 26, dashboard: 50 } as const;

/**
 * The viewport width under which a page takes its phone copy: where its frame is narrower than
 * the width at which the charts switch to their phone layout (labels above the bars).
 */
export function narrowBelow(page: keyof typeof FRAME_INSET): number {
  return COMPACT_BELOW + FRAME_INSET[page];
}
