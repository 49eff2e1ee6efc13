/**
 * Epoch's world data on request: nothing is fetched until `request()` (the reader focuses the
 * search, or the view names an entity only the world data knows). Shares the page's one fetch
 * with the world views (worldContext.ts); data handed over by `WorldDataContext` (prerender,
 * embed, tests) counts as loaded.
 */
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { loadWorldOnce, WorldDataContext } from './worldContext.ts';

export type LazyWorldStatus = 'idle' | 'loading' | 'error' | 'ready';

export interface LazyWorld {
  status: LazyWorldStatus;
  world: WorldData | null;
  error: unknown;
  /** Starts the fetch (once); later calls do nothing. */
  request: () => void;
  retry: () => void;
}

export function useLazyWorld(base: string = import.meta.env.BASE_URL): LazyWorld {
  const given = useContext(WorldDataContext);
  const [isRequested, setRequested] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ world: WorldData | null; error: unknown }>({ world: null, error: null });
  useEffect(() => {
    if (given || !isRequested) return;
    let live = true;
    loadWorldOnce(base).then(
      (world) => live && setResult({ world, error: null }),
      (error: unknown) => live && setResult({ world: null, error: error ?? new Error('world data') }),
    );
    return () => {
      live = false;
    };
  }, [base, given, isRequested, attempt]);
  const request = useCallback(() => setRequested(true), []);
  const retry = useCallback(() => {
    setResult({ world: null, error: null });
    setRequested(true);
    setAttempt((n) => n + 1);
  }, []);
  const world = given ?? result.world;
  const status: LazyWorldStatus = world ? 'ready' : result.error ? 'error' : isRequested ? 'loading' : 'idle';
  // The same object while nothing in it changes, so what takes it can skip a render.
  return useMemo(() => ({ status, world, error: result.error, request, retry }), [status, world, result.error, request, retry]);
}
