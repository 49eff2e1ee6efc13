import type { Messages } from '../../i18n/messages.ts';
import { ConfidencePatterns, markStyle } from '../kit/confidenceMarks.tsx';
import type { LegendEntry } from './legendEntries.ts';
import { useChartUid } from '../kit/uid.ts';

/** A legend entry's sample: the confidence's mark, or the range whisker. */
export function LegendSwatch({ entry, uid }: { entry: LegendEntry; uid: string }) {
  return entry.kind === 'confidence' ? (
    <rect x={1} y={1} width={20} height={10} rx={2} style={markStyle(uid, { confidence: entry.confidence })} />
  ) : (
    <line x1={1} x2={21} y1={6} y2={6} style={{ stroke: 'var(--c-text)' }} strokeWidth={2} strokeDasharray="3 2" />
  );
}

/** Explains the confidence encoding; lists only the confidences present in the view. */
export function Legend({ entries, m }: { entries: readonly LegendEntry[]; m: Messages }) {
  const uid = useChartUid('lg');
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-[var(--c-muted)]">
      <span className="sr-only">{m.legendTitle}</span>
      <svg width={0} height={0} aria-hidden="true" className="absolute">
        <ConfidencePatterns uid={uid} />
      </svg>
      {entries.map((e) => (
        <span key={e.name} className="inline-flex items-center gap-1.5">
          <svg width={22} height={12} aria-hidden="true">
            <LegendSwatch entry={e} uid={uid} />
          </svg>
          {e.kind === 'confidence' ? (
            <span>
              <strong className="font-semibold text-[var(--c-text)]">{e.name}</strong>: {e.help}
            </span>
          ) : (
            e.name
          )}
        </span>
      ))}
    </div>
  );
}
