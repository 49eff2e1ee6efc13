/**
 * "Data of 1 Dec 2026 · figures up to Mar 2025", and on a view pinned to an older release
 * "· 3 figures changed since · see the newest". Quiet on purpose: one muted line under the
 * source line. The count covers the entities this chart shows, not the whole dataset.
 */
import { useContext } from 'react';
import { changedFigureCount } from '../../data/releaseDiff.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { DataPoint } from './dataPoint.ts';
import { ReleaseContext } from './releaseContext.ts';

/** The newest as-of date of the points (`2025` sorts before `2025-03`, which is what it means). */
export function latestAsOf(points: readonly DataPoint[]): string | null {
  return points.reduce<string | null>((max, p) => (max === null || p.asOf > max ? p.asOf : max), null);
}

/** `upTo`: the points' newest as-of date (`latestAsOf`), which the frame's image line gives too. */
export function ReleaseLine({ points, upTo, lang, m }: { points: readonly DataPoint[]; upTo: string | null; lang: Lang; m: Messages }) {
  const shown = useContext(ReleaseContext);
  const changed = shown?.changedSince ? changedFigureCount(shown.changedSince, points.map((p) => p.id)) : 0;
  const parts = [
    ...(shown?.id ? [m.release.dataOf(formatDate(shown.id, lang))] : []),
    ...(upTo ? [shown?.id ? m.release.figuresUpTo(formatDate(upTo, lang)) : capitalise(m.release.figuresUpTo(formatDate(upTo, lang)))] : []),
    ...(changed > 0 ? [m.release.changedSince(changed)] : []),
  ];
  if (!parts.length) return null;
  return (
    <p data-release-line="" className="text-xs text-[var(--c-muted)]">
      {parts.join(' · ')}
      {changed > 0 && shown && (
        <>
          {' · '}
          <a className="underline" href={shown.newestHref} onClick={shown.onNewest}>
            {m.release.seeNewest}
          </a>
        </>
      )}
    </p>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
