import { Workbox } from 'workbox-window';

/**
 * What the page can say about working offline:
 * - `none`: no service worker here (dev server, a browser without one, http:// on a LAN address,
 *   a failed registration) — the page works online as before and says nothing;
 * - `file`: the one-file edition, which needs no network at all;
 * - `saving`: first visit, the app and datasets are being stored;
 * - `ready`: this browser has everything; the page opens without a network;
 * - `update`: a newer build is stored and waits for the page to switch to it.
 */
export type OfflineState =
  | { kind: 'none' }
  | { kind: 'file' }
  | { kind: 'saving' }
  | { kind: 'ready' }
  | { kind: 'update'; reload: () => void };

let state: OfflineState = { kind: 'none' };
const listeners = new Set<() => void>();

function setState(next: OfflineState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getOfflineState(): OfflineState {
  return state;
}

export function subscribeOfflineState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A long-open page (a projector all day) looks for a new build this often. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker of a production build (vite-plugin-pwa's Workbox worker, which
 * precaches every file of the build). Never in dev, in tests of src/, or in the one-file
 * edition. A new build waits until the user chooses "Reload for the new version"; then it takes
 * over, drops the old cache and the page reloads once.
 */
export function startOffline(): void {
  if (import.meta.env.MODE === 'single') {
    setState({ kind: 'file' });
    return;
  }
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) setState({ kind: 'ready' });
  });
  wb.addEventListener('waiting', () => {
    setState({
      kind: 'update',
      reload: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register()
    .then((registration) => {
      if (!registration) return;
      if (registration.waiting && navigator.serviceWorker.controller) return; // 'waiting' fires
      if (state.kind === 'none')
        setState(registration.active ? { kind: 'ready' } : { kind: 'saving' });
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    .catch(() =>
      setState(navigator.serviceWorker.controller ? { kind: 'ready' } : { kind: 'none' }),
    );
}
