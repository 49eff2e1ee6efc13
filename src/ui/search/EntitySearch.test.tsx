import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { buildSearchIndex, type SearchEntry } from '../../data/worldSearch.ts';
import type { LazyWorldStatus } from '../../charts/views/world/useLazyWorld.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { EntitySearch } from './EntitySearch.tsx';

const entries: SearchEntry[] = [
  { id: 'marenostrum-5-acc', kind: 'cluster', name: 'MareNostrum 5 ACC', aliases: ['Mare Nostrum 5'] },
  { id: 'meta-100k', kind: 'cluster', name: 'Meta 100k', aliases: [] },
  { id: 'mistral-large-2', kind: 'model', name: 'Mistral Large 2', aliases: [] },
  { id: 'nvidia-h100-sxm5-80gb', kind: 'chip', name: 'NVIDIA H100 SXM5 80GB', aliases: [] },
  { id: 'jülich-jupiter', kind: 'cluster', name: 'JÜLICH JUPITER', aliases: [] },
];
const index = buildSearchIndex(entries);
const m = MESSAGES.en;

function Harness({ status = 'ready', disabled }: { status?: LazyWorldStatus; disabled?: (e: SearchEntry) => string | undefined }) {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <>
      <EntitySearch
        label="Search"
        status={status}
        index={status === 'ready' ? index : null}
        onRequest={onRequest}
        onRetry={onRetry}
        onPick={(e) => setPicked((p) => [...p, e.id])}
        disabledReason={disabled}
        pickedMessage={(e) => m.search.didPin(e.name)}
        m={m}
      />
      <output data-testid="picked">{picked.join(',')}</output>
    </>
  );
}
let onRequest = vi.fn();
let onRetry = vi.fn();
beforeEach(() => {
  onRequest = vi.fn();
  onRetry = vi.fn();
});

const box = () => screen.getByRole('combobox', { name: 'Search' });
/** The polite live region (aria-live, not role=status, so it never collides with a view's status). */
const live = () => screen.getByTestId('search-live').textContent ?? '';

test('focusing the box asks for the world data; typing lists matches, accent- and case-insensitive', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  expect(onRequest).not.toHaveBeenCalled();
  await user.click(box());
  expect(onRequest).toHaveBeenCalled();
  expect(box()).toHaveAttribute('aria-expanded', 'false');
  await user.type(box(), 'julich');
  expect(box()).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('JÜLICH JUPITER')]);
  expect(live()).toContain('1 result');
  await user.clear(box());
  await user.type(box(), 'M');
  expect(screen.getAllByRole('option').length).toBeGreaterThan(1);
  expect(live()).toMatch(/\d+ results/);
});

test('arrows move the active option (aria-activedescendant), Enter picks it and says so', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(box(), 'a');
  const options = screen.getAllByRole('option');
  expect(options.length).toBeGreaterThanOrEqual(3);
  expect(box()).not.toHaveAttribute('aria-activedescendant');
  await user.keyboard('{ArrowDown}');
  expect(box()).toHaveAttribute('aria-activedescendant', options[0]!.id);
  expect(options[0]).toHaveAttribute('aria-selected', 'true');
  await user.keyboard('{ArrowDown}');
  expect(box()).toHaveAttribute('aria-activedescendant', options[1]!.id);
  await user.keyboard('{ArrowUp}{ArrowUp}'); // wraps to the last
  expect(box()).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
  const name = options.at(-1)!.querySelector('span')!.textContent!;
  await user.keyboard('{Enter}');
  expect(screen.getByTestId('picked').textContent).toBe(entries.find((e) => e.name === name)!.id);
  expect(box()).toHaveValue('');
  expect(box()).toHaveAttribute('aria-expanded', 'false');
  expect(live()).toContain(`${name} pinned.`);
  expect(box()).toHaveFocus();
});

test('Escape closes the list, a second Escape clears the box', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(box(), 'meta');
  expect(screen.getByRole('listbox', { hidden: true })).toBeVisible();
  await user.keyboard('{Escape}');
  expect(box()).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('option')).toBeNull();
  expect(box()).toHaveValue('meta');
  await user.keyboard('{Escape}');
  expect(box()).toHaveValue('');
  await user.keyboard('{Enter}');
  expect(screen.getByTestId('picked').textContent).toBe('');
});

test('while the data loads the list says so; an error offers Retry', async () => {
  const user = userEvent.setup();
  const { rerender } = render(<Harness status="loading" />);
  await user.type(box(), 'meta');
  expect(screen.getAllByText(m.search.loading).length).toBeGreaterThan(0);
  expect(live()).toContain(m.search.loading);
  expect(screen.queryByRole('option')).toBeNull();
  rerender(<Harness status="error" />);
  expect(screen.getByRole('alert')).toHaveTextContent(m.search.error);
  await user.click(screen.getByRole('button', { name: m.search.retry }));
  expect(onRetry).toHaveBeenCalledOnce();
});

test('an option without the needed figure is disabled, says why, and arrows skip it', async () => {
  const user = userEvent.setup();
  render(<Harness disabled={(e) => (e.kind === 'model' ? 'no GPU count' : undefined)} />);
  await user.type(box(), 'm');
  const options = screen.getAllByRole('option');
  const model = options.find((o) => o.textContent!.includes('Mistral'))!;
  expect(model).toHaveAttribute('aria-disabled', 'true');
  expect(model).toHaveTextContent('no GPU count');
  for (let i = 0; i < options.length * 2; i++) {
    await user.keyboard('{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).not.toBe(model.id);
  }
  await user.click(model);
  expect(screen.getByTestId('picked').textContent).toBe('');
});

test('a click on an option picks it', async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(box(), 'h100');
  await user.click(screen.getByRole('option', { name: /NVIDIA H100/ }));
  expect(screen.getByTestId('picked').textContent).toBe('nvidia-h100-sxm5-80gb');
});
