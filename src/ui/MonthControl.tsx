/**
 * A month picker for views over time: step buttons, a slider, a month field and Play. Keyboard
 * first (native range and month inputs, real buttons); the slider speaks its month
 * (`aria-valuetext`) and a polite live region says which month is shown, except while playing.
 *
 * History: a deliberate change (a button, a key, a typed month, the start of a drag) is a new
 * entry, so Back returns to the month before it; the rest of a drag, and every step of Play
 * after its first, replace that entry, so playing through 15 years leaves one entry, not 180.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { HistoryMode } from '../view/useViewState.ts';

/** Play's pace: about a minute for fifteen years of months. */
export const PLAY_STEP_MS = 320;

export interface MonthControlLabels {
  control: string;
  month: string;
  slider: string;
  previous: string;
  next: string;
  play: string;
  pause: string;
  showing: (month: string) => string;
}

export interface MonthControlProps {
  months: readonly string[];
  value: string;
  onChange: (month: string, mode: HistoryMode) => void;
  formatMonth: (month: string) => string;
  labels: MonthControlLabels;
  stepMs?: number;
}

export function MonthControl({ months, value, onChange, formatMonth, labels, stepMs = PLAY_STEP_MS }: MonthControlProps) {
  const id = useId();
  const index = Math.max(0, months.indexOf(value));
  const last = months.length - 1;
  const [isPlaying, setPlaying] = useState(false);
  // Play reads the latest month and callback without restarting its timer on every step.
  const latest = useRef({ index, onChange, months });
  latest.current = { index, onChange, months };
  const drag = useRef<{ hasPushed: boolean } | null>(null);

  useEffect(() => {
    if (!isPlaying) return;
    // The timer keeps its own cursor: it must not depend on a render between two ticks (any
    // change by the reader stops Play, so the cursor and the view cannot drift apart).
    let i = latest.current.index;
    let isFirst = true;
    const timer = setInterval(() => {
      const { onChange: change, months: list } = latest.current;
      if (i >= list.length - 1) {
        setPlaying(false);
        return;
      }
      i += 1;
      change(list[i]!, isFirst ? 'push' : 'replace');
      isFirst = false;
    }, stepMs);
    return () => clearInterval(timer);
  }, [isPlaying, stepMs]);

  const go = (i: number, mode: HistoryMode = 'push') => {
    const next = Math.min(last, Math.max(0, i));
    if (next !== index) onChange(months[next]!, mode);
  };
  const stopAnd = (f: () => void) => () => {
    setPlaying(false);
    f();
  };
  const togglePlay = () => {
    if (isPlaying) return setPlaying(false);
    // From the end, Play starts over from the first month (one history entry for the jump).
    if (index >= last) onChange(months[0]!, 'push');
    setPlaying(true);
  };
  const shown = formatMonth(months[index] ?? value);

  return (
    <div role="group" aria-label={labels.control} className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn" aria-label={labels.previous} disabled={index <= 0} onClick={stopAnd(() => go(index - 1))}>
        ‹
      </button>
      <input
        type="range"
        aria-label={labels.slider}
        aria-valuetext={shown}
        min={0}
        max={last}
        step={1}
        value={index}
        className="min-w-0 flex-1 basis-40 accent-[var(--c-accent)]"
        onPointerDown={() => {
          setPlaying(false);
          drag.current = { hasPushed: false };
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onBlur={() => (drag.current = null)}
        onChange={(e) => {
          setPlaying(false);
          const d = drag.current;
          go(Number(e.target.value), d?.hasPushed ? 'replace' : 'push');
          if (d) d.hasPushed = true;
        }}
      />
      <button type="button" className="btn" aria-label={labels.next} disabled={index >= last} onClick={stopAnd(() => go(index + 1))}>
        ›
      </button>
      <label htmlFor={`${id}-month`} className="sr-only">
        {labels.month}
      </label>
      <input
        id={`${id}-month`}
        type="month"
        min={months[0]}
        max={months[last]}
        value={months[index] ?? value}
        className="rounded-md border border-[var(--c-grid)] bg-[var(--c-surface)] px-2 py-1 text-sm"
        onChange={(e) => {
          const i = months.indexOf(e.target.value);
          if (i >= 0) stopAnd(() => go(i))();
        }}
      />
      <button type="button" className="btn" onClick={togglePlay}>
        {isPlaying ? `❚❚ ${labels.pause}` : `▶ ${labels.play}`}
      </button>
      <output aria-live={isPlaying ? 'off' : 'polite'} className="text-sm font-semibold tabular-nums">
        {labels.showing(shown)}
      </output>
    </div>
  );
}
