/**
 * Short display labels of money, event and price rows in the page's language. Pure, zod-free
 * (the browser imports it).
 *
 * The data's own language is English: `label`, notes and source titles are in it. Every other
 * language of the atlas (src/i18n/locales.ts) has its label in `labels.<lang>`, and the schema
 * requires each one, so adding a language fails validation on every row until it is translated.
 * `label` was kept as the English text (rather than turned into `{ es, en }`) so that the data
 * API's `label` column and JSON key keep their meaning for scripts already reading them; the
 * translations are new columns (`labels.es`).
 */
import { LANGS } from '../i18n/lang.ts';
import type { Lang } from '../i18n/locales.ts';

/** The language of `label`, `note` and every other free text in `data/`. */
export const DATA_LANG = 'en' satisfies Lang;

export type TranslatedLang = Exclude<Lang, typeof DATA_LANG>;

/** The languages a row must translate its label into (every language but the data's own). */
export const TRANSLATED_LANGS = LANGS.filter((l): l is TranslatedLang => l !== DATA_LANG);

/**
 * A row's label in every translated language. An interface, not a type alias: it is resolved
 * lazily, which breaks the type cycle schema → Lang → the messages' types → schema.
 */
export interface Translations extends Readonly<Record<TranslatedLang, string>> {}

export interface Labelled {
  /** In DATA_LANG. */
  label: string;
  labels: Translations;
}

/**
 * The row's label in `lang`: the one helper every display site, export and alt text uses. The
 * schema makes every published row carry every language; the fallback to the data's own label
 * only covers a language added to the table whose data is not translated yet (never `undefined`
 * on screen).
 */
export function labelIn(row: Labelled, lang: Lang): string {
  // `labels` never holds DATA_LANG (the schema is strict), so English reads `label`.
  const labels: Partial<Record<Lang, string>> = row.labels;
  return labels[lang] ?? row.label;
}

/** A money row's subject in `lang`: its translation where the row gives one (`subjects.<lang>`), else `subject`. */
export function subjectIn(row: { subject: string; subjects?: Partial<Translations> | undefined }, lang: Lang): string {
  return translation(row.subjects, lang) ?? row.subject;
}

/** A name's translation into `lang` where the row gives one (an optional `names`-style map), else undefined. */
function translation(names: Partial<Translations> | undefined, lang: Lang): string | undefined {
  // The maps never hold DATA_LANG (the schema is strict), so the data's own language reads undefined.
  return (names as Partial<Record<Lang, string>> | undefined)?.[lang];
}

type Named = { name: string; shortName: string; names?: Partial<Translations> | undefined; shortNames?: Partial<Translations> | undefined };
type WithSystems<S extends Named> = { systems: readonly S[] };

const localised = new WeakMap<object, Map<Lang, unknown>>();

/**
 * The dataset as a reader of `lang` sees it: each system's `name` and `shortName` in that
 * language where the row gives one (`names.<lang>`, `shortNames.<lang>`: "DeepSeek-V3
 * (clúster)", not "DeepSeek-V3 cluster"), else as they are. The same object for the same dataset
 * and language (so what is memoised on the dataset stays memoised), and the dataset itself when
 * nothing changes. The one place names are translated: every chart, table, export and search
 * reads the names it is given.
 */
export function datasetIn<D extends WithSystems<S>, S extends Named>(dataset: D, lang: Lang): D {
  let byLang = localised.get(dataset);
  if (!byLang) localised.set(dataset, (byLang = new Map()));
  let out = byLang.get(lang) as D | undefined;
  if (!out) {
    let changed = false;
    const systems = dataset.systems.map((s) => {
      const name = translation(s.names, lang);
      const shortName = translation(s.shortNames, lang);
      if (name === undefined && shortName === undefined) return s;
      changed = true;
      return { ...s, name: name ?? s.name, shortName: shortName ?? s.shortName };
    });
    out = changed ? { ...dataset, systems } : dataset;
    byLang.set(lang, out);
  }
  return out;
}
