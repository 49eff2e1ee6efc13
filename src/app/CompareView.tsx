import type { PanelProps } from '../charts/panelProps.ts';
import type { UpdateView } from '../view/useViewState.ts';

/** Placeholder until the Compare view lands; the tab is wired so the URL contract holds. */
export function CompareView(_props: PanelProps & { update: UpdateView }) {
  return <p className="text-sm">…</p>;
}
