import { formatIsoDay } from '../dates/formatIsoDay';
import { parseIsoDay } from '../dates/parseIsoDay';

/**
 * A column of text as one string store: each distinct value once, UTF-8, back to back in `bytes`
 * (value k is bytes[offsets[k]] … bytes[offsets[k + 1] - 1]), and a code per row into it. A
 * million names cost a few typed arrays instead of a million strings and their pointers, and
 * travel between threads as transferred buffers (no copying, no string splitting on the page).
 */
export interface TextColumn {
  /** Per row: index of its value. */
  readonly codes: Uint32Array;
  /** Distinct values, UTF-8, concatenated. */
  readonly bytes: Uint8Array;
  /** Start of each distinct value in bytes, plus the end: length = values + 1. */
  readonly offsets: Uint32Array;
}

/**
 * Breach ids as a store: an id `YYYY-MM-DD-rest` (how the merge names breaches) keeps its date as
 * a day number (Uint16, 0 = the id has no such date prefix, so `rest` is the whole id) and the
 * rest in a TextColumn, where the same stem repeats across days and duplicates (`-2`, `-3`).
 */
export interface IdColumn {
  readonly day: Uint16Array;
  readonly rest: TextColumn;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Builds the store of the given values (row order kept; distinct values in first-seen order). */
export function encodeTextColumn(values: readonly string[]): TextColumn {
  const codes = new Uint32Array(values.length);
  const builder = new TextStoreBuilder();
  for (let i = 0; i < values.length; i += 1) codes[i] = builder.addUnique(values[i]!);
  return { codes, ...builder.finish() };
}

/**
 * Appends values to a growing UTF-8 store. `addUnique` keeps each distinct value once, found by
 * a hash of its bytes in typed arrays (no Map of a million strings for the collector to trace).
 */
export class TextStoreBuilder {
  private bytes = new Uint8Array(1024);
  private used = 0;
  private offsets = new Uint32Array(1024);
  private count = 0;
  /** Open addressing: slot → code + 1 (0 = empty). */
  private slots = new Int32Array(0);
  private hashes = new Uint32Array(0);
  /** End of the value written last (write), made part of the store by commit. */
  private written = 0;

  /** Adds a value; returns its index. */
  add(value: string): number {
    this.write(value);
    return this.commit();
  }

  /**
   * The index of an equal value added with addUnique before, else adds it. `from`: the value is
   * `value` from that character on (no substring made).
   */
  addUnique(value: string, from = 0): number {
    if (this.slots.length === 0) {
      this.slots = new Int32Array(1024);
      this.hashes = new Uint32Array(1024);
    }
    const end = this.write(value, from);
    const start = this.used;
    let h = 0x811c9dc5;
    for (let b = start; b < end; b += 1) h = Math.imul(h ^ this.bytes[b]!, 0x01000193);
    h >>>= 0;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        const code = this.commit();
        if (code >= this.hashes.length) {
          const grown = new Uint32Array(this.hashes.length * 2);
          grown.set(this.hashes);
          this.hashes = grown;
        }
        this.hashes[code] = h;
        this.slots[slot] = code + 1;
        if ((code + 1) * 2 > this.slots.length) this.rehash();
        return code;
      }
      const code = held - 1;
      if (this.hashes[code] === h && this.equals(code, start, end)) return code;
    }
  }

  finish(): { bytes: Uint8Array; offsets: Uint32Array } {
    return {
      bytes: this.bytes.slice(0, this.used),
      offsets: this.offsets.slice(0, this.count + 1),
    };
  }

  /** Writes a value's UTF-8 (from character `from` on) after the store, not yet part of it; returns where it ends. */
  private write(value: string, from = 0): number {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const need = this.used + (value.length - from) * 3;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    // ASCII is copied code by code (most names); anything else goes through the encoder.
    const bytes = this.bytes;
    const start = this.used;
    let at = start;
    for (let c = from; c < value.length; c += 1) {
      const code = value.charCodeAt(c);
      if (code >= 0x80) {
        const text = from === 0 ? value : value.slice(from);
        at = start + encoder.encodeInto(text, bytes.subarray(start)).written;
        break;
      }
      bytes[at] = code;
      at += 1;
    }
    this.written = at;
    return at;
  }

  /** Makes the value just written part of the store. */
  private commit(): number {
    const end = this.written;
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.count += 1;
    this.offsets[this.count] = end;
    this.used = end;
    return this.count - 1;
  }

  private equals(code: number, start: number, end: number): boolean {
    const from = this.offsets[code]!;
    if (this.offsets[code + 1]! - from !== end - start) return false;
    const bytes = this.bytes;
    for (let j = 0; j < end - start; j += 1) if (bytes[from + j] !== bytes[start + j]) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.count; code += 1) {
      let slot = this.hashes[code]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }
}

/** Number of distinct values in a column's store. */
export function textValueCount(column: TextColumn): number {
  return column.offsets.length - 1;
}

/** Distinct value k of a store. */
export function textValue(column: TextColumn, k: number): string {
  const start = column.offsets[k];
  const end = column.offsets[k + 1];
  if (start === undefined || end === undefined) return '';
  return decoder.decode(column.bytes.subarray(start, end));
}

/** Row i's value. */
export function textAt(column: TextColumn, i: number): string {
  const code = column.codes[i];
  return code === undefined ? '' : textValue(column, code);
}

