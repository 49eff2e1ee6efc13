/**
 * Query strings a hostile or mangled link may carry (issue 3, "Bad input"). urls.spec.ts loads
 * each one and expects a valid view, no script run, no uncaught error, and the ignored-parameters
 * notice naming what was dropped, as text. Append new cases; keep `shows` to what a reader
 * must see in the notice (its first 8 lines), in decoded form.
 */
export interface HostileUrl {
  name: string;
  /** Everything after `?`, exactly as it would be pasted (not re-encoded by us). */
  query: string;
  /** Texts the ignored-parameters notice must show (decoded; `=` joins a parameter and its value). */
  shows: string[];
}

// Past the parser's own cap (8 KB) but under what servers accept in a request line (Node: 16 KB;
// a longer link is refused by the host with 431 before the page can do anything).
const manyIds = Array.from({ length: 2000 }, (_, i) => `s${i}`).join('~');
const manyKeys = Array.from({ length: 500 }, (_, i) => `p${i}=1`).join('&');

export const HOSTILE_URLS: readonly HostileUrl[] = [
  { name: 'overlong value', query: `hl=${'x'.repeat(5000)}`, shows: ['hl=xxxxxxxxxx'] },
  { name: 'overlong key', query: `${'k'.repeat(3000)}=1`, shows: ['kkkkkkkkkk'] },
  { name: 'thousands of ids', query: `ids=${manyIds}`, shows: ['ids=', 's0~s1~s2'] },
  { name: 'hundreds of unknown keys', query: manyKeys, shows: ['p0=1', 'p7=1'] },
  { name: 'repeated keys', query: 'scale=linear&scale=log&scale=linear', shows: ['scale=log'] },
  { name: 'bad percent-encoding in a value', query: 'v=%E0%A4%A', shows: ['v=\uFFFD'] },
  { name: 'bad percent-encoding in a key', query: '%E0%A4%A=1&%=%%', shows: ['\uFFFD'] },
  { name: 'lone surrogate', query: 'hl=%ED%A0%80', shows: ['hl=\uFFFD'] },
  { name: 'encoded script tag', query: 'hl=%3Cscript%3Ealert(1)%3C%2Fscript%3E', shows: ['hl=<script>alert(1)</script>'] },
  { name: 'raw script tag in ids', query: 'ids=<script>alert(1)</script>', shows: ['<script>alert(1)</script>'] },
  { name: 'image with onerror', query: 'foo=<img src=x onerror=alert(1)>', shows: ['foo=<img src=x onerror=alert(1)>'] },
  {
    name: 'javascript: values',
    query: 'lang=javascript:alert(1)&theme=javascript:alert(1)',
    shows: ['lang=javascript:alert(1)', 'theme=javascript:alert(1)'],
  },
  { name: 'attribute break-out', query: 'theme=dark%22%20onload%3D%22alert(1)', shows: ['theme=dark" onload="alert(1)'] },
  {
    name: 'unicode ids and a right-to-left override',
    query: 'ids=marenostrum-5-acc~%F0%9F%92%A3~%C3%B1and%C3%BA&hl=%E2%80%AEevil',
    shows: ['💣', 'ñandú'],
  },
  {
    name: 'numbers out of range',
    query: 'gpus=1e999&mfu=NaN&price=-Infinity&pue=0x10',
    shows: ['gpus=1e999', 'mfu=NaN', 'price=-Infinity', 'pue=0x10'],
  },
  { name: 'negative counts', query: 'gpus=-2048&mfu=-40', shows: ['gpus=-2048', 'mfu=-40'] },
  {
    name: 'prototype keys and values',
    query: '__proto__=1&constructor=x&hl=__proto__&v=toString&metric=__proto__',
    shows: ['__proto__=1', 'constructor=x', 'hl=__proto__', 'v=toString', 'metric=__proto__'],
  },
  { name: 'prototype names as ids', query: 'ids=__proto__~constructor~hasOwnProperty', shows: ['constructor'] },
  { name: 'encoded separators inside a value', query: 'v=money%26scale%3Dlinear', shows: ['v=money&scale=linear'] },
  { name: 'control characters', query: 'hl=%00%01%1F&v=%0Agpus', shows: ['hl='] },
  { name: 'empty keys, values and separators', query: '&&&==&=&?&v&ids=~~~&region=~&kind=%20&scale=', shows: [] },
];
