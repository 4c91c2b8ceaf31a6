import { parseCount } from '../read/parseCount';
import { parseIsoDay } from '../dates/parseIsoDay';
import type { Issue } from '../schema/types';
import { makeIssue } from '../schema/makeIssue';
import { isBlankRow } from '../read/isBlankRow';

/** One sighting of a breach: the count one snapshot showed. */
export interface CountSighting {
  /** Snapshot id, e.g. "investigation-2024-11-06". */
  snapshot: string;
  /** ISO date the snapshot represents. */
  date: string;
  /** Null when that export left the count empty; never NaN. */
  individuals: number | null;
}

/** Sightings per breach id, oldest first. */
export type CountHistory = Map<string, CountSighting[]>;

export type ParseCountHistoryResult =
  { ok: true; history: CountHistory; issues: Issue[] } | { ok: false; issues: Issue[] };

export const COUNT_HISTORY_COLUMNS = ['id', 'snapshot', 'snapshot_date', 'individuals'] as const;

/**
 * Validates the rows of count-history.csv as papaparse returns them (`string[][]`, header first).
 * A wrong header makes the file unusable (ok: false): guessing which column is which could show a
 * count under the wrong date. A bad row is skipped with an error naming file, row (header = row 1)
 * and field, so one damaged line costs one sighting, not the whole history.
 */
export function parseCountHistory(
  rows: readonly (readonly string[])[],
  file: string,
): ParseCountHistoryResult {
  const header = rows[0];
  if (header === undefined || rows.every(isBlankRow)) {
    return {
      ok: false,
      issues: [makeIssue(file, null, null, 'error', 'empty-file', `${file}: empty file`)],
    };
  }
  const got = header.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  if (
    got.length !== COUNT_HISTORY_COLUMNS.length ||
    got.some((cell, i) => cell !== COUNT_HISTORY_COLUMNS[i])
  ) {
    const message = `${file}: header is "${got.join(',')}", expected "${COUNT_HISTORY_COLUMNS.join(',')}"`;
    return { ok: false, issues: [makeIssue(file, 1, null, 'error', 'bad-header', message)] };
  }

  const issues: Issue[] = [];
  const history: CountHistory = new Map();
  // Same id and snapshot twice would draw a change that never happened.
  const seen = new Set<string>();
  for (let index = 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const row = index + 1;
    const skip = (field: string | null, code: string, what: string) =>
      issues.push(
        makeIssue(file, row, field, 'error', code, `${file} row ${row}: ${what}; row skipped`),
      );
    if (isBlankRow(cells)) continue;
    if (cells.length !== COUNT_HISTORY_COLUMNS.length) {
      skip(
        null,
        'column-count',
        `has ${cells.length} fields, expected ${COUNT_HISTORY_COLUMNS.length}`,
      );
      continue;
    }
    const [id, snapshot, date, rawCount] = cells.map((c) => c.trim()) as [
      string,
      string,
      string,
      string,
    ];
    if (id === '') {
      skip('id', 'empty-id', 'id is empty');
      continue;
    }
    if (snapshot === '') {
      skip('snapshot', 'empty-snapshot', 'snapshot is empty');
      continue;
    }
    if (parseIsoDay(date) === null) {
      skip(
        'snapshot_date',
        'bad-date',
        `snapshot_date "${date}" is not a date (expected YYYY-MM-DD)`,
      );
      continue;
    }
    const count = parseCount(rawCount);
    if (!count.ok) {
      skip('individuals', 'bad-count', `individuals "${rawCount}" ${count.reason}`);
      continue;
    }
    const key = `${id}\u0000${snapshot}`;
    if (seen.has(key)) {
      skip(
        'snapshot',
        'duplicate-sighting',
        `breach "${id}" already has a count for snapshot "${snapshot}"`,
      );
      continue;
    }
    seen.add(key);
    const list = history.get(id);
    const sighting: CountSighting = { snapshot, date, individuals: count.value };
    if (list) list.push(sighting);
    else history.set(id, [sighting]);
  }
  // The file is grouped by breach, not ordered by date; a history reads oldest first.
  // Same-day snapshots keep file order (Array.prototype.sort is stable).
  for (const list of history.values())
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, history, issues };
}
