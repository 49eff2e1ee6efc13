/**
 * The sector key as a small SVG of its own, drawn in the frame beside the chart, so the
 * downloaded images carry it too (the frame's HTML legend explains confidence only).
 */
import { useRef } from 'react';
import type { Sector } from '../../../data/epoch/worldTypes.ts';
import { ChartSvg } from '../../kit/ChartSvg.tsx';
import { ChartBox } from '../../kit/imageMode.tsx';
import { useChartUid } from '../../kit/uid.ts';
import { SectorPatterns, sectorStyle } from './sectorMarks.tsx';

const ROW = 18;
const SWATCH = 20;
const CHAR_PX = 6.5;

export interface SectorKeyEntry {
  sector: Sector | undefined;
  label: string;
}

/** Entries flow left to right and wrap; pure, so the key's height is known before drawing. */
export function layoutSectorKey(entries: readonly SectorKeyEntry[], width: number) {
  let x = 0;
  let y = 0;
  const placed = entries.map((entry) => {
    const w = SWATCH + 6 + entry.label.length * CHAR_PX + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    const at = { entry, x, y };
    x += w;
    return at;
  });
  return { placed, height: y + ROW };
}

export function SectorKey({ entries, width, title, description }: { entries: readonly SectorKeyEntry[]; width: number; title: string; description: string }) {
  const uid = useChartUid('key');
  const box = useRef<HTMLDivElement>(null);
  const { placed, height } = layoutSectorKey(entries, width);
  return (
    <ChartBox
      box={box}
      onLeave={() => {}}
      width={width}
      height={height}
      svg={
        <ChartSvg uid={uid} width={width} height={height} title={title} description={description}>
          <SectorPatterns uid={uid} />
          {placed.map(({ entry, x, y }) => (
            <g key={entry.label}>
              <rect x={x + 1} y={y + 3} width={SWATCH} height={11} rx={2} style={sectorStyle(uid, entry.sector)} />
              <text x={x + SWATCH + 6} y={y + 13} fontSize={12} style={{ fill: 'var(--c-text)' }}>
                {entry.label}
              </text>
            </g>
          ))}
        </ChartSvg>
      }
    />
  );
}
