import {
  MAX_MULTI_VALUES,
  NONE_LABEL,
  type BreachTable,
  type CategoryColumn,
  type MultiColumn,
  type TableSpan,
} from './BreachTable';
import { civilFromDays } from '../dates/civilFromDays';
import {
  encodeIdColumn,
  encodeTextColumn,
  textValueCount,
  type IdColumn,
  type TextColumn,
} from './textColumn';

/** A dictionary-encoded column as a producer writes it; labels are derived from the keys. */
export interface EncodedColumn<A extends Uint8Array | Uint16Array | Uint32Array> {
  codes: A;
  keys: readonly string[];
}

/** Everything a BreachTable holds except what is derived (year, month, labels, span). */
export interface BreachColumns {
  /** Ids as strings (encoded here) or as a ready store. */
  id: readonly string[] | IdColumn;
  /** Names as strings (encoded here) or as a ready store. */
  name: readonly string[] | TextColumn;
  day: Int32Array;
  individuals: Float64Array;
  hasCount: Uint8Array;
  state: EncodedColumn<Uint16Array>;
  entityType: EncodedColumn<Uint8Array>;
  businessAssociate: EncodedColumn<Uint8Array>;
  status: EncodedColumn<Uint8Array>;
  /** codes are bitmasks: bit b = keys[b]. */
  breachTypes: EncodedColumn<Uint32Array>;
  locations: EncodedColumn<Uint32Array>;
  placeholder: Uint8Array;
  webDescription: Uint8Array;
  firstSeen: Uint16Array;
  lastSeen: Uint16Array;
  seenIn: Uint16Array;
}

/**
 * Assembles a BreachTable from ready-made columns (the CSV builder and the synthetic generator
 * both end here), deriving year, month, labels and span in one pass. The arrays are adopted,
 * not copied. Throws a RangeError when the columns disagree in length or a code points outside
 * its dictionary: that is a programming error, not bad data (parseBreachRows reports bad data).
 */
