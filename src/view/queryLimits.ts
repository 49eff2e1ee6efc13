/**
 * Limits on what a link may ask of the parser, and how ignored values are shown. Helpers of
 * viewState.ts; a hostile or mangled link must cost little and never break the page.
 */

/** Caps keep parsing cheap whatever is pasted: a real URL of ours is far below them. */
export const MAX_QUERY_LENGTH = 8192;
/** Fits 60 ids (MAX_IDS) of 64 characters (MAX_ID_LENGTH) plus separators. */
export const MAX_VALUE_LENGTH = 4096;
const MAX_DISPLAY_LENGTH = 80;
/** A notice listing hundreds of junk keys helps nobody; the first ones say enough. */
export const MAX_REPORTS = 20;
/**
 * Click ids and campaign tags that platforms append to every shared link. They are dropped
 * from the canonical URL but not reported: a notice on every visit from a social network
 * would teach readers to ignore it.
 */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|_ga|_gl)$/;

export const isTrackingParam = (key: string): boolean => TRACKING_PARAM.test(key);

/** Cuts by code point so a display string never ends in half a surrogate pair. */
export function forDisplay(text: string): string {
  const chars = Array.from(text.slice(0, MAX_DISPLAY_LENGTH * 2 + 2));
  return chars.length > MAX_DISPLAY_LENGTH ? `${chars.slice(0, MAX_DISPLAY_LENGTH - 1).join('')}…` : chars.join('');
}

/** Cuts an overlong query at a parameter boundary, so no value is silently half-read. */
export function capQuery(query: string): { kept: string; cut: string } {
  if (query.length <= MAX_QUERY_LENGTH) return { kept: query, cut: '' };
  const boundary = Math.max(query.lastIndexOf('&', MAX_QUERY_LENGTH), 0);
  return { kept: query.slice(0, boundary), cut: query.slice(boundary).replace(/^&/, '') };
}
