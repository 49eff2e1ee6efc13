import { asyncModuleEntry, copiesMarkup, deferStylesheets, fillTemplate, iframeSnippet, loadingNotes, metaTags, oembedDocument, prerenderMeta, stylesheetHrefs, stylesheetsWithoutCors, WAIT_FOR_COPY } from './prerenderHtml.ts';

const TEMPLATE = `<!doctype html>
<html lang="es">
  <head>
    <meta charset="UTF-8" />
    <script src="/atlas-head.js"></script>
    <title>x</title>
    <script type="module" crossorigin src="/assets/embed.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/embed.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('prerender HTML', () => {
  it('puts the config before the head script, the copy in place of #root, keeps #root, sets the language', () => {
    const pages = { 'es|': '/embed/gpus/', 'en|': '/embed/gpus/en/' };
    const html = fillTemplate(TEMPLATE, {
      config: prerenderMeta({ key: 'en|', drop: ['theme'], pages }),
      head: metaTags({ lang: 'en', title: 'T', description: 'D "quoted" <b>' }),
      title: 'A & B',
      body: copiesMarkup([{ key: 'en|', prefix: 'v1-', html: '<svg></svg>' }]),
      lang: 'en',
    });
    expect(html.indexOf('name="atlas-prerender"')).toBeLessThan(html.indexOf('atlas-head.js'));
    // The first paint waits for #root, which follows the copy.
    expect(html.indexOf(WAIT_FOR_COPY)).toBeLessThan(html.indexOf('</head>'));
    expect(WAIT_FOR_COPY).toContain('href="#root"');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('content="D &quot;quoted&quot; &lt;b&gt;"');
    expect(html).toContain('<div data-variant="0" data-key="en|" data-prefix="v1-"><svg></svg></div>');
    expect(html).toMatch(/<\/div><div id="root"><\/div>/);
    const config = /content="([^"]*)"/.exec(html.slice(html.indexOf('atlas-prerender')))![1]!.replace(/&quot;/g, '"');
    expect(JSON.parse(config)).toEqual({ key: 'en|', drop: ['theme'], pages });
  });

  it('inlines the critical CSS where the first stylesheet was and defers every stylesheet', () => {
    const page = stylesheetsWithoutCors(TEMPLATE.replace('</head>', '<link rel="stylesheet" crossorigin href="/assets/b.css">\n</head>'));
    expect(stylesheetHrefs(page)).toEqual(['/assets/embed.css', '/assets/b.css']);
    const html = deferStylesheets(page, 'h2{margin:0}');
    expect(html).toMatch(/<style>h2\{margin:0\}<\/style>\s*<link rel="stylesheet" href="\/assets\/embed.css" media="print" data-atlas-css>/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/b.css" media="print" data-atlas-css>');
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(stylesheetHrefs(html)).toEqual([]); // nothing render-blocking left
  });

  it('makes the module entry async (DOMContentLoaded stops waiting for it), nothing else', () => {
    const html = asyncModuleEntry(TEMPLATE);
    expect(html).toContain('<script type="module" async crossorigin src="/assets/embed.js"></script>');
    expect(html).toContain('<script src="/atlas-head.js"></script>');
  });

  it('writes a loading note per language, escaped', () => {
    const notes = [{ lang: 'es', text: 'Cargando <datos>…' }, { lang: 'en', text: 'Loading…' }];
    expect(loadingNotes(notes)).toBe(
      '<p data-loading lang="es" role="status" class="p-2 text-sm">Cargando &lt;datos&gt;…</p><p data-loading lang="en" role="status" class="p-2 text-sm">Loading…</p>',
    );
  });

  it('survives $ patterns in text (String.replace specials)', () => {
    const html = fillTemplate(TEMPLATE, { config: '', head: '$&', title: "$' $1", body: '$`', lang: 'es' });
    expect(html).toContain("<title>$' $1</title>");
    expect(html).toContain('    $`\n  </body>');
    expect(html).toContain('  $&\n  </head>');
  });

  it('refuses a template it does not recognise', () => {
    expect(() => fillTemplate('<html></html>', { config: '', head: '', title: '', body: '', lang: 'es' })).toThrow(/template/);
  });

  it('fetches stylesheets without CORS, scripts still with it', () => {
    const html = stylesheetsWithoutCors(TEMPLATE);
    expect(html).toContain('<link rel="stylesheet" href="/assets/embed.css">');
    expect(html).toContain('<script type="module" crossorigin');
  });

  it('adds og:image and twitter:image only with an absolute image, and the oEmbed discovery link', () => {
    expect(metaTags({ lang: 'es', title: 't', description: 'd' })).not.toContain('og:image');
    const tags = metaTags({
      lang: 'en',
      title: 't',
      description: 'd',
      url: 'https://s.example/embed/gpus/',
      image: { url: 'https://s.example/embed/gpus/default-en.png', width: 1376, height: 900, alt: 'a' },
      oembed: { href: '/embed/gpus/default-es.oembed.json', title: 'd' },
    });
    expect(tags).toContain('<meta property="og:image" content="https://s.example/embed/gpus/default-en.png" />');
    expect(tags).toContain('<meta name="twitter:image" content="https://s.example/embed/gpus/default-en.png" />');
    expect(tags).toContain('<link rel="alternate" type="application/json+oembed" href="/embed/gpus/default-es.oembed.json"');
  });

  it('writes a sandboxed, lazy, full-width iframe snippet and a rich oEmbed document around it', () => {
    const snippet = iframeSnippet({ src: 'https://s.example/embed/gpus/?a="x"', title: 'T <1>', height: 700 });
    expect(snippet).toMatch(/^<iframe src="https:\/\/s\.example\/embed\/gpus\/\?a=&quot;x&quot;" width="100%" height="700" frameborder="0" title="T &lt;1&gt;" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"><\/iframe>$/);
    const doc = oembedDocument({
      provider: 'Compute Atlas', providerUrl: 'https://s.example/', title: 'T', src: 'https://s.example/embed/gpus/', width: 688, height: 900,
      resizeScript: 'https://s.example/embed-resize.js', thumbnail: { url: 'https://s.example/x.png', width: 1376, height: 1800 },
    });
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 688, height: 900, title: 'T', thumbnail_url: 'https://s.example/x.png' });
    expect(doc.html).toContain('<iframe src="https://s.example/embed/gpus/"');
    expect(doc.html).toContain('<script src="https://s.example/embed-resize.js" async></script>');
  });
});
