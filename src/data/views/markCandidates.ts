import type { BreachTable } from '../table/BreachTable';
import { categoryColumn } from '../table/categoryColumn';
import { lookupCodes, type LookupField } from '../table/lookupCodes';
import type { FilterClause } from './FilterClause';
import { markClauseFailures } from './markClauseFailures';

/** Rows that some view may count, ascending, with their failure bits. */
export interface Candidates {
  rows: Uint32Array;
  fail: Uint32Array;
  length: number;
}

interface Lookup {
  codes: Uint16Array;
  /** Bits to set per code: the OR of the bits of every clause that rejects it. */
  reject: Uint32Array;
}

/**
 * Evaluates the clauses (clause c sets bits[c] on the rows it rejects, as markClauseFailures) and
 * keeps the candidates: rows rejected by no source, or by exactly one bit of `owned` (a row
 * rejected by two sources, or by one that no view ignores, counts nowhere). Clauses on year,
 * month and the categorical fields become per-code lookup tables (one OR of bits per year, month
 * or code, over Uint16 code columns), and up to three fields are looked up in the same pass that
 * keeps the candidates: one pass over the rows for the usual filters, instead of a
 * read-modify-write pass per clause and one more to collect (each further field adds a pass).
 * Other clauses (day, count, name search) are marked first by their own kernels. `fail` and
 * `rows` are scratch of table length.
 */
export function markCandidates(
  table: BreachTable,
  clauses: readonly FilterClause[],
  bits: readonly number[],
  owned: number,
  fail: Uint32Array,
  rows: Uint32Array,
): Candidates {
  const n = table.length;
  const lookups = new Map<LookupField, Lookup>();
  const rest = bits.map(() => 0);
  clauses.forEach((clause, c) => {
    const bit = bits[c] ?? 0;
    if (bit === 0) return;
    const field: LookupField | null =
      clause.kind === 'in'
        ? clause.field
        : clause.kind === 'range' && (clause.field === 'year' || clause.field === 'month')
          ? clause.field
          : null;
    const codes = field === null ? null : lookupCodes(table, field);
    if (field === null || codes === null) {
      rest[c] = bit;
      return;
    }
    let lookup = lookups.get(field);
    if (!lookup) {
      lookup = { codes: codes.codes, reject: new Uint32Array(codes.size) };
      lookups.set(field, lookup);
    }
    const { reject } = lookup;
    if (clause.kind === 'range') {
      // Values are integers: v >= lo and v <= hi is the clause for any real, infinite or NaN bound.
      for (let k = 0; k < codes.size; k += 1) {
        const v = codes.first + k;
        if (!(v >= clause.lo && v <= clause.hi)) reject[k] = reject[k]! | bit;
      }
    } else if (clause.kind === 'in') {
      const keys = categoryColumn(table, clause.field).keys;
      const chosen = new Uint8Array(keys.length);
      let selected = 0;
      for (const value of clause.values) {
        const b = keys.indexOf(value);
        if (b >= 0) {
          chosen[b] = 1;
          selected |= 1 << b;
        }
      }
      const { masks } = codes;
      for (let k = 0; k < codes.size; k += 1) {
        const hit = masks === null ? chosen[k] === 1 : (masks[k]! & selected) !== 0;
        if (!hit) reject[k] = reject[k]! | bit;
      }
    }
  });
  fail.fill(0);
  if (rest.some((b) => b !== 0)) markClauseFailures(table, clauses, rest, fail);
  const list = [...lookups.values()];
  if (list.length === 0)
    list.push({ codes: lookupCodes(table, 'placeholder')!.codes, reject: new Uint32Array(2) });
  // Up to three looked-up fields are applied while keeping the candidates; any more are ORed
  // into fail first.
  while (list.length > 3) orLookup(fail, n, list.pop()!);
  return { rows, fail, length: keepLookups(fail, n, pad(list), owned, rows) };
}

/** Three lookups, a missing one standing in as a table of zeros over the first one's codes. */
function pad(list: Lookup[]): [Lookup, Lookup, Lookup] {
  const first = list[0]!;
  const none = { codes: first.codes, reject: new Uint32Array(first.reject.length) };
  return [first, list[1] ?? none, list[2] ?? none];
}

/** ORs one lookup's bits into fail (fields beyond the three the keeping pass looks up; rare). */
function orLookup(fail: Uint32Array, n: number, { codes, reject }: Lookup): void {
  for (let i = 0; i < n; i += 1) fail[i] = fail[i]! | reject[codes[i]!]!;
}

// In the loop below, x is 0 exactly for a candidate: (f & ~owned) keeps failures no view
// ignores, (f & (f - 1)) is non-zero when two bits are set; 1 - ((x | -x) >>> 31) is then 1 or 0.
// Each row is written, and the count advances past candidates only (branch-free); fail[k] with
// k <= i is already read, so the kept failure bits go back into fail.

function keepLookups(
  fail: Uint32Array,
  n: number,
  [a, b, c]: [Lookup, Lookup, Lookup],
  owned: number,
  rows: Uint32Array,
): number {
  const ca = a.codes;
  const ra = a.reject;
  const cb = b.codes;
  const rb = b.reject;
  const cc = c.codes;
  const rc = c.reject;
  const others = ~owned;
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const f = fail[i]! | ra[ca[i]!]! | rb[cb[i]!]! | rc[cc[i]!]!;
    const x = (f & others) | (f & (f - 1));
    rows[k] = i;
    fail[k] = f;
    k += 1 - ((x | -x) >>> 31);
  }
  return k;
}
