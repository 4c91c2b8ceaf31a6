import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useHistorySync } from '../features/import/historySync';
import { AddToDeckButton } from '../features/presentation/AddToDeckButton';
import { DeckStartup } from '../features/presentation/DeckStartup';
import { Handout } from '../features/presentation/Handout';
import { Presentation } from '../features/presentation/Presentation';
import { PresenterConsole } from '../features/presentation/PresenterConsole';
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

// The workforce, import and classroom pages load when first opened: the first screen downloads and
// runs only the explorer's code. Presenting (a slide, the presenter window, the handout) stays in
// the main chunk: it opens from a link and answers keys at once.
const ImportPage = lazy(() =>
  import('../features/import/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const Workforce = lazy(() =>
  import('../features/workforce/Workforce').then((m) => ({ default: m.Workforce })),
);
const DeckPanel = lazy(() =>
  import('../features/presentation/DeckPanel').then((m) => ({ default: m.DeckPanel })),
);

/** While a page's code loads. */
function PageLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="panel loading" role="status" aria-live="polite">
          Loading…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

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
            <PageLoading>
              {page === 'workforce' && <Workforce />}
              {page === 'import' && <ImportPage />}
              {page === 'classroom' && <DeckPanel />}
            </PageLoading>
          </LiveView>
        </ErrorBoundary>
      </main>
      <ReferenceDialogs />
    </QueryClientProvider>
  );
}
