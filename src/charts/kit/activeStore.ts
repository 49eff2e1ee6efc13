/**
 * Which mark of a chart is active (hovered, focused or tapped), kept outside React state so
 * that a hover re-renders only the tooltip and the focus ring, never the chart's marks (with
 * thousands of marks, re-rendering them on every pointer move is what makes a chart lag).
 */
import { useSyncExternalStore } from 'react';

export interface ActiveStore {
  get(): number | null;
  set(next: number | null | ((current: number | null) => number | null)): void;
  subscribe(listener: () => void): () => void;
}

export function createActiveStore(): ActiveStore {
  let current: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      const value = typeof next === 'function' ? next(current) : next;
      if (value === current) return;
      current = value;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const serverSnapshot = () => null;

/** The active mark's index; re-renders the caller only when it changes. */
export function useActive(store: ActiveStore): number | null {
  return useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
}
