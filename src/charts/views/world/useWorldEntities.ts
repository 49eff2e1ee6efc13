/**
 * Compare and the what-if with any Epoch cluster or model: when the view names an id the
 * curated data lacks, Epoch's data is fetched (useLazyWorld), matched rows resolve to their
 * curated entity, and the others join the dataset as records of the atlas's kinds
 * (worldEntities.ts). Until the data is there, the view shows what the curated data allows.
 */
import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../../data/schema.ts';
import type { Lang } from '../../../i18n/format.ts';
import type { ViewState } from '../../../view/viewState.ts';
import { useLazyWorld, type LazyWorld } from './useLazyWorld.ts';
import { canonicalEntityId, withWorldEntities } from './worldEntities.ts';

type Ids = Pick<ViewState, 'compareA' | 'compareB' | 'whatifSystem' | 'whatifModel'>;

export function useWorldEntities<S extends Ids>(dataset: Dataset, state: S, lang: Lang): { dataset: Dataset; state: S; world: LazyWorld } {
  const world = useLazyWorld();
  const { compareA, compareB, whatifSystem, whatifModel } = state;
  const isNeeded = useMemo(() => {
    const curated = new Set([...dataset.systems, ...dataset.models, ...dataset.money].map((r) => r.id));
    return [compareA, compareB, whatifSystem, whatifModel].some((id) => id !== null && !curated.has(id));
  }, [dataset, compareA, compareB, whatifSystem, whatifModel]);
  const { request } = world;
  useEffect(() => {
    if (isNeeded) request();
  }, [isNeeded, request]);
  const w = isNeeded ? world.world : null;
  const resolved = useMemo(() => {
    if (!w) return { dataset, state };
    const ids: Ids = {
      compareA: canonicalEntityId(w, compareA),
      compareB: canonicalEntityId(w, compareB),
      whatifSystem: canonicalEntityId(w, whatifSystem),
      whatifModel: canonicalEntityId(w, whatifModel),
    };
    return { dataset: withWorldEntities(dataset, w, Object.values(ids), lang), state: { ...state, ...ids } };
  }, [w, dataset, state, compareA, compareB, whatifSystem, whatifModel, lang]);
  return { ...resolved, world };
}
