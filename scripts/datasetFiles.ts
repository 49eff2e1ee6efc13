/**
 * Node-side access to `data/`: reads every file the schema names, validates it, and returns the
 * dataset with a content hash as its version. Shared by the Vite plugin (build and dev server)
 * and the tests, so a bad row fails both with the same message.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ECB_CSV, parseEcbCsv } from '../src/data/ecbCsv.ts';
import { FILE_KEYS } from '../src/data/model.ts';
import type { Dataset } from '../src/data/schema.ts';
import { formatDataError, parseDataset, type ParseResult, type RawFiles } from '../src/data/validate.ts';
import { resolveRates } from '../src/metrics/currency.ts';

/** The source every resolved rate cites (`sources.json`). */
const ECB_SOURCE = 'ecb-eurofxref';

/**
 * The data folder of a checkout: `data/`, or ATLAS_DATA_DIR, which lets a test build the site
 * from a copy of the data with hostile rows in it.
 */
export function dataDirOf(root: string): string {
  return process.env.ATLAS_DATA_DIR ? resolve(process.env.ATLAS_DATA_DIR) : resolve(root, 'data');
}

/** The raw data files of a folder (rates derived from the ECB fixings), before validation. */
export function readRawFiles(dataDir: string): { raw: RawFiles; errors: string[] } {
  const raw: RawFiles = {};
  const errors: string[] = [];
  for (const key of FILE_KEYS) {
    if (key === 'rates') continue; // derived below, from the daily fixings
    const path = join(dataDir, `${key}.json`);
    if (!existsSync(path)) continue; // parseDataset reports the missing file
    try {
      raw[key] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push(`data/${key}.json: not valid JSON (${(e as Error).message})`);
    }
  }
  const csvPath = join(dataDir, ECB_CSV.replace(/^data\//, ''));
  if (!existsSync(csvPath)) errors.push(`${ECB_CSV}: file is missing`);
  else {
    const ecb = parseEcbCsv(readFileSync(csvPath, 'utf8'));
    errors.push(...ecb.errors);
    raw.rates = { rates: resolveRates(ecb.fixings, moneyAsOfs(raw.money), ECB_SOURCE) };
  }
  return { raw, errors };
}

/** Every as-of date of a money amount, read leniently: the schema reports bad rows later. */
function moneyAsOfs(money: unknown): string[] {
  const rows = (money as { money?: unknown } | undefined)?.money;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r) => {
    const asOf = (r as { amount?: { asOf?: unknown } } | null)?.amount?.asOf;
    return typeof asOf === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(asOf) ? [asOf] : [];
  });
}

function datasetVersion(raw: RawFiles): string {
  const canonical = JSON.stringify(FILE_KEYS.map((k) => raw[k] ?? null));
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

export function loadDatasetFromDir(dataDir: string): ParseResult & { messages: string[] } {
  const { raw, errors } = readRawFiles(dataDir);
  if (errors.length) return { ok: false, errors: [], messages: errors };
  const result = parseDataset(raw, datasetVersion(raw));
  return { ...result, messages: result.ok ? [] : result.errors.map(formatDataError) };
}

/** The validated dataset, or an error listing every bad row (what the build and dev server need). */
export function loadValidDataset(dataDir: string): Dataset {
  const r = loadDatasetFromDir(dataDir);
  if (!r.ok) throw new Error(`Invalid dataset:\n  ${r.messages.join('\n  ')}`);
  return r.dataset;
}
