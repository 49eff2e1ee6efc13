import { criticalCss, loosen } from './criticalCss.ts';

const page = `<!doctype html><html lang="es"><body><main class="embed-main"><figure><header><h2 class="text-lg">T</h2></header><svg role="graphics-document"><rect /></svg></figure></main></body></html>`;

describe('critical CSS', () => {
  it('loosens what scripts and the reader set later, keeping the rest of the selector', () => {
    expect(loosen("html[data-pv='none']:not([data-ready]):lang(es) [data-loading]:lang(es)")).toBe('html [data-loading]:lang(es)');
    expect(loosen('.btn:hover')).toBe('.btn');
    expect(loosen(':focus-visible')).toBe('*');
    expect(loosen('*,:before')).toBe('*,*');
    expect(loosen('.hover\\:underline:hover')).toBe('.hover\\:underline');
    expect(loosen('.fold[open] .fold-chevron')).toBe('.fold .fold-chevron');
    expect(loosen('.fold::details-content')).toBe('.fold');
  });

  it('keeps the rules of a prerendered closed <details> once the reader opens it, and of its content', () => {
    const html = '<details class="fold"><summary>S</summary><span class="fold-chevron">v</span></details>';
    const out = criticalCss('.fold[open]>summary{a:1}.fold[open] .fold-chevron{b:2}@media (min-width:40rem){.fold::details-content{c:3}}.gone[open]{d:4}', html);
    for (const kept of ['a:1', 'b:2', 'c:3']) expect(out).toContain(kept);
    expect(out).not.toContain('d:4');
  });

  it('keeps rules for what the page holds, drops the others, and filters inside @media and @layer', () => {
    const css =
      '@layer theme,base;@property --x{syntax:"*";inherits:false}' +
      ':root{--c:red}.text-lg{font-size:1.1rem}.tooltip{position:absolute}' +
      '@layer base{h2{margin:0}dialog{padding:0}}' +
      '@media (prefers-color-scheme:dark){html:not([data-theme=light]){--c:blue}.tooltip{color:red}}' +
      '@media (min-width:40rem){.sm\\:p-4{padding:1rem}}' +
      "html[data-notitle] .embed-main figure>header{display:none}svg[role='graphics-document'] rect:hover{opacity:.8}";
    const out = criticalCss(css, page);
    for (const kept of ['@layer theme,base', '@property --x', ':root{--c:red}', '.text-lg', 'h2{margin:0}', 'html:not([data-theme=light]){--c:blue}', 'html[data-notitle]', 'rect:hover'])
      expect(out).toContain(kept);
    for (const dropped of ['.tooltip', 'dialog', 'sm\\:p-4', '@media (min-width:40rem)']) expect(out).not.toContain(dropped);
  });

  it('reads escaped class names, and ignores what :not() and :where() ask', () => {
    const html = '<div class="sm:p-4 w-[var(--x)]"><span data-bar></span></div>';
    const out = criticalCss('.sm\\:p-4{a:1}.w-\\[var\\(--x\\)\\]{b:2}.x:not(.missing){c:3}:where(.missing) span{d:4}[data-bar]{e:5}[data-gone]{f:6}table{g:7}', html);
    for (const kept of ['a:1', 'b:2', 'd:4', 'e:5']) expect(out).toContain(kept);
    for (const dropped of ['c:3', 'f:6', 'g:7']) expect(out).not.toContain(dropped);
  });

  it('keeps a class whose escaped name holds a state or a pseudo-element (Tailwind variants), which the page shows before any script', () => {
    // The segmented controls' selected option: without it a prerendered page showed no choice selected.
    const html = '<label class="has-[:checked]:bg-[var(--c-accent)] has-[:focus-visible]:outline before:content-x"><input type="radio" checked></label>';
    const css =
      '.has-\\[\\:checked\\]\\:bg-\\[var\\(--c-accent\\)\\]:has(:checked){background-color:var(--c-accent)}' +
      '.has-\\[\\:focus-visible\\]\\:outline:has(:focus-visible){outline-style:solid}' +
      '.before\\:content-x:before{content:"x"}.has-\\[\\:checked\\]\\:gone:has(:checked){color:red}';
    const out = criticalCss(css, html);
    for (const kept of ['background-color:var(--c-accent)', 'outline-style:solid', 'content:"x"']) expect(out).toContain(kept);
    expect(out).not.toContain('color:red');
    expect(loosen('.has-\\[\\:checked\\]\\:bg-x:has(:checked)')).toBe('.has-\\[\\:checked\\]\\:bg-x:has(*)');
  });
});
