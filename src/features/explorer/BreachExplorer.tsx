import { useBreaches } from '../../queries/breaches';
import { useManifest } from '../../queries/manifest';
import { Explorer } from './Explorer';

/** Waits for the breach table and manifest, with loading and error states, then shows the explorer. */
export function BreachExplorer() {
  const breaches = useBreaches();
  const manifest = useManifest();
  const error = breaches.error ?? manifest.error;
  if (error) {
    return (
      <div className="panel error" role="alert">
        <h2>The breach data could not be loaded</h2>
        <p>{error.message}</p>
        <button
          type="button"
          onClick={() => void Promise.all([breaches.refetch(), manifest.refetch()])}
        >
          Try again
        </button>
      </div>
    );
  }
  if (!breaches.data || !manifest.data) {
    return (
      <div className="panel loading" role="status" aria-live="polite">
        <div className="skeleton" aria-hidden="true" />
        Loading{' '}
        {manifest.data
          ? `${new Intl.NumberFormat('en-US').format(manifest.data.breaches)} breach reports`
          : 'breach reports'}
        …
      </div>
    );
  }
  return (
    <>
      {breaches.data.issues.length > 0 && (
        <p className="notice" role="status">
          {breaches.data.issues.length} rows of breaches.csv skipped:{' '}
          {breaches.data.issues[0]?.message}
        </p>
      )}
      <Explorer table={breaches.data.table} manifest={manifest.data} />
    </>
  );
}
