import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startOffline } from './app/offline/serviceWorker';
import { startDecks } from './features/presentation/DeckStartup';
import { syncUrl } from './state/syncUrl';
import './app/styles.css';

syncUrl();
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
