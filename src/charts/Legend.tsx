import type { Confidence } from '../data/schema.ts';
import type { Messages } from '../i18n/messages.ts';
import { ConfidencePatterns, markStyle } from './confidenceMarks.tsx';
import { useId } from 'react';

/** Explains the confidence encoding; lists only the confidences present in the view. */
export function Legend({ present, hasRange, m }: { present: readonly Confidence[]; hasRange: boolean; m: Messages }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '') + 'lg';
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-[var(--c-muted)]">
      <span className="sr-only">{m.legendTitle}</span>
      <svg width={0} height={0} aria-hidden="true" className="absolute">
        <ConfidencePatterns uid={uid} />
      </svg>
      {present.map((c) => (
        <span key={c} className="inline-flex items-center gap-1.5">
          <svg width={22} height={12} aria-hidden="true">
            <rect x={1} y={1} width={20} height={10} rx={2} style={markStyle(uid, { confidence: c })} />
          </svg>
          <span>
            <strong className="font-semibold text-[var(--c-text)]">{m.confidences[c]}</strong>: {m.confidenceHelp[c]}
          </span>
        </span>
      ))}
      {hasRange && (
        <span className="inline-flex items-center gap-1.5">
          <svg width={22} height={12} aria-hidden="true">
            <line x1={1} x2={21} y1={6} y2={6} style={{ stroke: 'var(--c-text)' }} strokeWidth={2} strokeDasharray="3 2" />
          </svg>
          {m.rangeLegend}
        </span>
      )}
    </div>
  );
}
