import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What is shown inside, for the message: "the state map", "this page". */
  label: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this view": the children are mounted afresh. */
  attempt: number;
}

/**
 * Keeps a render error inside one page or panel: the rest of the app stays, and this part shows
 * what went wrong with a "Reload this view" button that draws it again from scratch. The message
 * is text (React escapes it), never HTML.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console keeps the stack for whoever investigates; the page shows a short message.
    console.error(`${this.props.label} could not be shown`, error, info.componentStack);
  }

  private readonly reload = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    const { error, attempt } = this.state;
    // Keyed by attempt, so a reload mounts the children afresh (their state and effects start again).
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="panel error-boundary" role="alert" data-testid="error-boundary">
        <p>
          <strong>{capitalise(this.props.label)} could not be shown</strong> (
          {error.message || error.name}). The rest of the page still works.
        </p>
        <button type="button" onClick={this.reload} data-testid="error-boundary-reload">
          Reload this view
        </button>
      </div>
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
