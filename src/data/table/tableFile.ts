import type { Issue } from '../schema/types';
import type { BreachTable, CategoryColumn, MultiColumn } from './BreachTable';
import type { TextColumn } from './textColumn';

/**
 * The breach table as one binary file, so a page takes it over without parsing: the typed
 * columns are stored as they sit in memory (little-endian, each 8-byte aligned) and become views
 * on the fetched buffer, the ids' and names' string stores among them; the dictionaries and the
 * rows the build skipped are one JSON header. Written at build time from datasets/breaches.csv (the file of record) by the
 * same code that reads that CSV, so both give the same table (tested).
 *
 * Layout: "HBAT" · u32 version · u32 header bytes · header (UTF-8 JSON) · padding to 8 · columns.
 */
export const TABLE_FILE_MAGIC = 'HBAT';
export const TABLE_FILE_VERSION = 2;

type Typed = Int16Array | Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array;
const ARRAYS = {
  Int16Array,
  Int32Array,
  Float64Array,
  Uint8Array,
  Uint16Array,
  Uint32Array,
} as const;
type ArrayKind = keyof typeof ARRAYS;

/** Every typed column of the table, by its path (`state.codes`, `breachTypes.masks`, …). */
const PLAIN = [
  'day',
  'year',
  'month',
  'individuals',
  'hasCount',
  'placeholder',
  'webDescription',
  'firstSeen',
  'lastSeen',
  'seenIn',
] as const;
const CATEGORIES = ['state', 'entityType', 'businessAssociate', 'status'] as const;
const MULTI = ['breachTypes', 'locations'] as const;
/** The parts of a string store (textColumn.ts); only `codes` has one entry per row. */
const TEXT_PARTS = ['codes', 'bytes', 'offsets'] as const;
/** Columns with one entry per row (the others: string stores' bytes and offsets). */
const PER_ROW = /^(?!.*\.(bytes|offsets)$)/;

interface ColumnEntry {
  path: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}

interface Header {
  length: number;
  span: BreachTable['span'];
  dictionaries: Record<string, { keys: readonly string[]; labels: readonly string[] }>;
  columns: ColumnEntry[];
  issues: Issue[];
}

function kindOf(a: Typed): ArrayKind {
  const kind = a.constructor.name;
  if (!(kind in ARRAYS)) throw new TypeError(`tableFile: unsupported column type ${kind}`);
  return kind as ArrayKind;
}

const align8 = (n: number) => (n + 7) & ~7;

/** The table (and the rows its build skipped) as the bytes of a table file. */
export function encodeTableFile(table: BreachTable, issues: readonly Issue[] = []): Uint8Array {
  const arrays: [string, Typed][] = [
    ...PLAIN.map((p): [string, Typed] => [p, table[p]]),
    ['id.day', table.id.day],
    ...TEXT_PARTS.map((k): [string, Typed] => [`id.rest.${k}`, table.id.rest[k]]),
    ...TEXT_PARTS.map((k): [string, Typed] => [`name.${k}`, table.name[k]]),
    ...CATEGORIES.map((c): [string, Typed] => [`${c}.codes`, table[c].codes]),
    ...MULTI.map((m): [string, Typed] => [`${m}.masks`, table[m].masks]),
  ];
  const dictionaries: Header['dictionaries'] = {};
  for (const c of [...CATEGORIES, ...MULTI])
    dictionaries[c] = { keys: table[c].keys, labels: table[c].labels };
  let offset = 0;
  const columns = arrays.map(([path, a]) => {
    const entry = { path, kind: kindOf(a), offset, length: a.length };
    offset = align8(offset + a.byteLength);
    return entry;
  });
  const header: Header = {
    length: table.length,
    span: table.span,
    dictionaries,
    columns,
    issues: [...issues],
  };
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
  for (const [i, [, a]] of arrays.entries()) {
    const entry = columns[i] as ColumnEntry;
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + entry.offset);
  }
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
  const columns = new Map<string, Typed>();
  for (const c of header.columns) {
    const Column = ARRAYS[c.kind];
    const bytes = c.length * Column.BYTES_PER_ELEMENT;
    if (start + c.offset + bytes > buffer.byteLength) fail(`column ${c.path} cut short`);
    if (PER_ROW.test(c.path) && c.length !== header.length)
      fail(`column ${c.path} has ${c.length} rows, not ${header.length}`);
    columns.set(c.path, new Column(buffer, start + c.offset, c.length));
  }
  const column = <A extends Typed>(path: string): A =>
    (columns.get(path) ?? fail(`column ${path} missing`)) as A;
  const dictionary = (name: string) =>
    header.dictionaries[name] ?? fail(`dictionary ${name} missing`);
  const category = <A extends Uint8Array | Uint16Array>(name: string): CategoryColumn<A> => ({
    codes: column<A>(`${name}.codes`),
    ...dictionary(name),
  });
  const multi = (name: string): MultiColumn => ({
    masks: column<Uint32Array>(`${name}.masks`),
    ...dictionary(name),
  });
  const text = (prefix: string): TextColumn => ({
    codes: column(`${prefix}.codes`),
    bytes: column(`${prefix}.bytes`),
    offsets: column(`${prefix}.offsets`),
  });
  const table: BreachTable = {
    length: header.length,
    id: { day: column('id.day'), rest: text('id.rest') },
    name: text('name'),
    day: column('day'),
    year: column('year'),
    month: column('month'),
    individuals: column('individuals'),
    hasCount: column('hasCount'),
    state: category<Uint16Array>('state'),
    entityType: category<Uint8Array>('entityType'),
    businessAssociate: category<Uint8Array>('businessAssociate'),
    status: category<Uint8Array>('status'),
    breachTypes: multi('breachTypes'),
    locations: multi('locations'),
    placeholder: column('placeholder'),
    webDescription: column('webDescription'),
    firstSeen: column('firstSeen'),
    lastSeen: column('lastSeen'),
    seenIn: column('seenIn'),
    span: header.span,
  };
  return { table, issues: header.issues };
}
