/** The Sources tab's account of Epoch AI's data: credit and licence, the three citations, Epoch's caveats. */
import { caveatText, EPOCH_ATTRIBUTION, type EpochAttribution } from '../data/epoch/attribution.ts';
import { epochCreditLine } from '../charts/views/world/epochSource.ts';
import { formatDate, type Lang } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';

export function EpochSources({ lang, attribution = EPOCH_ATTRIBUTION }: { lang: Lang; attribution?: EpochAttribution }) {
  const m = MESSAGES[lang].world;
  const box = 'rounded-lg border border-[var(--c-grid)] bg-[var(--c-surface)] p-3 text-sm';
  return (
    <section aria-labelledby="epoch-sources-title" className={box}>
      <h3 id="epoch-sources-title" className="font-semibold">{m.sourcesTitle}</h3>
      <p className="text-xs text-[var(--c-muted)]">{m.sourcesIntro(formatDate(attribution.snapshot, lang))}</p>
      <p className="mt-1">
        {epochCreditLine(lang, attribution)} ·{' '}
        <a className="underline" href={attribution.licence.url} rel="noopener noreferrer license" target="_blank">
          {m.licence} {attribution.licence.name}
        </a>
      </p>
      <h4 className="mt-2 font-semibold">{m.citations}</h4>
      <ul className="flex flex-col gap-0.5 text-xs">
        {attribution.datasets.map((d) => (
          <li key={d.key}>
            {d.citation.replace(d.url, '').trim()}{' '}
            <a className="underline" href={d.url} rel="noopener noreferrer" target="_blank">{d.url}</a>
          </li>
        ))}
      </ul>
      <h4 className="mt-2 font-semibold">{m.caveats}</h4>
      <ul className="list-disc pl-5 text-xs">
        {attribution.caveats.map((c) => (
          <li key={c.id}>{caveatText(c, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
