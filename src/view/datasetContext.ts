import type { Dataset } from '../data/schema.ts';
import type { ParseContext } from './viewState.ts';

/** The ids a URL may name, for the view parser: unknown ids are dropped, in the dashboard and embeds alike. */
export function parseContextOf(d: Dataset): ParseContext {
  const systemIds = new Set(d.systems.map((s) => s.id));
  const modelIds = new Set(d.models.map((s) => s.id));
  return {
    entityIds: new Set([...systemIds, ...modelIds, ...d.money.map((s) => s.id)]),
    systemIds,
    modelIds,
    editions: new Set(d.systems.flatMap((s) => s.top500.map((t) => t.edition))),
    releaseIds: new Set(d.releases ?? []),
  };
}
