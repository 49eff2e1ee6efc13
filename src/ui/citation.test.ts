import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages.ts';
import { citeView, epochCitations } from './citation.ts';
import { readerDay } from './readerDay.ts';

const input = { viewTitle: 'GPUs per system', release: '2026-12-01', version: 'ab038c8a11f0', url: 'https://example.org/atlas/?release=2026-12-01', accessed: '2027-03-05' };

describe('citeView', () => {
  it('APA, BibTeX and plain text name the release, the pinned URL and the access date (en)', () => {
    const c = citeView({ ...input, lang: 'en' }, MESSAGES.en);
    expect(c.apa).toBe('Compute Atlas. (2026). GPUs per system [Data set; data release 2026-12-01]. Retrieved March 5, 2027, from https://example.org/atlas/?release=2026-12-01');
    expect(c.bibtex).toMatch(/^@misc\{computeatlas20261201,\n/);
    expect(c.bibtex).toContain('  url = {https://example.org/atlas/?release=2026-12-01},');
    expect(c.bibtex).toContain('  urldate = {2027-03-05},');
    expect(c.bibtex).toContain('  version = {2026-12-01},');
    expect(c.bibtex.endsWith('\n}')).toBe(true);
    expect(c.plain).toBe('Compute Atlas, “GPUs per system”, Data release 2026-12-01. https://example.org/atlas/?release=2026-12-01 (accessed Mar 5, 2027).');
  });

  it('in Spanish', () => {
    const c = citeView({ ...input, viewTitle: 'GPU por sistema', lang: 'es' }, MESSAGES.es);
    expect(c.apa).toBe('Atlas del cómputo. (2026). GPU por sistema [Conjunto de datos; versión de los datos 2026-12-01]. Recuperado el 5 de marzo de 2027, de https://example.org/atlas/?release=2026-12-01');
    expect(c.plain).toMatch(/^Atlas del cómputo, «GPU por sistema», Versión de los datos 2026-12-01\. https:\S+ \(consultado el 5 mar 2027\)\.$/);
  });

  it('without a release, the content version identifies the figures and the year is the access year', () => {
    const c = citeView({ ...input, release: null, url: 'https://example.org/', lang: 'en' }, MESSAGES.en);
    expect(c.apa).toMatch(/^Compute Atlas\. \(2027\)\. .*data version ab038c8a11f0\]/);
    expect(c.bibtex).toContain('version = {ab038c8a11f0}');
  });

  it('escapes what BibTeX would read as markup', () => {
    const c = citeView({ ...input, viewTitle: 'Money & 50% {x}', lang: 'en' }, MESSAGES.en);
    expect(c.bibtex).toContain('title = {{Money \\& 50\\% x}},');
  });
});

it('Epoch AI is cited for the Epoch datasets on the frame, and only then', () => {
  expect(epochCitations(['top500-2024-11'])).toEqual([]);
  const [cite, ...rest] = epochCitations(['epoch-gpu-clusters', 'bsc-mn5-page']);
  expect(rest).toEqual([]);
  expect(cite).toMatch(/^Epoch AI, 'Data on GPU Clusters'.*CC BY 4\.0/);
});

it("the reader's day is their local calendar day", () => {
  expect(readerDay(new Date(2027, 2, 5, 23, 59))).toBe('2027-03-05');
});
