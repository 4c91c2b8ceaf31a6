import type { BreachTable } from '../table/BreachTable';
import { aggregateGroup } from './aggregateGroup';
import { countByCategory, type CategoryCount, type CategoryField } from './countByCategory';
import type { FilterClause } from './FilterClause';
import { largestBreaches, type BreachSort } from './largestBreaches';
import { markCandidates, type Candidates } from './markCandidates';
import { markClauseFailures } from './markClauseFailures';
import { rollupByMonth, type MonthRollup } from './rollupByMonth';
import { rollupByYear, type YearRollup } from './rollupByYear';
import { summarise, type Summary } from './summarise';

/** What one chart shows; `source` is the id its own clauses carry. */
export type ViewSpec =
  | { source: string; kind: 'byYear' }
  | { source: string; kind: 'byMonth' }
  | { source: string; kind: 'byCategory'; field: CategoryField }
  | { source: string; kind: 'summary' }
  | { source: string; kind: 'largest'; n: number; sort: BreachSort }
  /** The row indices themselves (ascending), e.g. for a table that pages through them. */
  | { source: string; kind: 'rows' };

export type ViewResult =
  | { source: string; kind: 'byYear'; rows: number; value: YearRollup[] }
  | { source: string; kind: 'byMonth'; rows: number; value: MonthRollup[] }
  | { source: string; kind: 'byCategory'; rows: number; value: CategoryCount[] }
  | { source: string; kind: 'summary'; rows: number; value: Summary }
  | { source: string; kind: 'largest'; rows: number; value: Uint32Array }
  | { source: string; kind: 'rows'; rows: number; value: Uint32Array };

/** Views whose sources get their own failure bit; bit 0 is shared by all other sources. */
const MAX_OWN_BITS = 30;

/** Reused per table so a filter change allocates no large buffers. */
const scratch = new WeakMap<
  BreachTable,
  { fail: Uint32Array; rows: Uint32Array; candidates: Uint32Array }
>();

/**
 * Crossfilter: each view's aggregate under every clause except those of its own source (so a
 * brushed chart keeps showing the whole axis), in a few tight passes instead of one full filter
 * per view:
 *   1. one pass per clause over its column ORs a bit into fail[i]: the bit of the clause's source
 *      when a view owns that source, else the shared bit 0 — so fail[i] says which sources reject i;
 *   2. per distinct view source, one pass collects rows with fail[i] === 0 or === its bit (rejected
 *      by nobody but itself) into a reused index buffer;
 *   3. the same aggregation functions as when called directly run over those rows.
 * A view that no clause applies to (none, or only its own source's) shows the whole table: that
 * result is computed once per table and view and then shared, so clearing every filter, or the
 * brushed chart's own view, costs nothing. Treat results as read-only.
 * Results equal selectRows(table, clauses, { except: view.source }) + the aggregation, and are
 * returned in the order of `views` (`rows` = how many rows the view aggregated).
 */
export function computeViews(
  table: BreachTable,
  clauses: readonly FilterClause[],
  views: readonly ViewSpec[],
): ViewResult[] {
  let cache = unfiltered.get(table);
  if (!cache) {
    cache = new Map();
    unfiltered.set(table, cache);
  }
  const results: (ViewResult | undefined)[] = [];
  const todo: number[] = [];
  const keys = views.map((view, i) => {
    // A view that no clause applies to shows the whole table: computed once, then shared.
    const key = clauses.every((c) => c.source === view.source) ? unfilteredKey(view) : null;
    const hit = key === null ? undefined : cache.get(key);
    if (hit) results[i] = { ...hit, source: view.source } as ViewResult;
    else todo.push(i);
    return key;
  });
  if (todo.length === 0) return results as ViewResult[];
  const computed = computeFiltered(
    table,
    clauses,
    todo.map((i) => views[i]!),
  );
  todo.forEach((i, j) => {
    const result = computed[j]!;
    results[i] = result;
    const key = keys[i];
    if (key !== null && key !== undefined) cache.set(key, result);
  });
  return results as ViewResult[];
}

/** Per table: each view's result over the whole table, by what the view computes. */
const unfiltered = new WeakMap<BreachTable, Map<string, ViewResult>>();

function unfilteredKey(view: ViewSpec): string {
  const { source: _source, ...what } = view;
  return JSON.stringify(what);
}

