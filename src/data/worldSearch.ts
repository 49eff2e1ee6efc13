/**
 * Find any cluster, model or chip by typing part of its name: accent-, case- and
 * punctuation-insensitive ("marenostrum" finds "Mare Nostrum 5", "jülich" finds "Julich").
 * Pure: build the index once per data load, query it on every keystroke.
 */
import type { Dataset } from './schema.ts';
import type { WorldData } from './epoch/worldTypes.ts';

export type SearchKind = 'cluster' | 'model' | 'chip';

export interface SearchEntry {
  /** The id a pin stores: the curated id for an entity in both datasets, else Epoch's. */
  id: string;
  kind: SearchKind;
  name: string;
  aliases: string[];
}

interface Indexed {
  entry: SearchEntry;
  /** Normalised name and aliases, words separated by single spaces. */
  texts: string[];
  /** The same without spaces, so "marenostrum" finds "mare nostrum". */
  compact: string[];
}

export type SearchIndex = readonly Indexed[];

export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Curated = Pick<Dataset, 'systems' | 'models' | 'hardware'>;

/**
 * One entry per entity: a curated record and its matched Epoch row are one entry under the
 * curated id, findable by either name.
 */
export function searchEntries(world: Pick<WorldData, 'clusters' | 'models' | 'chips'>, curated?: Curated): SearchEntry[] {
  const entries = new Map<string, SearchEntry>();
  const add = (id: string, kind: SearchKind, name: string, aliases: string[]) => {
    const known = entries.get(id);
    if (known) known.aliases.push(name, ...aliases);
    else entries.set(id, { id, kind, name, aliases });
  };
  for (const s of curated?.systems ?? []) add(s.id, 'cluster', s.name, [s.shortName]);
  for (const m of curated?.models ?? []) add(m.id, 'model', m.name, []);
  for (const h of curated?.hardware ?? []) add(h.id, 'chip', h.name, [h.shortName]);
  const epoch = (kind: SearchKind, r: { id: string; name: string; curatedId?: string }) =>
    r.curatedId && entries.has(r.curatedId) ? add(r.curatedId, kind, r.name, []) : add(r.id, kind, r.name, []);
  for (const c of world.clusters) epoch('cluster', c);
  for (const m of world.models) epoch('model', m);
  for (const c of world.chips) epoch('chip', c);
  return [...entries.values()];
}

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return entries.map((entry) => {
    const texts = [...new Set([entry.name, ...entry.aliases].map(normalizeForSearch))];
    return { entry, texts, compact: texts.map((t) => t.replace(/ /g, '')) };
  });
}

/**
 * Entries whose name or an alias contains every typed word (or the typed letters, ignoring
 * spaces), best first: exact name, then a name that starts with the query, then a word that
 * starts with it, then any match; shorter names first within a tier.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchEntry[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const words = q.split(' ');
  const qCompact = q.replace(/ /g, '');
  const hits: { entry: SearchEntry; tier: number }[] = [];
  for (const item of index) {
    let tier = Infinity;
    item.texts.forEach((t, i) => {
      const isMatch = words.every((w) => t.includes(w)) || item.compact[i]!.includes(qCompact);
      if (!isMatch) return;
      const rank = t === q ? 0 : t.startsWith(q) || item.compact[i]!.startsWith(qCompact) ? 1 : ` ${t}`.includes(` ${words[0]}`) ? 2 : 3;
      tier = Math.min(tier, rank);
    });
    if (tier < Infinity) hits.push({ entry: item.entry, tier });
  }
  hits.sort((a, b) => a.tier - b.tier || a.entry.name.length - b.entry.name.length || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  return hits.slice(0, limit).map((h) => h.entry);
}
