/**
 * Unit chart: two blocks of equal squares, each square worth the same fixed amount, so "twice
 * as many" is visible as twice the area. Maps a `WaffleLayout` to SVG; takes data and a width,
 * never fetches or reads the URL. Each block (not each of its hundreds of squares) is one
 * focusable graphics symbol with a spoken label and a tooltip.
 */
import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Confidence } from '../data/schema.ts';
import type { BarDetail } from './BarChart.tsx';
import { ChartSvg, handleMarkKey, MarkTooltip } from './chartParts.tsx';
import { markStyle } from './confidenceMarks.tsx';
import { layoutWaffle, type PlacedSquare, type WaffleInput } from './waffle.layout.ts';

export interface WaffleSide extends WaffleInput {
  confidence: Confidence;
  /** Spoken on focus: name, value, squares, confidence, source. */
  ariaLabel: string;
  details: BarDetail[];
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

export function WaffleChart({ sides, unit, unitLabel, width, title, description, headline }: WaffleChartProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => layoutWaffle(sides, width, unit, { hasHeadline: headline !== undefined }), [sides, width, unit, headline]);
  const [active, setActive] = useState<number | null>(null);
  const activeBlock = active === null ? undefined : layout.blocks[active];

  const onKey = (e: KeyboardEvent<SVGGElement>, i: number) => handleMarkKey(e, i, layout.blocks.length, () => setActive(null));


  return (
    <div className="relative" onMouseLeave={() => setActive(null)}>
      <ChartSvg uid={uid} width={layout.width} height={layout.height} title={title} description={description}>
        {headline !== undefined && (
          <text x={0} y={layout.headlineY} aria-hidden="true" style={{ fill: 'var(--c-accent)', fontVariantNumeric: 'tabular-nums' }} fontSize={30} fontWeight={700}>
            {headline}
          </text>
        )}
        <text x={0} y={layout.legendY} aria-hidden="true" style={{ fill: 'var(--c-muted)' }} fontWeight={600}>
          {unitLabel}
        </text>
        {layout.blocks.map((b, i) => {
          const style = squareStyle(uid, b.input.confidence);
          return (
            <g
              key={b.input.id + i}
              data-block={b.input.id}
              data-mark=""
              role="graphics-symbol"
              aria-label={b.input.ariaLabel}
              tabIndex={0}
              className="cursor-pointer outline-none"
              onMouseEnter={() => setActive(i)}
              onFocus={() => setActive(i)}
              onBlur={() => setActive((a) => (a === i ? null : a))}
              onClick={() => setActive(i)}
              onKeyDown={(e) => onKey(e, i)}
            >
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
              {active === i && (
                <rect x={b.x - 4} y={b.y - 4} width={b.width + 8} height={b.height + 8} rx={4} fill="none" className="focus-ring" />
              )}
            </g>
          );
        })}
      </ChartSvg>
      {activeBlock && (
        <MarkTooltip
          title={activeBlock.input.lines[0] ?? ''}
          details={activeBlock.input.details}
          x={activeBlock.x + 48}
          y={activeBlock.gridY - 4}
          chartWidth={layout.width}
        />
      )}
    </div>
  );
}
