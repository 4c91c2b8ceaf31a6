import type { BreachTable, MultiColumn } from '../../data/table/BreachTable';
import { formatIsoDay } from '../../data/dates/formatIsoDay';
import { firstInOrder, largestBreaches } from '../../data/views/largestBreaches';
import { readyOrder, sortedOrder } from '../../data/table/sortedOrder';
import type { BreachStatus } from '../../data/schema/types';
import type { SortKey } from '../../state/viewState';
import { breachId, breachName, rowOfId as findRow } from '../../data/table/breachText';

/** Everything the table knows about one breach, ready to render as text. */
export interface BreachFacts {
  /** Row index in the table. */
  row: number;
  id: string;
  /** Literal entity name: render as text only (it may start with = + - @ or hold markup). */
  name: string;
  /** Two-letter code, or null when the file left it empty. */
  state: string | null;
  entityType: string | null;
  /** ISO date the report reached HHS. */
  submitted: string;
  /** Null when the count is unknown (never 0 standing in for unknown). */
  individualsValue: number | null;
  /** Formatted count, '—' when unknown. */
  individuals: string;
  breachTypes: string[];
  locations: string[];
  /** 'Yes', 'No' or null (unknown). */
  businessAssociate: string | null;
  status: BreachStatus;
  /** Latest count is exactly 500 or 501, OCR's usual stand-in before a real count. */
  placeholder: boolean;
  webDescription: boolean;
  /** ISO snapshot dates; null when unknown. */
  firstSeen: string | null;
  lastSeen: string | null;
  seenIn: number;
}

export interface LargestTableModel {
  rows: BreachFacts[];
  /** Breaches that meet the clauses. */
  total: number;
  /** 1-based page actually shown (the asked-for page clamped to 1…pageCount). */
  page: number;
  /** At least 1, so "Page 1 of 1" reads right for an empty result. */
  pageCount: number;
}

