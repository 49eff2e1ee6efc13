/**
 * Calendar months and quarters as "YYYY-MM" strings, for views that step through time. Pure:
 * no clock, no time zone (every date is a UTC calendar date).
 */

/** "2023-11-15" or "2023-11" → "2023-11"; a year alone is its January. */
export const monthOf = (date: string) => (date.length === 4 ? `${date}-01` : date.slice(0, 7));

export function addMonths(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, both included ([] when last is before first). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 12_000; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The month's last day, "2024-02" → "2024-02-29". Years below 100 never occur here (Date.UTC would read them as 19xx). */
export function monthEnd(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The day a month stands for: its last day, or `snapshot` when the data ends inside it (the
 * data cannot speak for days after it was collected).
 */
export function dayOfMonth(month: string, snapshot: string): string {
  const end = monthEnd(month);
  return end > snapshot ? snapshot : end;
}

/** A month within [first, last]: `month` itself, else the nearer end. */
export const clampMonth = (month: string, first: string, last: string) => (month < first ? first : month > last ? last : month);

/** The quarter a month falls in: "2023-11" → { year: 2023, q: 4 }. */
export const quarterOf = (month: string) => ({ year: Number(month.slice(0, 4)), q: Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1 });

/** The last month of each quarter from `first`'s quarter to `last`'s, the last one being `last` itself. */
export function quarterMonths(first: string, last: string): string[] {
  const out: string[] = [];
  for (const m of monthsBetween(first, last)) if (Number(m.slice(5, 7)) % 3 === 0 || m === last) out.push(m);
  return out;
}
