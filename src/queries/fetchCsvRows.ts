import Papa from 'papaparse';

/**
 * Fetches and parses a CSV into rows of strings, in a Web Worker where there is one so a large
 * file never blocks the page; the main-thread path serves tests and old browsers.
 */
export function fetchCsvRows(url: string, file: string): Promise<string[][]> {
  if (typeof Worker === 'undefined') return parseHere(url, file);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ rows?: string[][]; error?: string }>) => {
      worker.terminate();
      if (event.data.rows) resolve(event.data.rows);
      else
        reject(new Error(`${file}: could not be loaded (${event.data.error ?? 'unknown error'})`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`${file}: could not be loaded (${event.message})`));
    };
    worker.postMessage({ url });
  });
}

async function parseHere(url: string, file: string): Promise<string[][]> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${file}: could not be loaded (${response.status} ${response.statusText})`);
  return Papa.parse<string[]>(await response.text(), { skipEmptyLines: 'greedy' }).data;
}
