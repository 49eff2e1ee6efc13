import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { useState } from 'react';
import { loadValidDataset } from '../../../scripts/datasetFiles.ts';
import { loadValidWorld } from '../../../scripts/worldFiles.ts';
import type { LazyWorld } from '../../charts/views/world/useLazyWorld.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../view/viewState.ts';
import { PinBar } from './PinBar.tsx';

const dataDir = resolve(__dirname, '../../../data');
const dataset = loadValidDataset(dataDir);
const worldData = loadValidWorld(dataDir, dataset);
const m = MESSAGES.en;
const world: LazyWorld = { status: 'ready', world: worldData, error: null, request: () => {}, retry: () => {} };

function Harness({ initial }: { initial: string[] }) {
  const [state, setState] = useState<ViewState>({ ...DEFAULT_VIEW_STATE, pins: initial });
  return (
    <>
      <PinBar dataset={dataset} pins={state.pins} update={(patch) => setState((s) => ({ ...s, ...patch }))} world={world} m={m} />
      <output data-testid="pins">{state.pins.join('~')}</output>
    </>
  );
}
const pins = () => screen.getByTestId('pins').textContent;

test('typing and Enter pins an Epoch cluster, shown as a chip with its name', async () => {
  const user = userEvent.setup();
  render(<Harness initial={['marenostrum-5-acc']} />);
  await user.type(screen.getByRole('combobox', { name: m.search.label }), 'meta 100k');
  await user.keyboard('{ArrowDown}{Enter}');
  expect(pins()).toBe('marenostrum-5-acc~meta-100k');
  const chips = screen.getByRole('list', { name: m.search.pinned });
  expect(chips).toHaveTextContent('Meta 100k');
  expect(chips).toHaveTextContent('MareNostrum 5 ACC');
});

test('a pinned entity is marked in the list, and picking it again adds nothing', async () => {
  const user = userEvent.setup();
  render(<Harness initial={['meta-100k']} />);
  await user.type(screen.getByRole('combobox'), 'meta 100k');
  expect(screen.getByRole('option', { name: /Meta 100k/ })).toHaveTextContent(m.search.pinnedMark);
  await user.keyboard('{ArrowDown}{Enter}');
  expect(pins()).toBe('meta-100k');
});

test('Delete or Backspace on a chip’s button unpins it; focus moves to the next chip, then the search', async () => {
  const user = userEvent.setup();
  render(<Harness initial={['meta-100k', 'grok-4']} />);
  const first = screen.getByRole('button', { name: m.search.unpin('Meta 100k') });
  first.focus();
  await user.keyboard('{Delete}');
  expect(pins()).toBe('grok-4');
  await waitFor(() => expect(screen.getByRole('button', { name: m.search.unpin('Grok 4') })).toHaveFocus());
  await user.keyboard('{Backspace}');
  expect(pins()).toBe('');
  await waitFor(() => expect(screen.getByRole('combobox')).toHaveFocus());
  expect(screen.queryByRole('list', { name: m.search.pinned })).toBeNull();
});

test('the × button names what it unpins', async () => {
  const user = userEvent.setup();
  render(<Harness initial={['h100-64gb', 'deepseek-v3']} />);
  await user.click(screen.getByRole('button', { name: m.search.unpin('DeepSeek-V3') }));
  expect(pins()).toBe('h100-64gb');
});
