import type { ReactNode } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { UpdateView } from '../view/useViewState.ts';
import type { ViewState } from '../view/viewState.ts';
import type { ChartFrameProps } from './frame/ChartFrame.tsx';

/**
 * What every chart panel (frame + chart, no controls) takes. The dashboard and the embed page
 * render the same panels, so a chart looks the same wherever it appears.
 */
export interface PanelProps {
  dataset: Dataset;
  state: ViewState;
  lang: Lang;
  m: Messages;
  /** Share / embed / export buttons, supplied by the host page. */
  actions?: ReactNode;
  /** Absent in embeds, where the view cannot change; panels then hide what would change it. */
  update?: UpdateView;
}

/**
 * The frame props that come from the panel's props, not from its chart: language, messages,
 * the host's actions and the view's "hide the title" switch (`<ChartFrame {...frameProps(props)} …>`),
 * so every panel passes them alike and a new one cannot forget one.
 */
export function frameProps({ lang, m, state, actions }: PanelProps): Pick<ChartFrameProps, 'lang' | 'm' | 'hideTitle' | 'actions'> {
  return { lang, m, hideTitle: state.hideTitle, actions };
}
