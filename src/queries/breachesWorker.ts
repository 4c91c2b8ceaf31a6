/// <reference lib="webworker" />
import { readShippedBreaches, type ShippedBreachesMessage } from './readShippedBreaches';
import { tableMessage } from '../workers/transferTable';

/**
 * Fetches, parses and builds the shipped breach table off the main thread, then transfers its
 * columns to the page (the page only takes ownership). Message in: { url }; out: a
 * ShippedBreachesMessage.
 */
self.onmessage = async (event: MessageEvent<{ url: string }>) => {
  try {
    const response = await fetch(event.data.url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const { table, issues } = readShippedBreaches(await response.text());
    const { message, transfer } = tableMessage(table);
    const out: ShippedBreachesMessage = { table: message, issues };
    self.postMessage(out, transfer);
  } catch (error) {
    const out: ShippedBreachesMessage = {
      error: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(out);
  }
};
