/**
 * How confidence is drawn, in one place so bars, legends and exports agree. Colour is never the
 * only code: official is solid, reported is solid with fine stripes, an estimate is hatched
 * with an outline, a claim is an empty dashed outline.
 */
import type { CSSProperties } from 'react';
import type { Confidence } from '../../data/schema.ts';

export function ConfidencePatterns({ uid }: { uid: string }) {
  return (
    <defs>
      <pattern id={`${uid}-reported`} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <rect width={6} height={6} style={{ fill: 'var(--c-reported)' }} />
        <line x1={0} y1={0} x2={0} y2={6} style={{ stroke: 'var(--c-surface)' }} strokeWidth={1.2} />
      </pattern>
      <pattern id={`${uid}-estimate`} patternUnits="userSpaceOnUse" width={5} height={5} patternTransform="rotate(-45)">
        <rect width={5} height={5} style={{ fill: 'var(--c-surface)' }} />
        <line x1={0} y1={0} x2={0} y2={5} style={{ stroke: 'var(--c-estimate)' }} strokeWidth={2.4} />
      </pattern>
    </defs>
  );
}

export function markStyle(uid: string, row: { confidence: Confidence; isHighlighted?: boolean; isHypothetical?: boolean }): CSSProperties {
  if (row.isHypothetical)
    return { fill: 'var(--c-hypothetical)', stroke: 'var(--c-text)', strokeWidth: 1.5, strokeDasharray: '2 2' };
  const highlight = row.isHighlighted ? { stroke: 'var(--c-text)', strokeWidth: 2 } : {};
  switch (row.confidence) {
    case 'official':
      return { fill: 'var(--c-official)', ...highlight };
    case 'reported':
      return { fill: `url(#${uid}-reported)`, ...highlight };
    case 'estimate':
      return { fill: `url(#${uid}-estimate)`, stroke: 'var(--c-estimate)', strokeWidth: 1.5, ...highlight };
    case 'claim':
      return { fill: 'var(--c-claim-fill)', stroke: 'var(--c-claim)', strokeWidth: 2, strokeDasharray: '5 3' };
  }
}

/** The bars' confidence marks on a dot; a solid dot gets a surface-coloured rim so neighbours stay apart. */
export function pointStyle(uid: string, mark: Parameters<typeof markStyle>[1]): CSSProperties {
  const style = markStyle(uid, mark);
  return style.stroke ? style : { ...style, stroke: 'var(--c-surface)', strokeWidth: 1 };
}
