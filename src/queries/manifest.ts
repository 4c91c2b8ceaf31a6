import { queryOptions, useQuery } from '@tanstack/react-query';
import manifestUrl from '../../datasets/manifest.json?url';
import { parseManifest, type Manifest } from '../data/parseManifest';

export const manifestQuery = queryOptions({
  queryKey: ['datasets', 'manifest'],
  queryFn: async (): Promise<Manifest> => {
    const response = await fetch(manifestUrl);
    if (!response.ok) throw new Error(`manifest.json: could not be loaded (${response.status} ${response.statusText})`);
    const parsed = parseManifest(await response.json());
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    return parsed.manifest;
  },
  // Shipped files never change while the page is open.
  staleTime: Infinity,
});

export function useManifest() {
  return useQuery(manifestQuery);
}
