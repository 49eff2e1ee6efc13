import { copiesMarkup, fillTemplate, iframeSnippet, metaTags, oembedDocument, prerenderMeta, stylesheetsWithoutCors } from './prerenderHtml.ts';

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
  it('puts the config before the head script, the copies in place of #root, and keeps #root', () => {
    const html = fillTemplate(TEMPLATE, {
      config: prerenderMeta({ keys: ['es|', 'en|title=0'], drop: ['theme'] }),
      head: metaTags({ lang: 'es', title: 'T', description: 'D "quoted" <b>' }),
      title: 'A & B',
      body: copiesMarkup([{ key: 'es|', prefix: 'v0-', html: '<svg></svg>' }, { key: 'en|title=0', prefix: 'v1-', html: '<p>en</p>' }]),
    });
    expect(html.indexOf('name="atlas-prerender"')).toBeLessThan(html.indexOf('atlas-head.js'));
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('content="D &quot;quoted&quot; &lt;b&gt;"');
    expect(html).toContain('<div data-variant="0" data-key="es|" data-prefix="v0-"><svg></svg></div>');
    expect(html).toContain('data-key="en|title=0"');
    expect(html).toMatch(/<\/div><div id="root"><\/div>/);
    const config = /content="([^"]*)"/.exec(html.slice(html.indexOf('atlas-prerender')))![1]!.replace(/&quot;/g, '"');
    expect(JSON.parse(config)).toEqual({ keys: ['es|', 'en|title=0'], drop: ['theme'] });
  });

  it('survives $ patterns in text (String.replace specials)', () => {
    const html = fillTemplate(TEMPLATE, { config: '', head: '$&', title: "$' $1", body: '$`' });
    expect(html).toContain("<title>$' $1</title>");
    expect(html).toContain('    $`\n  </body>');
    expect(html).toContain('  $&\n  </head>');
  });

  it('refuses a template it does not recognise', () => {
    expect(() => fillTemplate('<html></html>', { config: '', head: '', title: '', body: '' })).toThrow(/template/);
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
