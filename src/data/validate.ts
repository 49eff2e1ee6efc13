/**
 * Turns the raw contents of the `data/*.json` files into a typed `Dataset`, or into a list of
 * errors that each name the file, the record and the field. Used by the build (a bad row fails
 * `vite build`), by `npm test`, and by the browser when it loads the published dataset.
 */
import type { z } from 'zod';
import { FILE_KEYS, type FileKey } from './model.ts';
import { FILES, type Dataset } from './schema.ts';

export interface DataError {
  file: string;
  /** e.g. `systems[3] (lumi)`; empty for file-level errors. */
  record: string;
  /** Dotted path inside the record, e.g. `acceleratorCount.unit`. */
  field: string;
  message: string;
}

export type RawFiles = Partial<Record<FileKey, unknown>>;
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

export function formatDataError(e: DataError): string {
  return [e.file, e.record, e.field].filter(Boolean).join(' › ') + ': ' + e.message;
}

// Rates are not a file in data/: the build resolves them from the ECB's daily fixings.
const fileName = (key: FileKey) => (key === 'rates' ? 'rates resolved from data/ecb/eur_usd_daily.csv' : `data/${key}.json`);

function recordLabel(key: FileKey, index: number, value: unknown): string {
  const id =
    value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
      ? value.id
      : value && typeof value === 'object' && 'forAsOf' in value && typeof value.forAsOf === 'string'
        ? value.forAsOf
        : value && typeof value === 'object' && 'date' in value && typeof value.date === 'string'
          ? value.date
          : undefined;
  return `${key}[${index}]${id ? ` (${id})` : ''}`;
}

function parseFile(key: FileKey, raw: unknown, errors: DataError[]): unknown[] {
  const file = fileName(key);
  if (raw === undefined) {
    errors.push({ file, record: '', field: '', message: 'file is missing' });
    return [];
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as Record<string, unknown>)[key])) {
    errors.push({ file, record: '', field: key, message: `must be an object with an array "${key}"` });
    return [];
  }
  const rows = (raw as Record<string, unknown[]>)[key]!;
  const schema = FILES[key] as z.ZodType;
  const out: unknown[] = [];
  rows.forEach((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else
      for (const issue of r.error.issues)
        errors.push({
          file,
          record: recordLabel(key, i, row),
          field: issue.path.map(String).join('.'),
          message: issue.message,
        });
  });
  return out;
}

/** Every `source` field anywhere inside a record, with its path. */
function sourceRefs(value: unknown, path: string[] = []): { path: string; id: string }[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceRefs(v, [...path, String(i)]));
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'source' && typeof v === 'string' ? [{ path: [...path, k].join('.'), id: v }] : sourceRefs(v, [...path, k]),
  );
}

