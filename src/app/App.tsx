import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useHistorySync } from '../features/import/historySync';
import { ImportPage } from '../features/import/ImportPage';
import { AddToDeckButton } from '../features/presentation/AddToDeckButton';
import { DeckPanel } from '../features/presentation/DeckPanel';
import { DeckStartup } from '../features/presentation/DeckStartup';
import { Handout } from '../features/presentation/Handout';
import { Presentation } from '../features/presentation/Presentation';
import { PresenterConsole } from '../features/presentation/PresenterConsole';
import { Workforce } from '../features/workforce/Workforce';
import { BreachExplorer } from '../features/explorer/BreachExplorer';
import { useAppStore } from '../state/store';
import { LiveView } from '../state/viewContext';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { Page } from '../state/viewState';
import { DataFreshness } from './DataFreshness';
import { OfflineStatus } from './OfflineStatus';
import { ReferenceDialogs } from './ReferenceDialogs';
import { ReferenceLinks } from './ReferenceLinks';
import { SLIDES } from './slides';

const TABS: { page: Page; label: string }[] = [
  { page: 'explore', label: 'Explore breaches' },
  { page: 'workforce', label: 'Workforce & the case' },
  { page: 'classroom', label: 'Classroom' },
  { page: 'import', label: 'Load newer data' },
];

/** Composes the features; each feature loads what it needs through the query layer. */
export function App() {
  const [client] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  useHistorySync(client);
  const page = useAppStore((s) => s.page);
  const setPage = useAppStore((s) => s.setPage);
  const mode = useAppStore((s) => s.mode);
  if (mode !== 'dashboard') {
    return (
      <QueryClientProvider client={client}>
        <DeckStartup />
        {mode === 'present' && <Presentation slides={SLIDES} />}
        {mode === 'presenter' && <PresenterConsole />}
        {mode === 'handout' && <Handout slides={SLIDES} />}
        <ReferenceDialogs />
      </QueryClientProvider>
    );
  }
  return (
    <QueryClientProvider client={client}>
      <DeckStartup />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Health Breach Atlas</h1>
        <p className="tagline">
          Every U.S. health-data breach of 500+ people reported to HHS since 2009 — and the people
          who prevent them.
        </p>
        <nav aria-label="Pages" className="page-tabs">
          {TABS.map((t) => (
            <button
              key={t.page}
              type="button"
              aria-current={page === t.page ? 'page' : undefined}
              onClick={() => setPage(t.page)}
            >
              {t.label}
            </button>
          ))}
        </nav>
        <AddToDeckButton />
        <DataFreshness onLoadNewer={() => setPage('import')} />
        <ReferenceLinks />
        <OfflineStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={page} label="this page">
          <LiveView>
            {page === 'explore' && <BreachExplorer />}
            {page === 'workforce' && <Workforce />}
            {page === 'import' && <ImportPage />}
            {page === 'classroom' && <DeckPanel />}
          </LiveView>
        </ErrorBoundary>
      </main>
      <ReferenceDialogs />
    </QueryClientProvider>
  );
}
