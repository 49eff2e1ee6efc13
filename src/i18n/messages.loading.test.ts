/**
 * Loading on demand. Runs in its own module graph (vi.resetModules), so no language is loaded
 * yet, unlike every other test (tests/setup.ts loads them all).
 */
import { beforeEach, vi } from 'vitest';

beforeEach(() => vi.resetModules());

test('a language is readable only once loaded, and loading it leaves the others unloaded', async () => {
  const { MESSAGES, hasMessages, loadMessages } = await import('./messages.ts');
  expect(() => MESSAGES.en).toThrow(/"en" are not loaded/);
  const en = await loadMessages('en');
  expect(MESSAGES.en).toBe(en);
  expect(en.appName).toBe('Compute Atlas');
  expect(hasMessages('es')).toBe(false);
});

test('concurrent loads of one language share one request and tell listeners once', async () => {
  const { loadMessages, onMessagesLoaded } = await import('./messages.ts');
  const heard = vi.fn();
  onMessagesLoaded(heard);
  const [a, b] = await Promise.all([loadMessages('es'), loadMessages('es')]);
  expect(a).toBe(b);
  expect(heard).toHaveBeenCalledTimes(1);
});
