/**
 * What the build computes once with the app's own code (so the page does not): the breach table
 * file from breaches.csv, and the map's state outlines. Loaded by the build's plugins through one
 * Vite module runner (`precomputed()`), since the app's modules use extensionless imports.
 */
import { projectStates } from '../src/charts/map/projectStates';
import { encodeTableFile } from '../src/data/table/tableFile';
import { readShippedBreaches } from '../src/data/datasets/readShippedBreaches';

/** datasets/breaches.csv as text → the bytes of its table file (src/data/table/tableFile.ts). */
export function tableFileBytes(csv: string): Uint8Array {
  const { table, issues } = readShippedBreaches(csv);
  return encodeTableFile(table, issues);
}

export { projectStates };
