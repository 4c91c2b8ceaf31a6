import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startOffline } from './app/offline/serviceWorker';
import { startDecks } from './features/presentation/DeckStartup';
import { shippedBreaches } from './queries/shippedBreaches';
import { useAppStore } from './state/store';
import { syncUrl } from './state/syncUrl';
import './app/styles.css';

syncUrl();
// The breach table is what the explorer and the slides draw first: start fetching and building it
// (in a worker) now, before React mounts, rather than when the first query asks for it.
const { page, mode } = useAppStore.getState();
if (page === 'explore' || mode !== 'dashboard') shippedBreaches().catch(() => undefined);
// Before the first render: a deck arriving in the link must be in the store when pages draw.
startDecks();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
// After the page has loaded (Workbox waits for it): the first visit stores the app for offline use.
startOffline();
