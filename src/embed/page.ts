/**
 * What an embed page learns from its own address and the loaded data. Pure, for tests.
 */
import { isChartId, type ChartId } from '../charts/registry.ts';
import type { Dataset } from '../data/schema.ts';
import type { ParseContext } from '../view/viewState.ts';

/** `…/embed/<chart>/` (or `…/embed/<chart>/index.html`) → the chart id; null for anything else. */
export function chartFromPath(pathname: string): ChartId | null {
  const m = /\/embed\/([^/]+)\/(?:index\.html)?$/.exec(pathname) ?? /\/embed\/([^/]+)$/.exec(pathname);
  const id = m?.[1];
  return id && isChartId(id) ? id : null;
}

/**
 * The ids a URL may name, for the view parser (unknown ids are dropped, as in the dashboard).
 * Same rule as the dashboard shell's, which the embed cannot import.
 */
export function parseContextOf(d: Dataset): ParseContext {
  const systemIds = new Set(d.systems.map((s) => s.id));
  const modelIds = new Set(d.models.map((s) => s.id));
  return {
    entityIds: new Set([...systemIds, ...modelIds, ...d.money.map((s) => s.id)]),
    systemIds,
    modelIds,
    editions: new Set(d.systems.flatMap((s) => s.top500.map((t) => t.edition))),
  };
}
