/**
 * The Content-Security-Policy headers the README tells hosts to serve (its *Hosting* section),
 * read from the README itself, so the browser tests serve exactly what is documented.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ReadmeCsp {
  dashboard: string;
  embed: string;
}

export function readmeCsp(readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8')): ReadmeCsp {
  const after = (label: string) => {
    const m = new RegExp(`^# ${label}:.*\\nContent-Security-Policy: (.+)$`, 'm').exec(readme);
    if (!m) throw new Error(`README: no Content-Security-Policy line under "# ${label}:"`);
    return m[1]!.trim();
  };
  return { dashboard: after('dashboard'), embed: after('embeds') };
}
