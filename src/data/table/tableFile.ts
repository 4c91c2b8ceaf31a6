import type { Issue } from '../schema/types';
import type { BreachTable } from './BreachTable';
import { mapTypedArrays, type TypedColumn } from './mapTypedArrays';

/**
 * The breach table as one binary file, so a page takes it over without parsing: every typed
 * column (the ids' and names' string stores among them) is stored as it sits in memory
 * (little-endian, each 8-byte aligned) and becomes a view on the fetched buffer; the rest of the
 * table — dictionaries, span, the columns' places — and the rows the build skipped are one JSON
 * header. Written at build time from datasets/breaches.csv (the file of record) by the same code
 * that reads that CSV, so both give the same table (tested).
 *
 * Layout: "HBAT" · u32 version · u32 header bytes · header (ASCII JSON) · padding to 8 · columns.
 */
export const TABLE_FILE_MAGIC = 'HBAT';
export const TABLE_FILE_VERSION = 3;

const ARRAYS = {
  Int16Array,
  Int32Array,
  Float64Array,
  Uint8Array,
  Uint16Array,
  Uint32Array,
} as const;
type ArrayKind = keyof typeof ARRAYS;

interface ColumnEntry {
  path: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}

/** In the header's table, where a column was: its index in `columns`. */
interface ColumnRef {
  column: number;
}

interface Header {
  table: unknown;
  columns: ColumnEntry[];
  issues: Issue[];
}

/** Columns with one entry per row (the others: string stores' bytes and offsets). */
const PER_ROW = /^(?!.*\.(bytes|offsets)$)/;

function kindOf(a: TypedColumn): ArrayKind {
  const kind = a.constructor.name;
  if (!(kind in ARRAYS)) throw new TypeError(`tableFile: unsupported column type ${kind}`);
  return kind as ArrayKind;
}

const align8 = (n: number) => (n + 7) & ~7;

/** The table (and the rows its build skipped) as the bytes of a table file. */
export function encodeTableFile(table: BreachTable, issues: readonly Issue[] = []): Uint8Array {
  const arrays: TypedColumn[] = [];
  const columns: ColumnEntry[] = [];
  let offset = 0;
  const shape = mapTypedArrays(table, (a, path): ColumnRef => {
    columns.push({ path, kind: kindOf(a), offset, length: a.length });
    arrays.push(a);
    offset = align8(offset + a.byteLength);
    return { column: columns.length - 1 };
  });
  const header: Header = { table: shape, columns, issues: [...issues] };
  // Pure ASCII (other characters as \u escapes): browsers decode ASCII bytes several times faster.
  const ascii = JSON.stringify(header).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const json = new TextEncoder().encode(ascii);
  const start = align8(12 + json.length);
  const bytes = new Uint8Array(start + offset);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(TABLE_FILE_MAGIC), 0);
  view.setUint32(4, TABLE_FILE_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  arrays.forEach((a, i) =>
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + columns[i]!.offset),
  );
  return bytes;
}

/**
 * A table file's bytes → the table (its columns are views on `buffer`, nothing is copied) and
 * the skipped rows. Throws, naming the file, on anything that is not a whole table file.
 */
export function decodeTableFile(
  buffer: ArrayBuffer,
  file = 'breaches table',
): { table: BreachTable; issues: Issue[] } {
  const fail = (why: string): never => {
    throw new Error(`${file}: not a breach table file (${why})`);
  };
  if (buffer.byteLength < 12) fail('too short');
  const view = new DataView(buffer);
  const magic = new TextDecoder().decode(new Uint8Array(buffer, 0, 4));
  if (magic !== TABLE_FILE_MAGIC) fail('wrong signature');
  const version = view.getUint32(4, true);
  if (version !== TABLE_FILE_VERSION)
    fail(`version ${version}, this app reads ${TABLE_FILE_VERSION}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > buffer.byteLength) fail('cut short');
  const header = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 12, jsonLength)),
  ) as Header;
  const start = align8(12 + jsonLength);
  const rows = (header.table as { length?: unknown } | null)?.length;
  if (typeof rows !== 'number') fail('no row count');
  const views = header.columns.map((c) => {
    const Column = ARRAYS[c.kind] ?? fail(`column ${c.path} has an unknown type`);
    if (start + c.offset + c.length * Column.BYTES_PER_ELEMENT > buffer.byteLength)
      fail(`column ${c.path} cut short`);
    if (PER_ROW.test(c.path) && c.length !== rows)
      fail(`column ${c.path} has ${c.length} rows, not ${String(rows)}`);
    return new Column(buffer, start + c.offset, c.length);
  });
  const resolve = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const { column } = value as Partial<ColumnRef>;
    if (typeof column === 'number' && Object.keys(value).length === 1)
      return views[column] ?? fail(`column ${column} missing`);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  };
  const table = resolve(header.table) as BreachTable;
  if (!ArrayBuffer.isView(table.day) || !ArrayBuffer.isView(table.name?.codes))
    fail('columns missing');
  return { table, issues: header.issues };
}
