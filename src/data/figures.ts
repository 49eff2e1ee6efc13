/**
 * Every sourced figure in the dataset, flattened with the entity and field it belongs to, for
 * the sources panel and its counts. Walks records generically so a new field is never missed.
 */
import type { Dataset, Figure } from './schema.ts';
import { labelIn, subjectIn } from './labels.ts';
import type { Lang } from '../i18n/locales.ts';

export interface FigureRef {
  entityId: string;
  entityName: string;
  /** Field path, e.g. "acceleratorCount" or "top500.2024-11.rank". */
  field: string;
  figure: Figure;
}

const isFigure = (v: unknown): v is Figure =>
  !!v && typeof v === 'object' && 'value' in v && 'unit' in v && 'source' in v && 'confidence' in v;

function walk(value: unknown, path: string[], out: (field: string, f: Figure) => void) {
  if (isFigure(value)) return out(path.join('.'), value);
  if (Array.isArray(value))
    value.forEach((v, i) => walk(v, [...path, v && typeof v === 'object' && 'edition' in v ? String(v.edition) : String(i)], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
}

/** `lang` names money and price rows (labels.ts); other entities' names are not translated. */
export function collectFigures(d: Dataset, lang: Lang): FigureRef[] {
  const out: FigureRef[] = [];
  const add = (id: string, name: string, record: unknown) => walk(record, [], (field, figure) => out.push({ entityId: id, entityName: name, field, figure }));
  for (const r of d.hardware) add(r.id, r.name, r);
  for (const r of d.systems) add(r.id, r.name, r);
  for (const r of d.models) add(r.id, r.name, r);
  for (const r of d.money) add(r.id, `${subjectIn(r, lang)}: ${labelIn(r, lang)}`, r);
  // Several as-of dates can resolve to one rate (two figures after the last fixing): list it once.
  const rateDates = new Set<string>();
  for (const r of d.rates) if (!rateDates.has(r.date) && rateDates.add(r.date)) add(r.date, `EUR/USD ${r.date}`, r.usdPerEur);
  for (const r of d.prices) add(r.id, labelIn(r, lang), r);
  return out;
}
