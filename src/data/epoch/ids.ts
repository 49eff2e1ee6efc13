/**
 * Stable kebab-case ids for Epoch rows: they go into public URLs (`pin=`), so they are derived
 * from the row's name only, never from its position in the file. Rows whose names give the same
 * slug (Epoch has 257 "Anonymized Chinese System" rows) get a suffix from their date and, when
 * that is not enough, a counter in an order fixed by the row's content, so a re-ordered file
 * gives the same ids.
 */

const MAX_SLUG = 60;

export function slugify(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ');
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  return slug || 'unnamed';
}

export interface IdInput {
  name: string;
  /** Told apart by this first (a date, or "" when none). */
  date: string;
  /** A canonical text of the row's content: orders rows that share name and date. */
  content: string;
}

/**
 * One id per input, in input order. `taken` holds ids already used elsewhere (the curated data,
 * other Epoch datasets); a slug that is taken gets `kindSuffix` appended.
 */
export function assignIds(inputs: readonly IdInput[], taken: ReadonlySet<string>, kindSuffix: string): string[] {
  const bySlug = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    let slug = slugify(input.name);
    if (taken.has(slug)) slug = `${slug}-${kindSuffix}`;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), i]);
  });
  const ids: string[] = new Array(inputs.length);
  for (const [slug, group] of bySlug) {
    if (group.length === 1) {
      ids[group[0]!] = slug;
      continue;
    }
    const byDate = new Map<string, number[]>();
    for (const i of group) {
      const key = inputs[i]!.date || 'undated';
      byDate.set(key, [...(byDate.get(key) ?? []), i]);
    }
    for (const [date, sameDate] of byDate) {
      const stem = `${slug}-${slugify(date)}`;
      if (sameDate.length === 1) {
        ids[sameDate[0]!] = stem;
        continue;
      }
      const ordered = [...sameDate].sort((a, b) => compareText(inputs[a]!.content, inputs[b]!.content) || a - b);
      ordered.forEach((i, k) => (ids[i] = `${stem}-${k + 1}`));
    }
  }
  return ids;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
