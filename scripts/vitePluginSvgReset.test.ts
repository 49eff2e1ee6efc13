import { resetOutsideSvg } from './vitePluginSvgReset.ts';

// Tailwind's preflight rule as its dev server emits it, and as its build minifies it.
const DEV = `@layer base {
  *,
  ::after,
  ::before,
  ::backdrop,
  ::file-selector-button {
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border: 0 solid;
  }
  html, :host { line-height: 1.5; }
}
@layer utilities { .p-2 { padding: 0.5rem; } }`;
const BUILD = '@layer base{*,:after,:before,::backdrop{box-sizing:border-box;border:0 solid;margin:0;padding:0}::file-selector-button{box-sizing:border-box;border:0 solid;margin:0;padding:0}html,:host{line-height:1.5}}';

test('the universal reset stops at <svg>: elements inside an svg and their ::before/::after no longer match it, everything else still does', () => {
  for (const css of [DEV, BUILD]) {
    const out = resetOutsideSvg(css);
    const selectors = /([^{}]*)\{\s*box-sizing: ?border-box/.exec(out)![1]!.split(',').map((s) => s.trim());
    expect(selectors).toContain(':where(:not(svg *))');
    expect(selectors.filter((s) => /after|before/.test(s)).every((s) => s.startsWith(':where(:not(svg *))'))).toBe(true);
    expect(selectors).not.toContain('*');
    // The declarations and every other rule are untouched.
    expect(out).toContain(css === BUILD ? '{box-sizing:border-box;border:0 solid;margin:0;padding:0}' : 'border: 0 solid;');
    expect(out).toContain(css === BUILD ? 'html,:host{line-height:1.5}' : 'html, :host { line-height: 1.5; }');
  }
  expect(resetOutsideSvg(BUILD)).toBe(BUILD.replace('*,:after,:before,', ':where(:not(svg *)),:where(:not(svg *)):after,:where(:not(svg *)):before,'));
});

test('a stylesheet without the reset, or with it twice, stops the build with a message naming the plugin', () => {
  expect(() => resetOutsideSvg('@layer base{html{line-height:1.5}}')).toThrow(/found it 0 times.*vitePluginSvgReset/);
  expect(() => resetOutsideSvg(BUILD + BUILD)).toThrow(/found it 2 times/);
  // The properties layer's `*, ::before, ::after { --tw-…: initial }` is not the reset.
  expect(() => resetOutsideSvg('@layer properties{*,:before,:after{--tw-shadow:0 0 #0000}}')).toThrow(/found it 0 times/);
});