function computeFiltered(
  table: BreachTable,
  clauses: readonly FilterClause[],
  views: readonly ViewSpec[],
): ViewResult[] {
  const n = table.length;
  const clauseSources = new Set(clauses.map((c) => c.source));
  const bitOf = new Map<string, number>();
  for (const view of views) {
    if (clauseSources.has(view.source) && !bitOf.has(view.source) && bitOf.size < MAX_OWN_BITS) {
      bitOf.set(view.source, 1 << (bitOf.size + 1));
    }
  }
  let buffers = scratch.get(table);
  if (buffers === undefined) {
    buffers = {
      fail: new Uint32Array(n),
      rows: new Uint32Array(n),
      candidates: new Uint32Array(n),
    };
    scratch.set(table, buffers);
  }
  const { fail, rows: rowBuffer } = buffers;
  let owned = 0;
  for (const bit of bitOf.values()) owned |= bit;
  // One pass (for the usual filters) marks the clauses and keeps the rows some view can count;
  // each source then collects its rows from those, not from the whole table.
  const candidates = markCandidates(
    table,
    clauses,
    clauses.map((c) => bitOf.get(c.source) ?? 1),
    owned,
    fail,
    buffers.candidates,
  );

  const results: ViewResult[] = [];
  // Views sharing a source share their rows; rows are collected for one source at a time.
  const keys = views.map((v) => viewKey(v, clauseSources, bitOf));
  const order = views
    .map((_, i) => i)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && keys[order[end]!] === keys[order[start]!]) end += 1;
    const group = order.slice(start, end);
    const first = views[group[0]!]!;
    const rows = collectRows(first, clauses, clauseSources, bitOf, candidates, rowBuffer, table);
    // The group's rollups, breakdowns and summary in one loop over its rows; the rest alone.
    const values = aggregateGroup(
      table,
      group.map((i) => views[i]!),
      rows,
    );
    group.forEach((index, g) => {
      const view = views[index]!;
      const value = values[g];
      results[index] =
        value === undefined
          ? aggregate(table, view, rows)
          : ({ source: view.source, kind: view.kind, rows: rows.length, value } as ViewResult);
    });
    start = end;
  }
  return results;
}

/** Views without clauses of their own all see the same rows (every clause applies). */
function viewKey(
  view: ViewSpec,
  clauseSources: ReadonlySet<string>,
  bitOf: ReadonlyMap<string, number>,
): string {
  if (!clauseSources.has(view.source)) return '';
  return bitOf.has(view.source) ? `bit:${view.source}` : `slow:${view.source}`;
}

function collectRows(
  view: ViewSpec,
  clauses: readonly FilterClause[],
  clauseSources: ReadonlySet<string>,
  bitOf: ReadonlyMap<string, number>,
  candidates: Candidates,
  out: Uint32Array,
  table: BreachTable,
): Uint32Array {
  if (!clauseSources.has(view.source)) return collect(candidates, 0, out);
  const bit = bitOf.get(view.source);
  if (bit !== undefined) return collect(candidates, bit, out);
  // More than MAX_OWN_BITS filtered views (not expected in the dashboard): filter this one alone.
  const n = table.length;
  const own = new Uint32Array(n);
  markClauseFailures(
    table,
    clauses,
    clauses.map((c) => (c.source === view.source ? 0 : 1)),
    own,
  );
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) all[i] = i;
  return collect({ rows: all, fail: own, length: n }, 0, out);
}

/** Candidates whose failures are none or exactly `bit`, written into out; returns the filled part. */
function collect({ rows, fail, length }: Candidates, bit: number, out: Uint32Array): Uint32Array {
  // Branch-free: always write the row, advance only when no other source rejected it.
  const others = ~bit;
  let k = 0;
  for (let j = 0; j < length; j += 1) {
    const x = fail[j]! & others;
    out[k] = rows[j]!;
    k += 1 - ((x | -x) >>> 31);
  }
  return out.subarray(0, k);
}

function aggregate(table: BreachTable, view: ViewSpec, rows: Uint32Array): ViewResult {
  const { source } = view;
  switch (view.kind) {
    case 'byYear':
      return { source, kind: 'byYear', rows: rows.length, value: rollupByYear(table, rows) };
    case 'byMonth':
      return { source, kind: 'byMonth', rows: rows.length, value: rollupByMonth(table, rows) };
    case 'byCategory':
      return {
        source,
        kind: 'byCategory',
        rows: rows.length,
        value: countByCategory(table, rows, view.field),
      };
    case 'summary':
      return { source, kind: 'summary', rows: rows.length, value: summarise(table, rows) };
    case 'largest':
      return {
        source,
        kind: 'largest',
        rows: rows.length,
        value: largestBreaches(table, rows, view.n, view.sort),
      };
    case 'rows':
      // A copy: the collected rows live in a buffer the next call reuses.
      return { source, kind: 'rows', rows: rows.length, value: rows.slice() };
    default:
      throw new TypeError(
        `computeViews: unknown view kind ${String((view as { kind: unknown }).kind)}`,
      );
  }
}
