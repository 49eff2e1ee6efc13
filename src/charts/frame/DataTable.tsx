import { formatDate, type Lang } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';
import type { DataPoint } from './dataPoint.ts';

/** The chart's data as a table: the text alternative that carries every number and its source. */
export function DataTable({ points, title, formatValue, lang, m }: {
  points: readonly DataPoint[];
  title: string;
  formatValue: (p: DataPoint) => string;
  lang: Lang;
  m: Messages;
}) {
  const columnHeads = [...new Map(points.flatMap((p) => p.columns.map((e) => [e.key, e.label] as const))).entries()];
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={m.tableCaption(title)}>
      <table className="w-full border-collapse text-left text-xs">
        <caption className="sr-only">{m.tableCaption(title)}</caption>
        <thead>
          <tr className="border-b border-[var(--c-grid)]">
            <th scope="col" className="py-1 pr-3">{m.table.name}</th>
            <th scope="col" className="py-1 pr-3 text-right">{m.table.value}</th>
            {columnHeads.map(([k, label]) => (
              <th key={k} scope="col" className="py-1 pr-3">{label}</th>
            ))}
            <th scope="col" className="py-1 pr-3">{m.table.asOf}</th>
            <th scope="col" className="py-1 pr-3">{m.table.confidence}</th>
            <th scope="col" className="py-1 pr-3">{m.table.source}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id} className="border-b border-[var(--c-grid)] align-top">
              <th scope="row" className="py-1 pr-3 font-medium">{p.name}</th>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatValue(p)}</td>
              {columnHeads.map(([k]) => (
                <td key={k} className="py-1 pr-3">{p.columns.find((e) => e.key === k)?.value ?? ''}</td>
              ))}
              <td className="py-1 pr-3 whitespace-nowrap">{formatDate(p.asOf, lang)}</td>
              <td className="py-1 pr-3">{m.confidences[p.confidence]}</td>
              <td className="py-1 pr-3">
                {p.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    {s.url ? (
                      <a className="underline" href={s.url} rel="noopener noreferrer" target="_blank">{s.publisher}</a>
                    ) : (
                      s.publisher
                    )}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
