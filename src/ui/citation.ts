/**
 * How to cite a view: APA, BibTeX and plain text in the reader's language (its words and
 * quotation marks from the messages), naming the dated data release, the view's address (pinned
 * to that release) and the day the reader looked (their clock at the moment they asked, passed
 * in: this module reads no clock). Pure.
 */
import { EPOCH_ATTRIBUTION, type EpochAttribution } from '../data/epoch/attribution.ts';
import { formatDate, type Lang } from '../i18n/format.ts';
import { dateFormat } from '../i18n/intlCache.ts';
import type { Messages } from '../i18n/messages.ts';

export interface CitationInput {
  /** The view's name as its tab says it ("GPUs per system"). */
  readonly viewTitle: string;
  /** The dated release shown, or null when the figures are newer than any release. */
  readonly release: string | null;
  /** The dataset's content hash: what identifies unreleased figures. */
  readonly version: string;
  /** The view's address, pinned to the release. */
  readonly url: string;
  /** YYYY-MM-DD, the reader's day. */
  readonly accessed: string;
  readonly lang: Lang;
}

export interface Citations {
  readonly apa: string;
  readonly bibtex: string;
  readonly plain: string;
}

/** `1 de diciembre de 2026` / `December 1, 2026`: APA's long date in each language. */
function longDate(day: string, lang: Lang): string {
  const [y, mo, d] = day.split('-').map(Number);
  return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(Date.UTC(y!, mo! - 1, d!)));
}

/** BibTeX needs its special characters escaped; `{…}` keeps capitals as written. */
const bibEscape = (text: string) => text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');

export function citeView(c: CitationInput, m: Messages): Citations {
  const app = m.release.publisher;
  const year = (c.release ?? c.accessed).slice(0, 4);
  const edition = c.release ? m.release.versionLabel(c.release) : `${m.dataVersion} ${c.version}`;
  const apa = `${app}. (${year}). ${c.viewTitle} [${m.release.citeKind}; ${edition.charAt(0).toLowerCase()}${edition.slice(1)}]. ${m.release.citeRetrieved(longDate(c.accessed, c.lang), c.url)}`;
  const key = `computeatlas${(c.release ?? c.version).replace(/[^0-9a-z]/gi, '')}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bibEscape(app)}}},`,
    `  title = {{${bibEscape(c.viewTitle)}}},`,
    `  year = {${year}},`,
    `  version = {${bibEscape(c.release ?? c.version)}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed}},`,
    `  note = {${bibEscape(`${edition}. ${m.release.accessed(formatDate(c.accessed, c.lang).replace(/\u00a0/g, ' '))}`)}}`,
    '}',
  ].join('\n');
  const plain = `${app}, ${m.release.citeQuoted(c.viewTitle)}, ${edition}. ${c.url} (${m.release.accessed(formatDate(c.accessed, c.lang)).replace(/\u00a0/g, ' ').replace(/^./, (x) => x.toLowerCase())}).`;
  return { apa, bibtex, plain };
}

/** Epoch AI's own citations for the Epoch datasets a view shows (by the frame's source ids, `epoch-<key>`). */
export function epochCitations(sourceIds: readonly string[], a: EpochAttribution = EPOCH_ATTRIBUTION): string[] {
  return a.datasets.filter((d) => sourceIds.includes(`epoch-${d.key}`)).map((d) => `${d.citation} (${a.licence.name}, ${a.licence.url})`);
}
