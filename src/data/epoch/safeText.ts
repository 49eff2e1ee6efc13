/**
 * Free text from outside the project (names, owners, locations) before it reaches the page, an
 * SVG or a CSV. Line breaks and tabs inside a CSV cell become spaces (27 real Location cells hold
 * them); everything else follows the dataset's own text rules (src/data/text.ts), so curated and
 * imported text refuse the same characters with the same words.
 */
import { textProblems } from '../text.ts';

export type SafeTextResult = { ok: true; value: string } | { ok: false; message: string };

export function safeText(raw: string, maxLength: number): SafeTextResult {
  const value = raw.normalize('NFC').replace(/[\t\n\r ]+/gu, ' ').trim();
  const problems = textProblems(value, maxLength);
  return problems.length ? { ok: false, message: problems.join('; ') } : { ok: true, value };
}
