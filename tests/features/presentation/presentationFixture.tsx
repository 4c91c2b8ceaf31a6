import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { breachesQuery } from '../../../src/queries/breaches';
import { manifestQuery } from '../../../src/queries/manifest';
import { useView } from '../../../src/state/viewContext';
import { SMALL_MANIFEST, smallTable as loadSmallTable } from '../smallFixture';

export const MANIFEST = SMALL_MANIFEST;
export const smallTable = loadSmallTable();

/** A query client already holding the small breach fixture and its manifest. */
export function Seeded({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(breachesQuery.queryKey, { table: smallTable, issues: [] });
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** A stand-in slide figure that prints the view it was given. */
export function ViewEcho() {
  const view = useView();
  return (
    <p data-testid="echo">
      years {view.yearFrom ?? 'first'}–{view.yearTo ?? 'last'}, measure {view.measure}, cycle{' '}
      {view.cycle ?? 'newest'}
    </p>
  );
}
