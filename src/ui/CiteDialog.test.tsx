import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartExportContext, type ChartExportApi } from '../charts/frame/ExportActions.tsx';
import { MESSAGES } from '../i18n/messages.ts';
import { CiteDialog } from './CiteDialog.tsx';

const frame = (sourceIds: string[]): ChartExportApi => ({ title: 't', altText: 'a', sourceIds, embedHeight: async () => 500, downloadImage: async () => true });

function renderCite(sourceIds: string[] = [], release: string | null = '2026-12-01') {
  return render(
    <ChartExportContext.Provider value={frame(sourceIds)}>
      <CiteDialog viewTitle="GPUs per system" release={release} version="ab038c8a11f0" pinnedUrl="https://example.org/?release=2026-12-01" lang="en" m={MESSAGES.en} />
    </ChartExportContext.Provider>,
  );
}

afterEach(() => vi.useRealTimers());

it('opens from the keyboard with the three formats, dated by the clock at the click, and closes back to its button', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(new Date(2027, 2, 5, 10, 0));
  renderCite();
  const user = userEvent.setup();
  const button = screen.getByRole('button', { name: 'Cite' });
  vi.setSystemTime(new Date(2027, 3, 9, 10, 0)); // the reader clicks a month later: that is the access date
  button.focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('textbox', { name: 'APA' }, { timeout: 10_000 }); // the body is its own chunk: the dialog opens once it is loaded
  const dialog = screen.getByRole('dialog', { name: MESSAGES.en.release.citeTitle });
  const apa = within(dialog).getByRole('textbox', { name: 'APA' });
  expect(apa).toHaveFocus();
  expect((apa as HTMLTextAreaElement).value).toContain('Retrieved April 9, 2027, from https://example.org/?release=2026-12-01');
  expect((within(dialog).getByRole('textbox', { name: 'BibTeX' }) as HTMLTextAreaElement).value).toContain('urldate = {2027-04-09}');
  expect(within(dialog).getByRole('textbox', { name: 'Plain text' })).toBeInTheDocument();
  expect(within(dialog).getAllByRole('button', { name: /^Copy \(/ })).toHaveLength(3);
  expect(within(dialog).queryByText(MESSAGES.en.release.epochCite)).toBeNull();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(button).toHaveFocus();
});

it("adds Epoch AI's citation when the frame shows Epoch data", async () => {
  renderCite(['epoch-notable-ai-models']);
  await userEvent.click(screen.getByRole('button', { name: 'Cite' }));
  const field = (await screen.findByRole('textbox', { name: 'Epoch AI' }, { timeout: 10_000 })) as HTMLTextAreaElement;
  expect(field.value).toMatch(/^Epoch AI, 'Data on Notable AI Models'/);
});
