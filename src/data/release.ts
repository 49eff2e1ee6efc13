/**
 * Dated data releases: what a release is on disk (`data/releases/<id>/`) and in the build
 * (`data/releases/<id>.json`, `data/releases/index.json`). Pure types and checks: no fs, no
 * React, no zod (the browser imports the types and `isReleaseId`).
 */
import type { Dataset, Figure } from './schema.ts';

/**
 * The format of a release's files. A release is never edited: when the dataset's shape changes,
 * this number goes up and a migration from the old number is added (releaseMigrations.ts).
 */
export const RELEASE_FORMAT = 2;

/** A release is named by the day it was cut, `YYYY-MM-DD` (a real calendar day). */
export function isReleaseId(id: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === id;
}

/** `data/releases/<id>/manifest.json`. */
export interface ReleaseManifest {
  readonly id: string;
  readonly format: number;
  /** The content hash of the dataset (`Dataset.version`), as the build of that day published it. */
  readonly datasetVersion: string;
  /** The release this one is diffed against, or null for the first. */
  readonly previous: string | null;
  readonly figureCount: number;
  /**
   * Epoch AI's snapshot is a dated, immutable download of its own (data/epoch/README.md): the
   * release records which one it was cut with, not a copy of its 3 MB.
   */
  readonly epoch: { readonly snapshot: string; readonly sha256: string } | null;
}

/** A figure as the changelog shows it: the figure plus where it was read. */
export interface ChangedFigure extends Figure {
  readonly sourceTitle: string;
  readonly sourceUrl?: string;
}

export type FigureChange =
  | { readonly kind: 'added'; readonly field: string; readonly new: ChangedFigure }
  | { readonly kind: 'changed'; readonly field: string; readonly old: ChangedFigure; readonly new: ChangedFigure }
  | { readonly kind: 'removed'; readonly field: string; readonly old: ChangedFigure };

export interface EntityChanges {
  readonly id: string;
  readonly name: string;
  readonly changes: readonly FigureChange[];
}

/** `data/releases/<id>/changes.json`: the diff against the previous release (none for the first). */
export interface ReleaseChanges {
  readonly from: string | null;
  readonly to: string;
  readonly entities: readonly EntityChanges[];
}

/** One line of `data/releases/index.json`, newest first. */
export interface ReleaseSummary {
  readonly id: string;
  readonly figureCount: number;
  readonly changes: ReleaseChanges;
}

/** `data/releases/index.json` as the build publishes it. */
export interface ReleaseIndex {
  /** The release whose figures the site shows by default, or null when the data has changed since the newest. */
  readonly current: string | null;
  readonly releases: readonly ReleaseSummary[];
}

/**
 * What a pinned view needs beside the release's dataset: per entity, how many of its figures
 * differ between the release and what the site shows by default ("3 figures changed since").
 */
export type ChangedSince = Readonly<Record<string, number>>;

export const releaseFileName = (id: string) => `data/releases/${id}.json`;
export const RELEASE_INDEX_FILE = 'data/releases/index.json';

/** `data/releases/<id>.json`: a release as the browser loads it, in today's format. */
export interface PublishedRelease {
  readonly id: string;
  readonly dataset: Dataset;
  readonly changedSince: ChangedSince;
}

/** Which release a build or page shows, for the data API and the line inside every exported image. */
export interface ReleaseInfo {
  /** The id in URLs and file paths (`data/api/<id>/`): the dated release, else the content version. */
  id: string;
  /** The date the data speaks for: the newest source document (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
}

/**
 * The dated release the figures are (`Dataset.release`, set by the build when the data equals a
 * release), else the dataset's content version: it changes exactly when a figure does.
 */
export function currentRelease(dataset: Pick<Dataset, 'version' | 'sources' | 'release'>): ReleaseInfo {
  const date = dataset.sources.reduce((a, s) => (s.date > a ? s.date : a), '');
  return { id: dataset.release ?? dataset.version, date };
}
