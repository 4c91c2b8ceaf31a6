import { useSyncExternalStore } from 'react';
import { getOfflineState, subscribeOfflineState } from './offline/serviceWorker';

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

/**
 * Whether this page works without a network, in the header: "Saving for offline use…" on the
 * first visit, then "Available offline"; with no network, that it runs from the saved copy; when
 * a newer build is stored, a button to switch to it.
 */
export function OfflineStatus() {
  const state = useSyncExternalStore(subscribeOfflineState, getOfflineState);
  const online = useOnline();
  if (state.kind === 'none') return null;
  if (state.kind === 'update')
    return (
      <div className="offline-status update" role="status" data-testid="offline-status">
        <span>A new version of the atlas is ready.</span>{' '}
        <button type="button" onClick={state.reload}>
          Reload for the new version
        </button>
      </div>
    );
  const text = {
    file: 'One-file edition: works without a network',
    saving: 'Saving for offline use…',
    ready: online ? 'Available offline' : 'Offline: running from the saved copy',
  }[state.kind];
  return (
    <p className={`offline-status ${state.kind}`} role="status" data-testid="offline-status">
      {state.kind !== 'saving' && (
        <span className="offline-mark" aria-hidden="true">
          ✓{' '}
        </span>
      )}
      {text}
    </p>
  );
}
