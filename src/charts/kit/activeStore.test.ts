import { expect, test, vi } from 'vitest';
import { createActiveStore } from './activeStore.ts';

test('listeners hear a change once, and nothing when the value stays', () => {
  const store = createActiveStore();
  const heard = vi.fn();
  const off = store.subscribe(heard);
  store.set(3);
  store.set(3);
  store.set((a) => (a === 3 ? null : a));
  expect(heard).toHaveBeenCalledTimes(2);
  expect(store.get()).toBeNull();
  off();
  store.set(1);
  expect(heard).toHaveBeenCalledTimes(2);
});
