/**
 * Catches a view that cannot load (its code or its message part failed to download) and says so
 * with a retry, instead of leaving the whole page blank: React unmounts the root on an uncaught
 * error. A failed lazy import stays failed in React's cache, so Retry reloads the page.
 */
import { Component, type ReactNode } from 'react';
import { LoadError } from '../charts/frame/LoadStates.tsx';
import type { Messages } from '../i18n/messages.ts';
import { ViewReadyMark } from '../embed/ReadyMark.tsx';

interface Props {
  m: Messages;
  children: ReactNode;
  /** Called by Retry; the page reload by default. */
  onRetry?: () => void;
}

export class ViewBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <>
        <LoadError error={error} m={this.props.m} onRetry={this.props.onRetry ?? (() => window.location.reload())} />
        {/* The view's place is live, with its error: clicks held while the app loaded may go through (src/app/main.tsx). */}
        <ViewReadyMark view="error" />
      </>
    );
  }
}
