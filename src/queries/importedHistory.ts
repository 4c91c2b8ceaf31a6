import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import breachesUrl from '../../datasets/breaches.csv?url';
import countHistoryUrl from '../../datasets/count-history.csv?url';
import manifestUrl from '../../datasets/manifest.json?url';
import { historyStorage, IMPORT_DB_NAME } from '../storage/historyStorage';
import { idbStore } from '../storage/idbStore';
import { HistoryClient, type HistoryState } from '../workers/historyClient';

export interface ImportedHistory {
  /** The merged history (shipped + imported), or null when this browser holds no import. */
  state: HistoryState | null;
  /** Why a stored import could not be read, shown on the import page; the shipped data is used. */
  problem: string | null;
}

/**
 * The one "current history" query: the shipped datasets plus what this browser imported. Every
 * dataset query (breaches, manifest, count history) reads it (importedState); an import or a
 * reset replaces it (applyHistory), and nothing else decides which history is current.
 */
export const currentHistoryKey = ['history', 'current'] as const;

let client: HistoryClient | null = null;

/** The import worker's client; null where the page has no Worker or no IndexedDB (tests, old browsers). */
export function historyClient(): HistoryClient | null {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null;
  const at = (url: string) => new URL(url, document.baseURI).href;
  client ??= new HistoryClient({
    breaches: at(breachesUrl),
    countHistory: at(countHistoryUrl),
    manifest: at(manifestUrl),
  });
  return client;
}

/** The imported history the dataset queries show, or null for the shipped files. */
export async function importedState(queryClient: QueryClient): Promise<HistoryState | null> {
  return (await queryClient.ensureQueryData(currentHistoryQuery)).state;
}

/**
 * The import this browser stored, read once per page (and again when another tab changes it).
 * Only the small `meta` record is read here; when there is one, the worker reads and sends the
 * table. Never throws: a storage failure is a `problem` and the page shows the shipped data.
 */
async function readStored(): Promise<ImportedHistory> {
  const worker = historyClient();
  if (worker === null || typeof indexedDB === 'undefined') return { state: null, problem: null };
  const meta = await historyStorage(idbStore(indexedDB, IMPORT_DB_NAME)).loadMeta();
  if (!meta.ok)
    return {
      state: null,
      problem: `Imported data stored in this browser could not be read (${meta.reason}); showing the shipped data.`,
    };
  if (meta.value === undefined) return { state: null, problem: null };
  try {
    return { state: await worker.load(), problem: null };
  } catch (error) {
    return {
      state: null,
      problem: `${error instanceof Error ? error.message : String(error)} Showing the shipped data.`,
    };
  }
}

export const currentHistoryQuery = queryOptions({
  queryKey: currentHistoryKey,
  queryFn: readStored,
  staleTime: Infinity,
  // Never dropped from the cache: an import this browser could not store lives only here.
  gcTime: Infinity,
  // A million-row table must not be compared value by value when it is replaced (an import).
  structuralSharing: false,
});

export function useCurrentHistory() {
  return useQuery(currentHistoryQuery);
}
