import type { Dataset } from '../data/schema.ts';
import type { WorldData } from '../data/epoch/worldTypes.ts';
import type { ParseContext, ViewState } from './viewState.ts';

/** The ids a URL may name, for the view parser: unknown ids are dropped, in the dashboard and embeds alike. */
export function parseContextOf(d: Dataset): ParseContext {
  const systemIds = new Set(d.systems.map((s) => s.id));
  const modelIds = new Set(d.models.map((s) => s.id));
  return {
    entityIds: new Set([...systemIds, ...modelIds, ...d.money.map((s) => s.id)]),
    systemIds,
    modelIds,
    editions: new Set(d.systems.flatMap((s) => s.top500.map((t) => t.edition))),
    pinIds: new Set([...systemIds, ...modelIds, ...d.hardware.map((h) => h.id)]),
    releaseIds: new Set(d.releases ?? []),
  };
}

/** The same with Epoch's ids, once the world data has loaded: pending Epoch ids are then checked. */
export function withWorldIds(ctx: ParseContext, world: Pick<WorldData, 'clusters' | 'models' | 'chips'>): ParseContext {
  const worldSystemIds = new Set(world.clusters.map((c) => c.id));
  const worldModelIds = new Set(world.models.map((m) => m.id));
  return { ...ctx, worldSystemIds, worldModelIds, worldPinIds: new Set([...worldSystemIds, ...worldModelIds, ...world.chips.map((c) => c.id)]) };
}

/**
 * True when the view names an id the curated data lacks (a pin, A or B, the what-if's system or
 * model): it may be Epoch's, so the world data must load to name it, draw it or drop it.
 */
export function namesWorldIds(state: Pick<ViewState, 'pins' | 'compareA' | 'compareB' | 'whatifSystem' | 'whatifModel'>, ctx: ParseContext): boolean {
  const outside = (id: string | null, known: ReadonlySet<string> | undefined) => id !== null && known !== undefined && !known.has(id);
  return (
    state.pins.some((id) => outside(id, ctx.pinIds)) ||
    outside(state.compareA, ctx.entityIds) ||
    outside(state.compareB, ctx.entityIds) ||
    outside(state.whatifSystem, ctx.systemIds) ||
    outside(state.whatifModel, ctx.modelIds)
  );
}
