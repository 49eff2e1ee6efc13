/**
 * Rules for third-party text (names, owners, titles, notes), kept free of zod and React so any
 * importer (the schema, the Epoch AI CSV importer) can call them, and the outputs can use the
 * same isolation and CSV guards.
 *
 * Decisions:
 *  - Bidi *controls that carry state* — embeddings and overrides (U+202A–U+202E) and isolates
 *    (U+2066–U+2069) — are refused, paired or not: a paired override still reverses digits inside
 *    the name, and every inserted name is isolated by the app anyway.
 *  - Bidi *marks* (U+200E LRM, U+200F RLM, U+061C ALM) are allowed: they carry no state past
 *    themselves, real right-to-left names use them for punctuation, and the isolation around
 *    every inserted name keeps them from reaching the surrounding sentence.
 *  - C0 and C1 control characters, DEL, unpaired surrogates and the non-characters U+FFFE/U+FFFF
 *    are refused everywhere: they are invisible, and XML (SVG exports, the PNG renderer) forbids
 *    most of them, which used to crash the build without naming the row.
 */

/** First Strong Isolate … Pop Directional Isolate: a name that cannot reorder the sentence around it. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Upper bounds per kind of field; the longest current value of each is well below. */
export const TEXT_LIMITS = {
  /** Chart axis labels: short enough for a 360 px phone. */
  shortName: 28,
  /** Names of systems, models, owners, publishers, speakers. */
  name: 120,
  /** Labels and source titles: one line in a table or a tooltip. */
  label: 300,
  /** Addresses; browsers and CDNs start refusing URLs past a few thousand characters. */
  url: 2048,
  /** Notes and derivations: a short paragraph. */
  note: 1000,
} as const;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const hex = (cp: number) => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');

/** Why one code unit sequence is refused, or undefined when it is fine. */
function refusal(cp: number): string | undefined {
  if (cp in NAMES) return `${hex(cp)} ${NAMES[cp]} (a bidi control that can reverse the text around it)`;
  if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) return `${hex(cp)} (a control character)`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `${hex(cp)} (an unpaired surrogate)`;
  if (cp === 0xfffe || cp === 0xffff) return `${hex(cp)} (a non-character)`;
  return undefined;
}

/**
 * Every problem with a piece of free text, as messages that say what and where (1-based
 * character position), so the error names the file, record, field *and* the character.
 */
export function textProblems(text: string, max: number): string[] {
  const problems: string[] = [];
  let position = 0;
  // for…of walks code points, so a valid surrogate pair arrives whole and a lone half alone.
  for (const ch of text) {
    position++;
    const why = refusal(ch.codePointAt(0)!);
    if (why) problems.push(`contains ${why} at character ${position}`);
    if (problems.length === 3) break; // enough to find the row; the rest is usually the same
  }
  if (text.length > max) problems.push(`is ${text.length} characters long; the limit is ${max}`);
  if (text.trim() === '') problems.push('is empty');
  return problems;
}

/** Wraps inserted text in Unicode isolates for plain-text outputs (alt text, SVG titles, CSV lists). */
export function isolate(text: string): string {
  return FSI + text + PDI;
}

/** Splits a sentence into plain runs and isolated runs (what `isolate` wrapped), for `<bdi>`. */
export function isolatedParts(sentence: string): { text: string; isIsolated: boolean }[] {
  const parts: { text: string; isIsolated: boolean }[] = [];
  const re = new RegExp(`${FSI}([^${FSI}${PDI}]*)${PDI}`, 'g');
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    if (m.index > last) parts.push({ text: sentence.slice(last, m.index), isIsolated: false });
    parts.push({ text: m[1]!, isIsolated: true });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last), isIsolated: false });
  return parts;
}

/** Removes the isolates `isolate` added (for places that isolate by markup instead). */
export function stripIsolates(text: string): string {
  return text.replace(new RegExp(`[${FSI}${PDI}]`, 'g'), '');
}

/*
 * Characters a spreadsheet may skip before it reads a formula: whitespace, controls and
 * invisible format characters (the isolates we add ourselves among them).
 */
const LEADING_SKIPPED = /^[\s\p{Cc}\p{Cf}]*/u;
/**
 * Formula starters: = + - @ (and the minus sign). Compared after NFKC folding, so their
 * full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ ﬩), which some spreadsheets fold to ASCII, count too.
 */
const FORMULA_START = /^[=+\-@\u2212]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Whether a spreadsheet could read this cell as a formula. */
export function isFormulaLike(cell: string): boolean {
  if (PLAIN_NUMBER.test(cell)) return false;
  if (/^[\t\r\n]/.test(cell)) return true;
  const skipped = LEADING_SKIPPED.exec(cell)![0];
  const first = String.fromCodePoint(cell.codePointAt(skipped.length) ?? 0x20);
  return FORMULA_START.test(first.normalize('NFKC'));
}

/**
 * One CSV cell (RFC 4180): a cell a spreadsheet could execute gets a leading apostrophe (the
 * OWASP advice; spreadsheets hide it), plain numbers stay numbers (a negative value is data),
 * and anything with a quote, comma or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
