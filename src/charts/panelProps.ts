import type { ReactNode } from 'react';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { UpdateView } from '../view/useViewState.ts';
import type { ViewState } from '../view/viewState.ts';

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
