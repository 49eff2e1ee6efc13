/** The little of jsdom the prerender step uses (jsdom ships no types; @types/jsdom is not installed). */
declare module 'jsdom' {
  export class JSDOM {
    /** `runScripts: 'dangerously'` runs the page's inline scripts (bench/togglePage.test.ts). */
    constructor(html?: string, options?: { runScripts?: 'dangerously' | 'outside-only' });
    readonly window: Window & typeof globalThis;
  }
}
