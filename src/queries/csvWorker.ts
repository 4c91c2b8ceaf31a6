/// <reference lib="webworker" />
import Papa from 'papaparse';

/** Parses a CSV off the main thread. Message in: { url }; out: { rows } or { error }. */
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const text = await response.text();
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    self.postMessage({ rows: parsed.data });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
