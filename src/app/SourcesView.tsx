import type { ViewProps } from './viewComponents.ts';
import { SourcesPanel } from '../ui/SourcesPanel.tsx';
import { serialiseViewState, type ViewState } from '../view/viewState.ts';

/** The sources list as a view: it reads the highlighted entity and the release from the view state. */
export function SourcesView({ dataset, lang, m, state }: ViewProps) {
  // Relative links (`?…`), like the tabs' when the page has no other path to keep.
  const hrefFor = (patch: Partial<ViewState>) => serialiseViewState({ ...state, ...patch }) || '?';
  return <SourcesPanel dataset={dataset} lang={lang} m={m} highlight={state.highlight} base={import.meta.env.BASE_URL} hrefFor={hrefFor} />;
}
