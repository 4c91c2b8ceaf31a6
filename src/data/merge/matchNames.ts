import type { BreachTable } from '../table/BreachTable';
import { textValues, type TextColumn } from '../table/textColumn';

/** Every distinct name of a table lower-cased and joined by NUL, with each name's start offset. */
interface NameIndex {
  haystack: string;
  starts: Int32Array;
}

const SEPARATOR = '\u0000';
const indexes = new WeakMap<TextColumn, NameIndex>();
/** Last search per table: a filter change elsewhere re-runs the clause without re-searching. */
const lastSearch = new WeakMap<BreachTable, { needle: string; match: Uint8Array }>();

/**
 * 1 for each row whose name contains `text` case-insensitively (both sides lower-cased with
 * toLowerCase; the text is trimmed), or null when the text is blank (no filter). The first
 * search builds one lower-cased string of all distinct names (kept per table, ~1 byte per character for
 * Latin text), so each search is a run of native indexOf calls instead of a million tests.
 */
export function matchNames(table: BreachTable, text: string): Uint8Array | null {
  const needle = text.trim().toLowerCase();
  if (needle === '') return null;
  const last = lastSearch.get(table);
  if (last !== undefined && last.needle === needle) return last.match;

  // Names are searched once per distinct name (the table stores each once), then mapped to rows.
  const names = textValues(table.name);
  const count = names.length;
  const hit = new Uint8Array(count);
  if (needle.includes(SEPARATOR)) {
    for (let k = 0; k < count; k += 1) if (names[k]!.toLowerCase().includes(needle)) hit[k] = 1;
  } else {
    const { haystack, starts } = nameIndex(table.name, names);
    let k = 0;
    let at = haystack.indexOf(needle);
    while (at !== -1) {
      while (k + 1 < count && starts[k + 1]! <= at) k += 1;
      hit[k] = 1;
      if (k + 1 >= count) break;
      at = haystack.indexOf(needle, starts[k + 1]!);
    }
  }
  const n = table.length;
  const codes = table.name.codes;
  const match = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) match[i] = hit[codes[i]!]!;
  lastSearch.set(table, { needle, match });
  return match;
}

function nameIndex(column: TextColumn, names: readonly string[]): NameIndex {
  const cached = indexes.get(column);
  if (cached !== undefined) return cached;
  const n = names.length;
  const starts = new Int32Array(n);
  const joined = names.join(SEPARATOR);
  let haystack = joined.toLowerCase();
  let offset = 0;
  if (haystack.length === joined.length) {
    for (let i = 0; i < n; i += 1) {
      starts[i] = offset;
      offset += names[i]!.length + 1;
    }
  } else {
    // A few characters lower-case to two (İ → i̇): lower-case name by name to keep offsets right.
    const lower = names.map((name) => name.toLowerCase());
    for (let i = 0; i < n; i += 1) {
      starts[i] = offset;
      offset += lower[i]!.length + 1;
    }
    haystack = lower.join(SEPARATOR);
  }
  const index = { haystack, starts };
  indexes.set(column, index);
  return index;
}
