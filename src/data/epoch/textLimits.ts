/** Length caps for Epoch's free text: a little above the longest value in the 2025-12 snapshot. */
export const NAME_MAX = 120;
export const PLACE_MAX = 200;
export const LIST_ITEM_MAX = 120;

/**
 * Epoch wraps a few names in a second pair of quotes (`"OpenAI/Microsoft Mt Pleasant, Wisconsin
 * Phase 2"`, the comma's CSV escaping leaking into the value); the name shown is without them.
 */
export function displayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const m = /^"(.*)"$/s.exec(name);
  return m ? m[1]!.trim() : name;
}
