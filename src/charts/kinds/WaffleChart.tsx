/**
 * Unit chart: two blocks of equal squares, each square worth the same fixed amount, so "twice
 * as many" is visible as twice the area. Maps a `WaffleLayout` to SVG; takes data and a width,
 * never fetches or reads the URL. Each block (not each of its hundreds of squares) is one
 * mark of the chart kit, with a spoken label and a tooltip.
 */
import { memo, useMemo, type CSSProperties } from 'react';
import type { Confidence } from '../../data/schema.ts';
import { markStyle } from '../kit/confidenceMarks.tsx';
import type { DetailLine } from '../kit/detail.ts';
import { Mark, sameMarkProps } from '../kit/marks.tsx';
import { MarkChart } from '../kit/MarkChart.tsx';
import { useChartUid } from '../kit/uid.ts';
import { layoutWaffle, type PlacedSquare, type WaffleBlock, type WaffleInput } from './waffle.layout.ts';

export interface WaffleSide extends WaffleInput {
  confidence: Confidence;
  /** Spoken on focus: name, value, squares, confidence, source. */
  ariaLabel: string;
  details: DetailLine[];
}

export interface WaffleChartProps {
  sides: readonly [WaffleSide, WaffleSide];
  /** What one square is worth, in the sides' unit. */
  unit: number;
  /** "1 ■ = 20 GPU". */
  unitLabel: string;
  width: number;
  title: string;
  description: string;
  /** A large figure above the blocks ("×2,19"), so a downloaded image carries the ratio. */
  headline?: string;
}

/** Thinner strokes than on bars: at 16 px a 2 px dashed outline would swallow the square. */
function squareStyle(uid: string, confidence: Confidence): CSSProperties {
  const s = markStyle(uid, { confidence });
  return s.stroke ? { ...s, strokeWidth: 1, strokeDasharray: confidence === 'claim' ? '3 2' : undefined } : s;
}

function Square({ sq, style }: { sq: PlacedSquare; style: CSSProperties }) {
  // Strokes are drawn inside the square's box so neighbours never touch.
  const inset = (w: number) => ({ x: sq.x + w / 2, y: sq.y + w / 2, width: sq.size - w, height: sq.size - w });
  if (sq.isRange)
    return <rect {...inset(1)} className="range-square" fill="none" style={{ stroke: 'var(--c-text)' }} strokeWidth={1} strokeDasharray="2 2" />;
  if (sq.fill >= 1) return <rect {...inset(style.stroke ? 1 : 0)} style={style} />;
  return (
    <g className="partial-square">
      <rect {...inset(1)} fill="none" style={{ stroke: 'var(--c-muted)' }} strokeWidth={1} />
      <rect x={sq.x} y={sq.y} width={sq.size * sq.fill} height={sq.size} style={{ ...style, stroke: 'none' }} />
    </g>
  );
}

const BlockMark = memo(function BlockMark({ block: b, index, uid, isTabStop }: { block: WaffleBlock<WaffleSide>; index: number; uid: string; isTabStop: boolean }) {
  const style = squareStyle(uid, b.input.confidence);
  return (
    <Mark index={index} label={b.input.ariaLabel} isTabStop={isTabStop} data={{ 'data-block': b.input.id }}>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} fill="transparent" />
      {b.lines.map((l, j) => (
        <text key={j} x={l.x} y={l.y} style={{ fill: j === 0 ? 'var(--c-text)' : 'var(--c-muted)', fontVariantNumeric: 'tabular-nums' }} fontWeight={j === 0 ? 600 : 400}>
          {l.text}
        </text>
      ))}
      <g aria-hidden="true">
        {b.squares.map((sq, k) => (
          <Square key={k} sq={sq} style={style} />
        ))}
      </g>
    </Mark>
  );
}, sameMarkProps);

export function WaffleChart({ sides, unit, unitLabel, width, title, description, headline }: WaffleChartProps) {
  const uid = useChartUid();
  const layout = useMemo(() => layoutWaffle(sides, width, unit, { hasHeadline: headline !== undefined }), [sides, width, unit, headline]);
  const { blocks } = layout;

  return (
    <MarkChart
      uid={uid}
      width={layout.width}
      height={layout.height}
      title={title}
      description={description}
      count={blocks.length}
      backdrop={
        <>
          {headline !== undefined && (
            <text x={0} y={layout.headlineY} aria-hidden="true" style={{ fill: 'var(--c-accent)', fontVariantNumeric: 'tabular-nums' }} fontSize={30} fontWeight={700}>
              {headline}
            </text>
          )}
          <text x={0} y={layout.legendY} aria-hidden="true" style={{ fill: 'var(--c-muted)' }} fontWeight={600}>
            {unitLabel}
          </text>
        </>
      }
      ring={(i) => {
        const b = blocks[i];
        return b && <rect x={b.x - 4} y={b.y - 4} width={b.width + 8} height={b.height + 8} rx={4} fill="none" />;
      }}
      tooltip={(i) => {
        const b = blocks[i];
        return b && { detail: { title: b.input.lines[0] ?? '', lines: b.input.details }, x: b.x + 48, y: b.gridY - 4 };
      }}
    >
      {(tabStop) => blocks.map((b, i) => <BlockMark key={b.input.id + i} block={b} index={i} uid={uid} isTabStop={i === tabStop} />)}
    </MarkChart>
  );
}
