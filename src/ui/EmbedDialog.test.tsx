/**
 * The embed dialog: the snippet's src for several views (sub-path, options), escaped
 * attributes, and keyboard behaviour (focus moves in, Esc closes, focus returns).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartExportContext, type ChartExportApi } from '../charts/frame/ExportActions.tsx';
import { formatDate } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { embedUrl } from '../view/embedUrl.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState.ts';
import { EmbedDialog } from './EmbedDialog.tsx';
import { embedSnippet, escapeAttr, messageHeight } from './embedSnippet.ts';

// Rendering a full chart in jsdom takes seconds when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

const m = MESSAGES.es;
const hostile = 'Colossus "x" <script>alert(1)</script> & \'y\'\nnext';

/** Reads a snippet back as a browser would. */
function parseSnippet(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return { iframes: [...doc.querySelectorAll('iframe')], scripts: [...doc.querySelectorAll('script')] };
}

test('the snippet: escaped attributes read back exactly, the sandbox and lazy loading set', () => {
  const src = embedUrl('https://user.github.io', '/atlas/', { ...DEFAULT_VIEW_STATE, view: 'money', currency: 'usd', ids: ['a', 'b'] })!;
  const html = embedSnippet({ src, height: 612.4, title: hostile, scriptSrc: 'https://user.github.io/atlas/embed-resize.js' });
  const { iframes, scripts } = parseSnippet(html);
  expect(iframes).toHaveLength(1);
  const f = iframes[0]!;
  expect(f.getAttribute('src')).toBe(src);
  expect(f.getAttribute('title')).toBe(hostile.replace(/\s+/g, ' '));
  expect(f.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
  expect(f.getAttribute('loading')).toBe('lazy');
  expect(f.getAttribute('width')).toBe('100%');
  expect(f.getAttribute('height')).toBe('612');
  // A host CSP with style-src 'self' drops style attributes; frameborder is not a style.
  expect(f.getAttribute('style')).toBeNull();
  expect(f.getAttribute('frameborder')).toBe('0');
  expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['https://user.github.io/atlas/embed-resize.js']);
  expect(html).not.toContain('<script>alert');
  expect(escapeAttr(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  expect(parseSnippet(embedSnippet({ src, height: NaN, title: 't' })).scripts).toHaveLength(0);
});

test('height messages: numbers only, in our format, embed.ly’s and AMP’s', () => {
  expect(messageHeight({ height: 420.2 })).toBe(421);
  expect(messageHeight(JSON.stringify({ context: 'iframe.resize', src: 'x', height: 380 }))).toBe(380);
  expect(messageHeight({ sentinel: 'amp', type: 'embed-size', height: '500' })).toBe(500);
  for (const bad of [null, 3, 'nope', '{"height":"1e9;x"}', { height: 'calc(1px)' }, { height: Infinity }, { height: NaN }, {}]) expect(messageHeight(bad)).toBeNull();
  expect(messageHeight({ height: 1e9 })).toBe(10_000);
});

const api: ChartExportApi = {
  title: 'GPU por sistema',
  altText: hostile,
  sourceIds: [],
  embedHeight: async (hideTitle) => (hideTitle ? 500 : 560),
  downloadImage: vi.fn(async () => true),
};

function renderDialog(state: Partial<ViewState> = {}, base = '/atlas/') {
  const s = { ...DEFAULT_VIEW_STATE, ...state };
  return render(
    <ChartExportContext.Provider value={api}>
      <button type="button">antes</button>
      <EmbedDialog state={s} pageUrl="https://user.github.io/atlas/?v=gpus" base={base} lang="es" m={m} />
    </ChartExportContext.Provider>,
  );
}

const snippetSrc = () => parseSnippet((screen.getByRole('textbox', { name: m.export.snippet }) as HTMLTextAreaElement).value).iframes[0]!;

test('opens with focus inside, a snippet for the current view, and Esc returns focus to the button', async () => {
  const user = userEvent.setup();
  renderDialog({ view: 'top500', edition: '2024-11', scale: 'linear' });
  const button = screen.getByRole('button', { name: m.export.embed });
  await user.click(button);
  await screen.findByRole('textbox', { name: m.export.snippet }); // the body is its own chunk: the dialog opens once it is loaded
  const dialog = screen.getByRole('dialog', { name: m.export.embedTitle });
  expect(dialog).toHaveAttribute('open');
  expect(dialog).toContainElement(document.activeElement as HTMLElement);
  const iframe = snippetSrc();
  expect(iframe.getAttribute('src')).toBe('https://user.github.io/atlas/embed/top500/?scale=linear&ed=2024-11&lang=es');
  expect(iframe.getAttribute('height')).toBe('560');
  expect(iframe.getAttribute('title')).toBe(hostile.replace(/\s+/g, ' '));
  const preview = within(within(dialog).getByRole('region', { name: m.export.preview })).getByTitle(/^Colossus/);
  expect(preview).toHaveAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  expect(preview).toHaveAttribute('src', iframe.getAttribute('src'));
  await user.keyboard('{Escape}');
  expect(dialog).not.toHaveAttribute('open');
  expect(screen.queryByRole('textbox', { name: m.export.snippet })).toBeNull();
  expect(button).toHaveFocus();
});

test('options change the snippet (theme, language, title) but not the page; Close returns focus', async () => {
  const user = userEvent.setup();
  renderDialog({ view: 'compare', theme: 'light' });
  await user.click(screen.getByRole('button', { name: m.export.embed }));
  await screen.findByRole('textbox', { name: m.export.snippet });
  expect(snippetSrc().getAttribute('src')).toBe('https://user.github.io/atlas/embed/compare/?lang=es&theme=light');
  await user.click(screen.getByRole('radio', { name: m.themes.dark }));
  await user.click(screen.getByRole('radio', { name: 'EN' }));
  await user.click(screen.getByRole('checkbox', { name: m.export.hideTitle }));
  expect(snippetSrc().getAttribute('src')).toBe('https://user.github.io/atlas/embed/compare/en/?lang=en&theme=dark&title=0');
  expect(snippetSrc().getAttribute('height')).toBe('500');
  await user.click(screen.getByRole('radio', { name: m.themes.auto }));
  await user.click(screen.getByRole('checkbox', { name: m.export.autoHeight }));
  const value = (screen.getByRole('textbox', { name: m.export.snippet }) as HTMLTextAreaElement).value;
  expect(value).not.toContain('<script');
  expect(snippetSrc().getAttribute('src')).toBe('https://user.github.io/atlas/embed/compare/en/?lang=en&title=0');
  await user.click(screen.getByRole('button', { name: m.export.close }));
  expect(screen.getByRole('button', { name: m.export.embed })).toHaveFocus();
});

test('at the domain root; image downloads offered for platforms without iframes', async () => {
  const user = userEvent.setup();
  render(
    <ChartExportContext.Provider value={api}>
      <EmbedDialog state={{ ...DEFAULT_VIEW_STATE, view: 'models', lang: 'en' }} pageUrl="https://atlas.example/?v=models" base="/" lang="en" m={MESSAGES.en} />
    </ChartExportContext.Provider>,
  );
  await user.click(screen.getByRole('button', { name: 'Embed' }));
  const value = ((await screen.findByRole('textbox', { name: MESSAGES.en.export.snippet })) as HTMLTextAreaElement).value;
  expect(parseSnippet(value).iframes[0]!.getAttribute('src')).toBe('https://atlas.example/embed/models/en/?lang=en');
  expect(parseSnippet(value).scripts[0]!.getAttribute('src')).toBe('https://atlas.example/embed-resize.js');
  await user.click(screen.getByRole('button', { name: MESSAGES.en.publish.downloadPngScale(3) }));
  expect(api.downloadImage).toHaveBeenCalledWith('png', 3);
});

test('the sources view has no embed button', () => {
  renderDialog({ view: 'sources' });
  expect(screen.queryByRole('button', { name: m.export.embed })).toBeNull();
});

test('pins the release shown by default; "always the latest" drops the pin; a view of unreleased figures has no choice', async () => {
  const user = userEvent.setup();
  const { unmount } = render(
    <ChartExportContext.Provider value={api}>
      <EmbedDialog state={{ ...DEFAULT_VIEW_STATE, view: 'money' }} pageUrl="https://atlas.example/?v=money" base="/" lang="es" m={m} release="2026-12-01" />
    </ChartExportContext.Provider>,
  );
  await user.click(screen.getByRole('button', { name: m.export.embed }));
  const pinned = await screen.findByRole('radio', { name: m.release.pinned(formatDate('2026-12-01', 'es')) });
  expect(pinned).toBeChecked();
  expect(snippetSrc().getAttribute('src')).toBe('https://atlas.example/embed/money/?lang=es&release=2026-12-01');
  await user.click(screen.getByRole('radio', { name: m.release.latest }));
  expect(snippetSrc().getAttribute('src')).toBe('https://atlas.example/embed/money/?lang=es');
  unmount();
  renderDialog({ view: 'money' });
  await user.click(screen.getByRole('button', { name: m.export.embed }));
  await screen.findByRole('textbox', { name: m.export.snippet });
  expect(screen.queryByRole('radio', { name: m.release.latest })).toBeNull();
});
