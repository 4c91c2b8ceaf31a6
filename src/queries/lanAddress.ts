import { queryOptions, useQuery } from '@tanstack/react-query';

/**
 * The network addresses the local server (`npm start -- --lan`) serves the app on, from its
 * `lan-address.json`; `lan` is false when it serves this computer only. A static host has no such
 * file: then null (unknown). Asked only by a page opened at a loopback address.
 */
export interface LanAddress {
  lan: boolean;
  urls: string[];
}

export const lanAddressQuery = queryOptions({
  queryKey: ['server', 'lan-address'],
  queryFn: async (): Promise<LanAddress | null> => {
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}lan-address.json`, {
        headers: { Accept: 'application/json' },
        cache: 'no-store',
      });
      if (!response.ok) return null;
      const body: unknown = await response.json();
      if (typeof body !== 'object' || body === null) return null;
      const { lan, urls } = body as { lan?: unknown; urls?: unknown };
      return {
        lan: lan === true,
        urls: Array.isArray(urls)
          ? urls.filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u))
          : [],
      };
    } catch {
      return null;
    }
  },
  staleTime: Infinity,
  retry: false,
});

export function useLanAddress(enabled: boolean) {
  return useQuery({ ...lanAddressQuery, enabled });
}
