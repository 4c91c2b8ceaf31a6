import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import v8 from 'node:v8';
import Papa from 'papaparse';
import type { BreachTable } from '../src/data/table/BreachTable';
import { decodeExportBytes } from '../src/data/read/decodeExportBytes';
import { describeSnapshot } from '../src/data/merge/describeSnapshot';
import {
  historyFromRows,
  mergeIntoHistory,
  type History,
} from '../src/data/merge/mergeIntoHistory';
import { parseBreachRows } from '../src/data/datasets/parseBreachRows';
import { parseCountHistory } from '../src/data/datasets/parseCountHistory';
import { packHistory } from '../src/storage/packHistory';
import { readExportStream } from '../src/data/read/readExportStream';
import { fileSource } from './importSource';

/** The shipped history (datasets/), as the import worker builds it before merging. */
export function shippedHistory(): History {
  const rows = (file: string) =>
    Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy' }).data;
  const breaches = parseBreachRows(rows('datasets/breaches.csv'), 'breaches.csv');
  const counts = parseCountHistory(rows('datasets/count-history.csv'), 'count-history.csv');
  if (!breaches.ok || !counts.ok) throw new Error('datasets/ did not parse');
  const manifest = JSON.parse(readFileSync('datasets/manifest.json', 'utf8')) as { snapshots: [] };
  return historyFromRows(breaches.rows, counts.history, manifest.snapshots);
}

/** The worker's reader alone: chunked read, decode, parse, validate, normalise. */
export async function readOnly(file: string): Promise<number> {
  const source = fileSource(file);
  try {
    const read = await readExportStream(source, path.basename(file));
    if (!read.ok) throw new Error(read.issues[0]?.message);
    return read.records.length;
  } finally {
    source.close();
  }
}

/** Plain papaparse on the same bytes: decode and parse into string arrays, nothing else. */
export function papaOnly(file: string): number {
  const decoded = decodeExportBytes(readFileSync(file), path.basename(file));
  if (!decoded.ok) throw new Error('not decodable');
  return Papa.parse<string[]>(decoded.text, { header: false }).data.length;
}

/** What the import worker does end to end: read, describe, merge into the history, build the table. */
export async function importEndToEnd(file: string, base: History): Promise<BreachTable> {
  const source = fileSource(file);
  try {
    const read = await readExportStream(source, path.basename(file));
    if (!read.ok) throw new Error(read.issues[0]?.message);
    const merged = mergeIntoHistory(base, [describeSnapshot(path.basename(file), read.records)]);
    return packHistory(merged.history).table;
  } finally {
    source.close();
  }
}

/** Bytes held by the table's typed columns. */
export function typedBytes(table: BreachTable): number {
  const arrays = [
    table.day,
    table.year,
    table.month,
    table.individuals,
    table.hasCount,
    table.state.codes,
    table.entityType.codes,
    table.businessAssociate.codes,
    table.status.codes,
    table.breachTypes.masks,
    table.locations.masks,
    table.placeholder,
    table.webDescription,
    table.firstSeen,
    table.lastSeen,
    table.seenIn,
  ];
  return arrays.reduce((n, a) => n + a.byteLength, 0);
}

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap + array buffers after a full collection. */
export function retained(): number {
  // A regex run drops V8's last-match reference to a large input string.
  /x/.exec('x');
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
