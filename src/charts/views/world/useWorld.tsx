/**
 * Epoch's world data for a world panel, fetched the first time such a panel is shown (never by
 * the default view) and shared by every panel of the page. A panel renders `WorldGate`, which
 * shows a loading state, or the error with Retry, or its chart.
 *
 * The dashboard and the embed page both render panels, and the embed has no query client, so
 * the fetch is one promise per base URL here rather than `worldQuery`; a failed fetch is
 * forgotten so Retry asks again. `WorldDataContext` hands over data already loaded (the
 * prerender at build, tests), so the first render can be the chart itself.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { WorldData } from '../../../data/epoch/worldTypes.ts';
import { fetchWorld, worldUrl } from '../../../data/worldLoad.ts';
import type { Messages } from '../../../i18n/messages.ts';
import { LoadError, Loading } from '../../../ui/LoadStates.tsx';

export const WorldDataContext = createContext<WorldData | null>(null);

const pending = new Map<string, Promise<WorldData>>();

export function loadWorldOnce(base: string): Promise<WorldData> {
  let p = pending.get(base);
  if (!p) {
    p = fetchWorld(worldUrl(base));
    pending.set(base, p);
    p.catch(() => pending.delete(base));
  }
  return p;
}

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
