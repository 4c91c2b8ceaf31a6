import { queryOptions, useQuery } from '@tanstack/react-query';
import manifestUrl from '../../datasets/manifest.json?url';
import { parseManifest, type Manifest } from '../data/datasets/parseManifest';
import { importedState } from './importedHistory';

export const manifestQuery = queryOptions({
  queryKey: ['datasets', 'manifest'],
  queryFn: async ({ client }): Promise<Manifest> => {
    // Fetched while the browser's storage is asked for an import (the page preloads it too).
    const shipped = fetch(manifestUrl);
    shipped.catch(() => undefined);
    // With an import, the manifest of the merged history: its as-of date, totals and snapshots.
    const imported = await importedState(client);
    if (imported) return imported.manifest;
    const response = await shipped;
    if (!response.ok)
      throw new Error(
        `manifest.json: could not be loaded (${response.status} ${response.statusText})`,
      );
    const parsed = parseManifest(await response.json());
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    return parsed.manifest;
  },
  // Shipped files never change while the page is open.
  staleTime: Infinity,
  // A million-row table must not be compared value by value when it is replaced (an import).
  structuralSharing: false,
});

export function useManifest() {
  return useQuery(manifestQuery);
}
