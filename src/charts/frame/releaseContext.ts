/**
 * Which dated release a chart's figures come from, for the frame's "data of…" line. The page
 * (dashboard or embed) provides it; a frame without it says only how recent its figures are.
 */
import { createContext, type MouseEvent } from 'react';
import type { ChangedSince, ReleaseInfo } from '../../data/release.ts';

export interface ShownRelease {
  /** The release the figures shown are, or null when they are newer than any release. */
  readonly id: string | null;
  /** Set when the view is pinned to an older release: per entity, how many figures changed since. */
  readonly changedSince: ChangedSince | null;
  /** "See the newest": the same view without the pin. */
  readonly newestHref: string;
  /** The dashboard changes view in place (and keeps Back working) instead of following the link. */
  readonly onNewest?: (e: MouseEvent<HTMLAnchorElement>) => void;
}

export const ReleaseContext = createContext<ShownRelease | null>(null);

/**
 * The data release a page shows, for the data line inside every exported image: given by the
 * page's shell (dashboard, embed) so every frame can name it without each view passing it on.
 * Null outside a shell (unit tests of one panel): the image then has no data line.
 */
export const DataReleaseContext = createContext<ReleaseInfo | null>(null);
