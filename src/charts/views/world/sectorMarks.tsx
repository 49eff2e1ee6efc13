/**
 * Sector by colour AND pattern, so a bar's sector survives greyscale printing and colour
 * blindness: public solid, private hatched, public-private dotted, unknown an outline. The
 * colours are the clusters view's (--c-sector-*, Okabe-Ito hues).
 */
import type { CSSProperties } from 'react';
import type { Sector } from '../../../data/epoch/worldTypes.ts';

export const SECTOR_ORDER = ['public', 'private', 'public-private'] as const satisfies readonly Sector[];

const COLOUR: Record<Sector, string> = {
  public: 'var(--c-sector-public)',
  private: 'var(--c-sector-private)',
  'public-private': 'var(--c-sector-mixed)',
};

export const sectorColour = (sector: Sector | undefined) => (sector ? COLOUR[sector] : 'var(--c-muted)');

export function SectorPatterns({ uid }: { uid: string }) {
  return (
    <defs>
      <pattern id={`${uid}-private`} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} style={{ fill: 'var(--c-surface)' }} />
        <rect width={3.6} height={6} style={{ fill: COLOUR.private }} />
      </pattern>
      <pattern id={`${uid}-public-private`} patternUnits="userSpaceOnUse" width={5} height={5}>
        <rect width={5} height={5} style={{ fill: 'var(--c-surface)' }} />
        <circle cx={2.5} cy={2.5} r={1.8} style={{ fill: COLOUR['public-private'] }} />
      </pattern>
    </defs>
  );
}

/** A mark's fill and outline for its sector; `isMarked` outlines it strongly (the atlas's own systems). */
export function sectorStyle(uid: string, sector: Sector | undefined, isMarked = false): CSSProperties {
  const marked = isMarked ? { stroke: 'var(--c-text)', strokeWidth: 2 } : {};
  switch (sector) {
    case 'public':
      return { fill: COLOUR.public, ...marked };
    case 'private':
      return { fill: `url(#${uid}-private)`, stroke: COLOUR.private, strokeWidth: 1, ...marked };
    case 'public-private':
      return { fill: `url(#${uid}-public-private)`, stroke: COLOUR['public-private'], strokeWidth: 1, ...marked };
    default:
      return { fill: 'var(--c-surface)', stroke: 'var(--c-muted)', strokeWidth: 1.5, strokeDasharray: '3 2', ...marked };
  }
}
