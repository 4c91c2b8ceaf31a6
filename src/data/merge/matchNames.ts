import type { BreachTable } from '../table/BreachTable';

/** Every name of a table lower-cased and joined by NUL, with each name's start offset. */
interface NameIndex {
  haystack: string;
  starts: Int32Array;
}

const SEPARATOR = '\u0000';
const indexes = new WeakMap<BreachTable, NameIndex>();
/** Last search per table: a filter change elsewhere re-runs the clause without re-searching. */
const lastSearch = new WeakMap<BreachTable, { needle: string; match: Uint8Array }>();

/**
 * 1 for each row whose name contains `text` case-insensitively (both sides lower-cased with
 * toLowerCase; the text is trimmed), or null when the text is blank (no filter). The first
 * search builds one lower-cased string of all names (kept per table, ~1 byte per character for
 * Latin text), so each search is a run of native indexOf calls instead of a million tests.
 */
export function matchNames(table: BreachTable, text: string): Uint8Array | null {
  const needle = text.trim().toLowerCase();
  if (needle === '') return null;
  const last = lastSearch.get(table);
  if (last !== undefined && last.needle === needle) return last.match;

  const n = table.length;
  const match = new Uint8Array(n);
  if (needle.includes(SEPARATOR)) {
    for (let i = 0; i < n; i += 1) if (table.name[i]!.toLowerCase().includes(needle)) match[i] = 1;
  } else {
    const { haystack, starts } = nameIndex(table);
    let row = 0;
    let at = haystack.indexOf(needle);
    while (at !== -1) {
      while (row + 1 < n && starts[row + 1]! <= at) row += 1;
      match[row] = 1;
      if (row + 1 >= n) break;
      at = haystack.indexOf(needle, starts[row + 1]!);
    }
  }
  lastSearch.set(table, { needle, match });
  return match;
}

function nameIndex(table: BreachTable): NameIndex {
  const cached = indexes.get(table);
  if (cached !== undefined) return cached;
  const names = table.name;
  const n = table.length;
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
  indexes.set(table, index);
  return index;
}