export interface LargestTableInput {
  table: BreachTable;
  /** Row indices that meet every clause (selectRows(table, views.clauses)). */
  rows: Uint32Array;
  sort: SortKey;
  /** Desc = largest / newest / Z first. */
  sortDesc: boolean;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/**
 * Rows per page. Ten: a filter change rewrites every row, and the browser lays a table out whole —
 * at 4× CPU (a school laptop) 25 changed rows took ~55 ms to lay out and paint, 10 take ~27 ms —
 * and ten rows fit a projector's screen without scrolling.
 */
export const PAGE_SIZE = 10;
export const UNKNOWN = '—';

const countFormat = new Intl.NumberFormat('en-US');

/** One page of the largest-breaches table. Pure: the same input gives the same page. */
export function largestTableModel({
  table,
  rows,
  sort,
  sortDesc,
  page,
  pageSize,
}: LargestTableInput): LargestTableModel {
  const size = Math.max(1, Math.floor(pageSize));
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(pageCount, Math.max(1, Number.isFinite(page) ? Math.floor(page) : 1));
  const start = (shown - 1) * size;
  const ordered = sortedRows(table, rows, sort, sortDesc, Math.min(total, start + size));
  const out: BreachFacts[] = [];
  for (let k = start; k < ordered.length; k += 1) out.push(breachFacts(table, ordered[k]!));
  return { rows: out, total, page: shown, pageCount };
}

/**
 * The first `n` of `rows` in table order. Individuals, submitted and name go through
 * largestBreaches (the table's presorted order when many rows are selected, else a bounded heap);
 * state reads the presorted state order, or sorts the few selected rows here.
 */
export function sortedRows(
  table: BreachTable,
  rows: Uint32Array,
  sort: SortKey,
  desc: boolean,
  n: number,
): Uint32Array {
  const direction = desc ? 'desc' : 'asc';
  if (sort !== 'state') return largestBreaches(table, rows, n, { by: sort, direction });
  const limit = Math.max(0, Math.min(Math.floor(n), rows.length));
  // Many rows: read the presorted state order (same order as byState) when ready, else sort.
  const order = rows.length * 16 >= table.length ? readyOrder(table, 'state', desc) : null;
  if (limit > 0 && order !== null) return firstInOrder(order, rows, table.length, limit);
  return byState(table, rows, desc).subarray(0, limit);
}

/**
 * Builds the table's presorted order for a sort ahead of the clicks that read it (a no-op for
 * name, and cheap once built): the explorer calls it in idle time.
 */
export function prepareOrder(table: BreachTable, sort: SortKey, desc: boolean): void {
  if (sort !== 'name') sortedOrder(table, sort, desc);
}

/**
 * By state code (A→Z, or Z→A when desc), then largest known count first within a state; a breach
 * without a state, like one without a count, goes last either way: it is not an extreme. Ties keep
 * row order so pages never shuffle between renders.
 */
function byState(table: BreachTable, rows: Uint32Array, desc: boolean): Uint32Array {
  const { codes, keys } = table.state;
  // Rank each code once: keys are sorted, so the code order is the alphabetical order.
  const rank = new Int32Array(keys.length);
  for (let c = 0; c < keys.length; c += 1) rank[c] = desc ? -c : c;
  const noState = keys.indexOf('');
  const { individuals, hasCount } = table;
  return Uint32Array.from(rows).sort((a, b) => {
    const ca = codes[a]!;
    const cb = codes[b]!;
    const missing = Number(ca === noState) - Number(cb === noState);
    return (
      missing ||
      rank[ca]! - rank[cb]! ||
      hasCount[b]! - hasCount[a]! ||
      individuals[b]! - individuals[a]! ||
      a - b
    );
  });
}

/** The facts of one row; also what the details panel shows. */
export function breachFacts(table: BreachTable, row: number): BreachFacts {
  const known = table.hasCount[row] === 1;
  const value = table.individuals[row]!;
  const stateKey = table.state.keys[table.state.codes[row]!] ?? '';
  const entityKey = table.entityType.keys[table.entityType.codes[row]!] ?? '';
  const baKey = table.businessAssociate.keys[table.businessAssociate.codes[row]!] ?? '';
  const firstSeen = table.firstSeen[row]!;
  const lastSeen = table.lastSeen[row]!;
  return {
    row,
    id: breachId(table, row),
    name: breachName(table, row),
    state: stateKey === '' ? null : stateKey,
    entityType: entityKey === '' ? null : entityKey,
    submitted: formatIsoDay(table.day[row]!),
    individualsValue: known ? value : null,
    individuals: known ? countFormat.format(value) : UNKNOWN,
    breachTypes: namedValues(table.breachTypes, row),
    locations: namedValues(table.locations, row),
    businessAssociate: baKey === '' ? null : baKey,
    status: (table.status.keys[table.status.codes[row]!] ?? 'archived') as BreachStatus,
    placeholder: table.placeholder[row] === 1,
    webDescription: table.webDescription[row] === 1,
    firstSeen: firstSeen === 0 ? null : formatIsoDay(firstSeen),
    lastSeen: lastSeen === 0 ? null : formatIsoDay(lastSeen),
    seenIn: table.seenIn[row]!,
  };
}

/** Row index of a breach id, or null; a linear scan, run once per opened breach. */
export function rowOfId(table: BreachTable, id: string): number | null {
  const row = findRow(table, id);
  return row < 0 ? null : row;
}

/** Values a multi-valued row names, in dictionary order; the '' bit ("none given") is left out. */
function namedValues(column: MultiColumn, row: number): string[] {
  const mask = column.masks[row]!;
  const out: string[] = [];
  for (let b = 0; b < column.keys.length; b += 1) {
    const key = column.keys[b]!;
    if (key !== '' && (mask >>> b) & 1) out.push(key);
  }
  return out;
}

/** "7,508 breaches" / "1 breach". */
export function countLabel(total: number): string {
  return `${countFormat.format(total)} ${total === 1 ? 'breach' : 'breaches'}`;
}
