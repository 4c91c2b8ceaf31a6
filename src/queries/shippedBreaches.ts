import breachesUrl from '../../datasets/breaches.csv?url';
import type { BreachTable } from '../data/table/BreachTable';
import type { Issue } from '../data/schema/types';
import { tableFromMessage } from '../workers/transferTable';
import { readShippedBreaches, type ShippedBreachesMessage } from './readShippedBreaches';

export interface ShippedBreaches {
  table: BreachTable;
  issues: Issue[];
}

let pending: Promise<ShippedBreaches> | null = null;

/**
 * The shipped breach table, loaded once per page: fetched, parsed and built in a Web Worker whose
 * columns are transferred, so the main thread only takes them over. main.tsx starts it before
 * React mounts; the breaches query then waits for the same promise. A failure is not kept, so a
 * retry fetches again.
 */
export function shippedBreaches(): Promise<ShippedBreaches> {
  pending ??= load().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

async function load(): Promise<ShippedBreaches> {
  // Relative to the page's base, so the app works under any sub-path.
  const url = new URL(breachesUrl, document.baseURI).href;
  if (typeof Worker === 'undefined') return loadHere(url);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./breachesWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ShippedBreachesMessage>) => {
      worker.terminate();
      const data = event.data;
      if ('error' in data) reject(new Error(`breaches.csv: could not be loaded (${data.error})`));
      else resolve({ table: tableFromMessage(data.table), issues: data.issues });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`breaches.csv: could not be loaded (${event.message})`));
    };
    worker.postMessage({ url });
  });
}

/** Without workers (tests, old browsers): the same steps on this thread. */
async function loadHere(url: string): Promise<ShippedBreaches> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `breaches.csv: could not be loaded (${response.status} ${response.statusText})`,
    );
  return readShippedBreaches(await response.text());
}