const decoded = new WeakMap<TextColumn, readonly string[]>();

/**
 * Every distinct value as a string, decoded once per column and kept while the column lives: for
 * passes that read many rows (sorting by name, CSV downloads, search); single reads use textAt.
 */
export function textValues(column: TextColumn): readonly string[] {
  const cached = decoded.get(column);
  if (cached !== undefined) return cached;
  // One decode of the whole store, then cut at character offsets (ASCII: byte = character).
  const all = decoder.decode(column.bytes);
  const count = textValueCount(column);
  const values = new Array<string>(count);
  if (all.length === column.bytes.length) {
    for (let k = 0; k < count; k += 1)
      values[k] = all.slice(column.offsets[k]!, column.offsets[k + 1]!);
  } else {
    for (let k = 0; k < count; k += 1) values[k] = textValue(column, k);
  }
  decoded.set(column, values);
  return values;
}

/** Every row's value, in row order (for tests and small tables). */
export function textRows(column: TextColumn): string[] {
  const values = textValues(column);
  return Array.from(column.codes, (code) => values[code] ?? '');
}

/** Index of a distinct value in the store, or -1 (compares bytes: no string is built). */
export function findTextValue(column: TextColumn, value: string): number {
  const wanted = encoder.encode(value);
  const { bytes, offsets } = column;
  const count = textValueCount(column);
  outer: for (let k = 0; k < count; k += 1) {
    const start = offsets[k]!;
    if (offsets[k + 1]! - start !== wanted.length) continue;
    for (let j = 0; j < wanted.length; j += 1) if (bytes[start + j] !== wanted[j]) continue outer;
    return k;
  }
  return -1;
}

const DATED = /^(\d{4}-\d{2}-\d{2})-/;

const idDays = new Map<string, number>();

/** The day an id's `YYYY-MM-DD-` prefix names (1 … 65535), or 0 when it has none that round-trips. */
function idDay(id: string): number {
  // Ids share a few thousand dates: each prefix is checked once.
  if (id.charCodeAt(10) !== 45 || id.charCodeAt(4) !== 45 || id.charCodeAt(7) !== 45) return 0;
  const prefix = id.slice(0, 10);
  const known = idDays.get(prefix);
  if (known !== undefined) return known;
  const m = DATED.exec(id);
  const day = m ? parseIsoDay(m[1]!) : null;
  const value = day === null || day < 1 || day > 65535 || formatIsoDay(day) !== prefix ? 0 : day;
  if (idDays.size > 100_000) idDays.clear();
  idDays.set(prefix, value);
  return value;
}

export function encodeIdColumn(ids: readonly string[]): IdColumn {
  const day = new Uint16Array(ids.length);
  const codes = new Uint32Array(ids.length);
  const builder = new TextStoreBuilder();
  // Ids come sorted by date more often than not: a row sharing the previous row's `YYYY-MM-DD-`
  // has its day (idDay reads only that prefix).
  let prefix = '';
  let prefixDay = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i]!;
    let d: number;
    if (prefix !== '' && id.startsWith(prefix)) d = prefixDay;
    else {
      d = idDay(id);
      prefix = d === 0 ? '' : id.slice(0, 11);
      prefixDay = d;
    }
    day[i] = d;
    codes[i] = builder.addUnique(id, d === 0 ? 0 : 11);
  }
  return { day, rest: { codes, ...builder.finish() } };
}

/** Row i's id. */
export function idAt(column: IdColumn, i: number): string {
  const d = column.day[i] ?? 0;
  const rest = textAt(column.rest, i);
  return d === 0 ? rest : `${formatIsoDay(d)}-${rest}`;
}

/** Every row's id, in row order (for tests and small tables). */
export function idRows(column: IdColumn): string[] {
  const rests = textValues(column.rest);
  return Array.from(column.day, (d, i) => {
    const rest = rests[column.rest.codes[i]!] ?? '';
    return d === 0 ? rest : `${formatIsoDay(d)}-${rest}`;
  });
}

/** The first row whose id is `id`, or -1: a scan of two typed arrays, no string per row. */
export function findId(column: IdColumn, id: string): number {
  const d = idDay(id);
  const code = findTextValue(column.rest, d === 0 ? id : id.slice(11));
  if (code < 0) return -1;
  const { day } = column;
  const codes = column.rest.codes;
  for (let i = 0; i < day.length; i += 1) if (codes[i] === code && day[i] === d) return i;
  return -1;
}

/**
 * A lookup of many ids: rows chained by their rest code (8 bytes per row, built once), so each
 * lookup is a scan of the distinct stems plus a walk over the rows sharing one.
 */
export function idFinder(column: IdColumn): (id: string) => number {
  const codes = column.rest.codes;
  const head = new Int32Array(textValueCount(column.rest)).fill(-1);
  const next = new Int32Array(codes.length);
  for (let i = codes.length - 1; i >= 0; i -= 1) {
    next[i] = head[codes[i]!]!;
    head[codes[i]!] = i;
  }
  return (id) => {
    const d = idDay(id);
    const code = findTextValue(column.rest, d === 0 ? id : id.slice(11));
    for (let i = code < 0 ? -1 : head[code]!; i >= 0; i = next[i]!)
      if (column.day[i] === d) return i;
    return -1;
  };
}
