import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BreachExplorer } from './BreachExplorer';

/** Composes the features; each feature loads what it needs through the query layer. */
export function App() {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }));
  return (
    <QueryClientProvider client={client}>
      <header className="site-header">
        <h1>Health Breach Atlas</h1>
        <p className="tagline">Every U.S. health-data breach of 500+ people reported to HHS since 2009 — and the people who prevent them.</p>
      </header>
      <main id="main">
        <BreachExplorer />
      </main>
    </QueryClientProvider>
  );
}
