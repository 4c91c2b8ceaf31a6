import { ErrorBoundary } from '../../ui/ErrorBoundary';
import type { ReactNode } from 'react';
import { SectionStatus } from './SectionStatus';

interface QueryState {
  error: Error | null;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * A page section that waits for the queries it needs. While any is loading, or when one fails,
 * it keeps its heading (so the page outline does not jump) and shows the state with a retry;
 * the other sections render on their own.
 */
export function SectionGate({
  id,
  title,
  what,
  queries,
  children,
}: {
  id: string;
  title: string;
  what: string;
  queries: QueryState[];
  children: () => ReactNode;
}) {
  const failed = queries.filter((q) => q.error !== null);
  if (failed.length > 0 || queries.some((q) => q.isPending)) {
    return (
      <section className="panel" aria-labelledby={`${id}-heading`} id={id} tabIndex={-1}>
        <h2 id={`${id}-heading`}>{title}</h2>
        <SectionStatus
          what={what}
          error={failed[0]?.error ?? null}
          onRetry={() => failed.forEach((q) => void q.refetch())}
        />
      </section>
    );
  }
  return (
    <ErrorBoundary label={title}>
      <Render>{children}</Render>
    </ErrorBoundary>
  );
}

/** Calls the section's render function inside the boundary, so an error it throws is caught there. */
function Render({ children }: { children: () => ReactNode }) {
  return <>{children()}</>;
}
