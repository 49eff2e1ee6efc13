import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { ViewBoundary } from './ViewBoundary.tsx';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module: /assets/whatif.js');
}

test('a view that fails to load says so with a retry, and the rest of the page stays', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const m = MESSAGES.es;
  const onRetry = vi.fn();
  render(
    <main>
      <h1>Atlas</h1>
      <ViewBoundary m={m} onRetry={onRetry}>
        <Broken />
      </ViewBoundary>
    </main>,
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Atlas');
  expect(screen.getByRole('alert')).toHaveTextContent(m.loadErrorTitle);
  expect(screen.getByRole('alert')).toHaveTextContent('whatif.js');
  await userEvent.click(screen.getByRole('button', { name: m.retry }));
  expect(onRetry).toHaveBeenCalledOnce();
});
