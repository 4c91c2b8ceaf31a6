import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Manifest } from '../../src/data/datasets/parseManifest';
import type { BreachTable } from '../../src/data/table/BreachTable';
import { buildBreachTable } from '../../src/data/table/buildBreachTable';
import { parseBreachRows } from '../../src/data/datasets/parseBreachRows';

/** A manifest for the 13-row fixture (hand-written, not HHS's). */
export const SMALL_MANIFEST: Manifest = {
  source: { name: 'HHS OCR', url: 'https://ocrportal.hhs.gov/ocr/breach/breach_report.jsf' },
  asOf: '2026-05-03',
  submittedFrom: '2019-03-05',
  submittedTo: '2025-02-20',
  breaches: 13,
  rowsRead: 13,
  snapshots: [],
  knownGaps: [],
};

/**
 * The 13-row fixture as a table. Read by path: under jsdom, URL is jsdom's and readFileSync
 * refuses it.
 */
export function smallTable(): BreachTable {
  const rows = Papa.parse<string[]>(
    readFileSync(join(import.meta.dirname, '../fixtures/breaches-small.csv'), 'utf8'),
    { skipEmptyLines: 'greedy' },
  ).data;
  const parsed = parseBreachRows(rows, 'breaches-small.csv');
  if (!parsed.ok) throw new Error('fixture did not parse');
  return buildBreachTable(parsed.rows);
}
