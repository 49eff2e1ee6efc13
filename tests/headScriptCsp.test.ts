// @vitest-environment node
/**
 * The README's CSPs allow the inline head script by its hash: if the script changes, the hash in
 * the README must change with it (the browser tests serve the README's headers, tests/e2e/csp.spec.ts).
 */
import { resolve } from 'node:path';
import { headScriptHash, headScriptSource } from '../scripts/vitePluginEmbed.ts';
import { readmeCsp } from './readmeCsp.ts';

const hash = headScriptHash(headScriptSource(resolve(__dirname, '..')));

describe.each(Object.entries(readmeCsp()))('the README’s CSP for the %s', (_: string, csp: string) => {
  const directive = (name: string) => csp.split(';').map((d: string) => d.trim()).find((d: string) => d.startsWith(`${name} `)) ?? '';

  it('allows the head script by its current hash, and no other inline script', () => {
    expect(directive('script-src').split(/\s+/).slice(1)).toEqual(["'self'", hash]);
  });

  it('forbids what a static page never needs', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directive('base-uri')).toBe("base-uri 'none'");
  });
});
