/** Loading and error states of a section whose data is still on its way (or failed). */
export function SectionStatus({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: Error | null;
  onRetry: () => void;
}) {
  if (error) {
    return (
      <div className="wf-status error" role="alert">
        <p>
          The {what} could not be loaded: {error.message}
        </p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="wf-status loading" role="status" aria-live="polite">
      <div className="skeleton wf-skeleton" aria-hidden="true" />
      Loading the {what}…
    </div>
  );
}
