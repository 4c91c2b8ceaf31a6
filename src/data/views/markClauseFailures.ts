import type { BreachTable } from '../table/BreachTable';
import { categoryColumn } from '../table/categoryColumn';
import type { FilterClause } from './FilterClause';
import { matchNames } from '../merge/matchNames';

/** Bounds are clamped to ±LIMIT (well beyond any year, month or day value). */
const LIMIT = 2 ** 29;

/**
 * The filter kernel shared by selectRows and computeViews: for each clause c with bits[c] !== 0,
 * ORs bits[c] into fail[i] for every row i the clause rejects. Clauses are evaluated one column at
 * a time in tight, branch-free loops over typed arrays (no per-row closures or allocations);
 * the caller reads fail afterwards (0 = the row passed every clause). Bits must be below 2^31.
 */
export function markClauseFailures(
  table: BreachTable,
  clauses: readonly FilterClause[],
  bits: readonly number[],
  fail: Uint32Array,
): void {
  const n = table.length;
  clauses.forEach((clause, c) => {
    const bit = bits[c] ?? 0;
    if (bit === 0) return;
    switch (clause.kind) {
      case 'range': {
        if (clause.field === 'individuals') {
          // Counts can exceed int32: plain double comparisons (individuals is 0 where unknown).
          if (!(clause.lo <= clause.hi)) failAll(fail, n, bit);
          else markRangeF64(table.individuals, clause.lo, clause.hi, fail, bit, n);
          return;
        }
        const column =
          clause.field === 'year'
            ? table.year
            : clause.field === 'month'
              ? table.month
              : clause.field === 'day'
                ? table.day
                : null;
        if (column === null)
          throw new TypeError(`filter: range clause on unknown field ${String(clause.field)}`);
        // Values are integers well inside ±2^30: clamp the bounds there so the int32 arithmetic
        // of the kernels is exact (an infinite bound leaves that end open).
        const lo = Math.max(-LIMIT, Math.min(LIMIT, Math.ceil(clause.lo)));
        const hi = Math.max(-LIMIT, Math.min(LIMIT, Math.floor(clause.hi)));
        if (!(lo <= hi)) failAll(fail, n, bit);
        else if (column instanceof Int16Array) markRange16(column, lo, hi, fail, bit, n);
        else markRange32(column, lo, hi, fail, bit, n);
        return;
      }
      case 'in': {
        const view = categoryColumn(table, clause.field);
        if (view.multi) {
          let selected = 0;
          for (const value of clause.values) {
            const b = view.keys.indexOf(value);
            if (b >= 0) selected |= 1 << b;
          }
          markMask(view.masks, selected, fail, bit, n);
        } else {
          // reject[code] = the bit to set for a row with that code (0 when the code is selected).
          const reject = new Uint32Array(view.keys.length).fill(bit);
          for (const value of clause.values) {
            const code = view.keys.indexOf(value);
            if (code >= 0) reject[code] = 0;
          }
          if (view.codes instanceof Uint8Array) markCodes8(view.codes, reject, fail, n);
          else markCodes16(view.codes, reject, fail, n);
        }
        return;
      }
      case 'search': {
        const match = matchNames(table, clause.text);
        if (match !== null) markFlags(match, fail, bit, n);
        return;
      }
      default:
        throw new TypeError(
          `filter: unknown clause kind ${String((clause as { kind: unknown }).kind)}`,
        );
    }
  });
}

function failAll(fail: Uint32Array, n: number, bit: number): void {
  for (let i = 0; i < n; i += 1) fail[i] = fail[i]! | bit;
}

// The kernels below are branch-free (filters over shuffled data defeat branch prediction):
// x >> 31 is -1 when x is negative, else 0, so `bit & (x >> 31)` is bit exactly when x < 0.

function markRange16(
  column: Int16Array,
  lo: number,
  hi: number,
  fail: Uint32Array,
  bit: number,
  n: number,
): void {
  for (let i = 0; i < n; i += 1) {
    const v = column[i]!;
    fail[i] = fail[i]! | (bit & (((v - lo) | (hi - v)) >> 31));
  }
}

function markRange32(
  column: Int32Array,
  lo: number,
  hi: number,
  fail: Uint32Array,
  bit: number,
  n: number,
): void {
  for (let i = 0; i < n; i += 1) {
    const v = column[i]!;
    fail[i] = fail[i]! | (bit & (((v - lo) | (hi - v)) >> 31));
  }
}

function markRangeF64(
  column: Float64Array,
  lo: number,
  hi: number,
  fail: Uint32Array,
  bit: number,
  n: number,
): void {
  for (let i = 0; i < n; i += 1) {
    const v = column[i]!;
    fail[i] = fail[i]! | (v < lo || v > hi ? bit : 0);
  }
}

function markMask(
  masks: Uint32Array,
  selected: number,
  fail: Uint32Array,
  bit: number,
  n: number,
): void {
  for (let i = 0; i < n; i += 1) {
    const hit = masks[i]! & selected;
    // (hit | -hit) >> 31 is -1 when any selected bit is set; its complement is -1 when none is.
    fail[i] = fail[i]! | (bit & ~((hit | -hit) >> 31));
  }
}

function markCodes8(codes: Uint8Array, reject: Uint32Array, fail: Uint32Array, n: number): void {
  for (let i = 0; i < n; i += 1) fail[i] = fail[i]! | reject[codes[i]!]!;
}

function markCodes16(codes: Uint16Array, reject: Uint32Array, fail: Uint32Array, n: number): void {
  for (let i = 0; i < n; i += 1) fail[i] = fail[i]! | reject[codes[i]!]!;
}

function markFlags(match: Uint8Array, fail: Uint32Array, bit: number, n: number): void {
  // match[i] - 1 is 0 for a match and -1 otherwise.
  for (let i = 0; i < n; i += 1) fail[i] = fail[i]! | (bit & (match[i]! - 1));
}
