/**
 * Reads `data/ecb/eur_usd_daily.csv` (the ECB's daily USD reference rates) into sorted fixings.
 * Pure: the build passes the text in. Errors name the file and line, like the schema's do.
 */

/** One ECB daily reference rate. */
export interface Fixing {
  date: string;
  usdPerEur: number;
}

export const ECB_CSV = 'data/ecb/eur_usd_daily.csv';
const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

export function parseEcbCsv(text: string): { fixings: Fixing[]; errors: string[] } {
  const lines = text.split(/\r?\n/);
  const errors: string[] = [];
  const fixings: Fixing[] = [];
  if (lines[0]?.trim() !== 'date,usd_per_eur') errors.push(`${ECB_CSV} › line 1: header must be "date,usd_per_eur"`);
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${ECB_CSV} › line ${i + 2}`;
    const [date = '', value = '', ...rest] = line.split(',');
    const usdPerEur = Number(value);
    if (rest.length || !DAY.test(date)) return void errors.push(`${at}: expected "YYYY-MM-DD,rate", got "${line}"`);
    if (!value.trim() || !Number.isFinite(usdPerEur) || usdPerEur <= 0) return void errors.push(`${at}: rate must be a positive number`);
    const prev = fixings[fixings.length - 1];
    // Resolving a date's rate relies on sorted, unique days.
    if (prev && date <= prev.date) return void errors.push(`${at}: ${date} is not after ${prev.date}`);
    fixings.push({ date, usdPerEur });
  });
  if (!fixings.length && !errors.length) errors.push(`${ECB_CSV}: no fixings`);
  return { fixings, errors };
}
