/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and says which headers
 * a path gets, the way those hosts do: every rule whose pattern matches adds its headers, and a
 * header set by two matching rules gets both values joined by ", ". Only `*` (any characters,
 * `/` included) is supported in patterns; our file needs no `:placeholder`. Used by the unit test
 * of public/_headers and by the browser test's server, so both read the file as a host would.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path must start with "/"`);
      if (line.includes(':')) throw new Error(`_headers line ${i + 1}: ":placeholders" are not supported here`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path`);
    rule.headers.push([m[1]!, m[2]!.trim()]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** The headers a host sends for `path` (lower-case names), with values of repeated headers joined. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/** Header names that two matching rules both set for `path`: a host would join their values. */
export function repeatedHeaders(rules: readonly HeaderRule[], path: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name] of rule.headers) seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}
