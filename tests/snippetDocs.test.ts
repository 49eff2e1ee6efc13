// @vitest-environment node
/** One snippet everywhere: the embed dialog, oEmbed's `html` and the README agree on sandbox and border. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { iframeSnippet } from '../scripts/prerenderHtml.ts';
import { EMBED_SANDBOX, embedSnippet } from '../src/ui/embedSnippet.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
const sandboxes = (html: string) => [...html.matchAll(/<iframe src=[^>]*\bsandbox="([^"]*)"/g)].map((m) => m[1]);

test('the README snippet, the dialog snippet and oEmbed html use the same sandbox and no style attribute', () => {
  const dialog = embedSnippet({ src: 'https://s.example/embed/gpus/', height: 600, title: 't' });
  const oembed = iframeSnippet({ src: 'https://s.example/embed/gpus/', height: 600, title: 't' });
  expect(sandboxes(readme)).toEqual([EMBED_SANDBOX]);
  expect(sandboxes(dialog)).toEqual([EMBED_SANDBOX]);
  expect(sandboxes(oembed)).toEqual([EMBED_SANDBOX]);
  for (const html of [readme, dialog, oembed]) {
    expect(html).not.toMatch(/<iframe\b[^>]*\bstyle=/);
    expect(html).toMatch(/<iframe\b[^>]*\bframeborder="0"/);
  }
});
