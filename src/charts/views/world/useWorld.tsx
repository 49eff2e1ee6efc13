/**
 * Epoch's world data for a world panel, fetched the first time such a panel is shown (never by
 * the default view) and shared by every panel of the page (worldContext.ts). A panel renders
 * `WorldGate`, which shows a loading state, or the error with Retry, or its chart.
 * `WorldDataContext` hands over data already loaded (the prerender, the embed entry, tests),
 * so the first render can be the chart itself.
 */
import { useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { loadWorldOnce, WorldDataContext } from './worldContext.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { LoadError, Loading } from '../../frame/LoadStates.tsx';

type WorldState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; world: WorldData };

export function useWorld(base: string = import.meta.env.BASE_URL): { state: WorldState; retry: () => void } {
  const given = useContext(WorldDataContext);
  const [state, setState] = useState<WorldState>(given ? { status: 'ready', world: given } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (given) return;
    let live = true;
    loadWorldOnce(base).then(
      (world) => live && setState({ status: 'ready', world }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [base, given, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state: given ? { status: 'ready', world: given } : state, retry };
}

export function WorldGate({ m, loading, children }: { m: Messages; loading: string; children: (world: WorldData) => ReactNode }) {
  const { state, retry } = useWorld();
  if (state.status === 'ready') return <>{children(state.world)}</>;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={retry} m={m} />;
  return (
    <div aria-busy="true">
      <Loading m={{ ...m, loading }} />
    </div>
  );
}
