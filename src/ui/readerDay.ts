/**
 * Apart from citation.ts so the Cite button (in the first load) carries only this; the citation
 * texts load with the dialog's body.
 */

/** The reader's day, `YYYY-MM-DD`, from their own clock (local time: it is the day they would write). */
export function readerDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
