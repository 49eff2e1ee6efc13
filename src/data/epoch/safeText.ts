/**
 * Free text from outside the project (names, owners, locations) before it reaches the page, an
 * SVG or a CSV. Line breaks and tabs inside a CSV cell become spaces; any other C0/C1 control
 * character or bidi control is refused (it could reorder or hide text around it), and lengths
 * are capped. The interface is one function so a shared module can replace it.
 */

// C0 except TAB/LF/CR (normalised below), DEL, C1, and the bidi embedding/override/isolate/mark controls.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export type SafeTextResult = { ok: true; value: string } | { ok: false; message: string };

export function safeText(raw: string, maxLength: number): SafeTextResult {
  const bad = FORBIDDEN.exec(raw);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, message: `contains the control character U+${code} at position ${bad.index + 1}` };
  }
  const value = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (value.length > maxLength) return { ok: false, message: `is ${value.length} characters long (at most ${maxLength})` };
  return { ok: true, value };
}