export function buildBreachTableFromColumns(columns: BreachColumns): BreachTable {
  const n = columns.day.length;
  const id = Array.isArray(columns.id)
    ? encodeIdColumn(columns.id as readonly string[])
    : (columns.id as IdColumn);
  const name = Array.isArray(columns.name)
    ? encodeTextColumn(columns.name as readonly string[])
    : (columns.name as TextColumn);
  const lengths: [string, number][] = [
    ['id', id.day.length],
    ['id', id.rest.codes.length],
    ['name', name.codes.length],
    ['individuals', columns.individuals.length],
    ['hasCount', columns.hasCount.length],
    ['state', columns.state.codes.length],
    ['entityType', columns.entityType.codes.length],
    ['businessAssociate', columns.businessAssociate.codes.length],
    ['status', columns.status.codes.length],
    ['breachTypes', columns.breachTypes.codes.length],
    ['locations', columns.locations.codes.length],
    ['placeholder', columns.placeholder.length],
    ['webDescription', columns.webDescription.length],
    ['firstSeen', columns.firstSeen.length],
    ['lastSeen', columns.lastSeen.length],
    ['seenIn', columns.seenIn.length],
  ];
  for (const [field, length] of lengths) {
    if (length !== n)
      throw new RangeError(
        `buildBreachTableFromColumns: ${field} has ${length} rows, day has ${n}`,
      );
  }
  checkText('id', id.rest);
  checkText('name', name);
  checkCodes('state', columns.state);
  checkCodes('entityType', columns.entityType);
  checkCodes('businessAssociate', columns.businessAssociate);
  checkCodes('status', columns.status);
  checkMasks('breachTypes', columns.breachTypes);
  checkMasks('locations', columns.locations);

  const { individuals, hasCount } = columns;
  for (let i = 0; i < n; i += 1) {
    const v = individuals[i]!;
    if (!(v >= 0) || !Number.isFinite(v) || (hasCount[i] === 0 && v !== 0)) {
      throw new RangeError(
        `buildBreachTableFromColumns: individuals[${i}] = ${v} (hasCount ${hasCount[i]})`,
      );
    }
  }

  const year = new Int16Array(n);
  const month = new Int32Array(n);
  const ymd = new Int32Array(3);
  const day = columns.day;
  let minDay = Infinity;
  let maxDay = -Infinity;
  // Consecutive rows often share a day (the CSV is sorted by date): reuse the last conversion.
  let lastDay = NaN;
  let lastYear = 0;
  let lastMonth = 0;
  for (let i = 0; i < n; i += 1) {
    const d = day[i]!;
    if (d !== lastDay) {
      civilFromDays(d, ymd);
      lastDay = d;
      lastYear = ymd[0]!;
      lastMonth = lastYear * 12 + ymd[1]! - 1;
    }
    year[i] = lastYear;
    month[i] = lastMonth;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  let span: TableSpan | null = null;
  if (n > 0) {
    civilFromDays(minDay, ymd);
    const minYear = ymd[0]!;
    const minMonth = minYear * 12 + ymd[1]! - 1;
    civilFromDays(maxDay, ymd);
    const maxYear = ymd[0]!;
    const maxMonth = maxYear * 12 + ymd[1]! - 1;
    span = { minDay, maxDay, minYear, maxYear, minMonth, maxMonth };
  }

  return {
    length: n,
    id,
    name,
    day,
    year,
    month,
    individuals,
    hasCount,
    state: category(columns.state),
    entityType: category(columns.entityType),
    businessAssociate: category(columns.businessAssociate),
    status: category(columns.status),
    breachTypes: multi(columns.breachTypes),
    locations: multi(columns.locations),
    placeholder: columns.placeholder,
    webDescription: columns.webDescription,
    firstSeen: columns.firstSeen,
    lastSeen: columns.lastSeen,
    seenIn: columns.seenIn,
    span,
  };
}

function labelsOf(keys: readonly string[]): string[] {
  return keys.map((k) => (k === '' ? NONE_LABEL : k));
}

function category<A extends Uint8Array | Uint16Array>(column: EncodedColumn<A>): CategoryColumn<A> {
  return { codes: column.codes, keys: column.keys, labels: labelsOf(column.keys) };
}

function multi(column: EncodedColumn<Uint32Array>): MultiColumn {
  return { masks: column.codes, keys: column.keys, labels: labelsOf(column.keys) };
}

function checkKeys(field: string, keys: readonly string[]): void {
  if (new Set(keys).size !== keys.length)
    throw new RangeError(`buildBreachTableFromColumns: ${field} keys repeat`);
}

/** Codes inside the store, offsets ascending and inside the bytes. */
function checkText(field: string, column: TextColumn): void {
  const { offsets, codes } = column;
  const count = textValueCount(column);
  if (count < 0 || offsets[0] !== 0 || offsets[count] !== column.bytes.length)
    throw new RangeError(`buildBreachTableFromColumns: ${field} store is damaged`);
  for (let k = 0; k < count; k += 1) {
    if (offsets[k]! > offsets[k + 1]!)
      throw new RangeError(`buildBreachTableFromColumns: ${field} store is damaged`);
  }
  for (let i = 0; i < codes.length; i += 1) {
    if (codes[i]! >= count)
      throw new RangeError(
        `buildBreachTableFromColumns: ${field}[${i}] = ${codes[i]} has no value`,
      );
  }
}

function checkCodes(field: string, column: EncodedColumn<Uint8Array | Uint16Array>): void {
  checkKeys(field, column.keys);
  const { codes } = column;
  const size = column.keys.length;
  for (let i = 0; i < codes.length; i += 1) {
    if (codes[i]! >= size)
      throw new RangeError(`buildBreachTableFromColumns: ${field}[${i}] = ${codes[i]} has no key`);
  }
}

function checkMasks(field: string, column: EncodedColumn<Uint32Array>): void {
  checkKeys(field, column.keys);
  const size = column.keys.length;
  if (size > MAX_MULTI_VALUES)
    throw new RangeError(
      `buildBreachTableFromColumns: ${field} has ${size} keys, at most ${MAX_MULTI_VALUES}`,
    );
  const allowed = size === 32 ? 0xffffffff : 2 ** size - 1;
  const { codes } = column;
  for (let i = 0; i < codes.length; i += 1) {
    if ((codes[i]! & ~allowed) !== 0)
      throw new RangeError(`buildBreachTableFromColumns: ${field}[${i}] sets a bit with no key`);
  }
}
