import type { ViewProps } from './viewComponents.ts';
import { SourcesPanel } from '../ui/SourcesPanel.tsx';

/** The sources list as a view: it reads only the highlighted entity from the view state. */
export function SourcesView({ dataset, lang, m, state }: ViewProps) {
  return <SourcesPanel dataset={dataset} lang={lang} m={m} highlight={state.highlight} />;
}
