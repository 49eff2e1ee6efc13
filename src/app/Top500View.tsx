import type { PanelProps } from '../charts/panelProps.ts';
import type { UpdateView } from '../view/useViewState.ts';

/** Placeholder until the Top500 view lands; the tab is wired so the URL contract holds. */
export function Top500View(_props: PanelProps & { update: UpdateView }) {
  return <p className="text-sm">…</p>;
}