export function parseDataset(raw: RawFiles, version: string): ParseResult {
  const errors: DataError[] = [];
  const parsed = Object.fromEntries(FILE_KEYS.map((k) => [k, parseFile(k, raw[k], errors)])) as unknown as Omit<
    Dataset,
    'version'
  >;
  if (errors.length) return { ok: false, errors };

  const d: Dataset = { version, ...parsed };
  const err = (key: FileKey, i: number, field: string, message: string) =>
    errors.push({ file: fileName(key), record: recordLabel(key, i, d[key][i]), field, message });

  // Unique ids per file (rates are keyed by the as-of date they convert).
  for (const key of FILE_KEYS) {
    const seen = new Set<string>();
    d[key].forEach((row, i) => {
      const id = 'id' in row ? row.id : row.forAsOf;
      if (seen.has(id)) err(key, i, 'id' in row ? 'id' : 'forAsOf', `duplicate "${id}"`);
      seen.add(id);
    });
  }
  // Entity ids share one namespace in URLs (`ids=a~b`), so systems, models and money must not collide.
  const entityOwner = new Map<string, FileKey>();
  for (const key of ['systems', 'models', 'money'] as const)
    d[key].forEach((row, i) => {
      const other = entityOwner.get(row.id);
      if (other && other !== key) err(key, i, 'id', `"${row.id}" is already used in ${fileName(other)}`);
      entityOwner.set(row.id, key);
    });

  const ids = (key: FileKey) => new Set(d[key].map((r) => ('id' in r ? r.id : r.date)));
  const sources = ids('sources');
  const hardware = ids('hardware');
  const systems = ids('systems');
  const models = ids('models');
  const money = ids('money');

  for (const key of FILE_KEYS) {
    if (key === 'sources') continue;
    d[key].forEach((row, i) => {
      for (const ref of sourceRefs(row))
        if (!sources.has(ref.id)) err(key, i, ref.path, `unknown source id "${ref.id}"`);
    });
  }

  d.systems.forEach((s, i) => {
    if (s.accelerator && !hardware.has(s.accelerator)) err('systems', i, 'accelerator', `unknown hardware id "${s.accelerator}"`);
    if (s.acceleratorCount && !s.accelerator) err('systems', i, 'accelerator', 'an accelerator count needs an accelerator id');
    if (s.partOf && !systems.has(s.partOf)) err('systems', i, 'partOf', `unknown system id "${s.partOf}"`);
    if (s.partOf === s.id) err('systems', i, 'partOf', 'a system cannot be part of itself');
    if (s.model && !models.has(s.model)) err('systems', i, 'model', `unknown model id "${s.model}"`);
    const editions = new Set<string>();
    s.top500.forEach((t, j) => {
      if (editions.has(t.edition)) err('systems', i, `top500.${j}.edition`, `duplicate edition "${t.edition}"`);
      editions.add(t.edition);
    });
  });
  d.models.forEach((m, i) => {
    if (m.gpuHoursM && !m.gpuHoursOn) err('models', i, 'gpuHoursOn', 'GPU-hours need the hardware id they were counted on');
    if (m.gpuHoursOn && !hardware.has(m.gpuHoursOn)) err('models', i, 'gpuHoursOn', `unknown hardware id "${m.gpuHoursOn}"`);
    if (m.trainedOn && !systems.has(m.trainedOn)) err('models', i, 'trainedOn', `unknown system id "${m.trainedOn}"`);
  });
  d.money.forEach((m, i) => {
    if (m.about && !systems.has(m.about) && !models.has(m.about))
      err('money', i, 'about', `unknown system or model id "${m.about}"`);
    if (m.scope === 'political-claim' && !m.saidBy) err('money', i, 'saidBy', 'a political claim needs who said it');
    // Every amount converts at the rate of its own date (resolved at build time from data/ecb/).
    if (!d.rates.some((r) => r.forAsOf === m.amount.asOf))
      err('money', i, 'amount.asOf', `no ECB rate for ${m.amount.asOf} (before the first fixing in data/ecb/?)`);
  });
  d.prices.forEach((p, i) => {
    if (!hardware.has(p.hardware)) err('prices', i, 'hardware', `unknown hardware id "${p.hardware}"`);
  });
  d.comparisons.forEach((c, i) => {
    for (const side of ['a', 'b'] as const) {
      const id = c[side];
      if (c.metric === 'accelerators') {
        const s = d.systems.find((x) => x.id === id);
        if (!s) err('comparisons', i, side, `unknown system id "${id}"`);
        else if (!s.acceleratorCount) err('comparisons', i, side, `ratio cannot be computed: "${id}" has no acceleratorCount`);
      } else if (!money.has(id)) err('comparisons', i, side, `unknown money id "${id}"`);
    }
    if (c.a === c.b) err('comparisons', i, 'b', 'a comparison needs two different entities');
    c.corroboratedBy?.forEach((id, j) => {
      const known = c.metric === 'money' ? money.has(id) : systems.has(id);
      if (!known || id === c.a || id === c.b) err('comparisons', i, `corroboratedBy.${j}`, `"${id}" must be another ${c.metric === 'money' ? 'money' : 'system'} id than a and b`);
    });
  });

  return errors.length ? { ok: false, errors } : { ok: true, dataset: d };
}
