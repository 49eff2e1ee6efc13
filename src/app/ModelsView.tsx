import type { PanelProps } from '../charts/panelProps.ts';
import type { UpdateView } from '../view/useViewState.ts';

/** Placeholder until the Models view lands; the tab is wired so the URL contract holds. */
export function ModelsView(_props: PanelProps & { update: UpdateView }) {
  return <p className="text-sm">…</p>;
}
