import type { Issue } from '../schema/types';
import { isBlankRow } from '../read/isBlankRow';
import { makeIssue } from '../schema/makeIssue';

/** One data record of a checked CSV, with typed readers that log an issue instead of guessing. */
export interface CsvRecord {
  /** 1-based record number: header = row 1. */
  row: number;
  /** Trimmed text of a column ('' when empty). */
  text: (field: string) => string;
}

export type CsvTableResult =
  { ok: true; records: CsvRecord[]; issues: Issue[] } | { ok: false; records: []; issues: Issue[] };

/**
 * Checks the header of a workforce CSV (rows as papaparse returns them, header first) and hands
 * back its data records. The header must match exactly and in order: a renamed or moved column
 * could put a pay figure under the wrong heading, so it makes the file unusable rather than
 * being guessed. A record with the wrong number of cells is skipped with an error naming it.
 */
export function readCsvTable(
  rows: readonly (readonly string[])[],
  file: string,
  columns: readonly string[],
): CsvTableResult {
  const header = rows[0];
  if (header === undefined || rows.every(isBlankRow)) {
    return {
      ok: false,
      records: [],
      issues: [makeIssue(file, null, null, 'error', 'empty-file', `${file}: empty file`)],
    };
  }
  const got = header.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  if (got.length !== columns.length || got.some((cell, i) => cell !== columns[i])) {
    const message = `${file}: header is "${got.join(',')}", expected "${columns.join(',')}"`;
    return {
      ok: false,
      records: [],
      issues: [makeIssue(file, 1, null, 'error', 'bad-header', message)],
    };
  }
  const index = new Map(columns.map((c, i) => [c, i]));
  const issues: Issue[] = [];
  const records: CsvRecord[] = [];
  for (let i = 1; i < rows.length; i += 1) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    if (isBlankRow(cells)) continue;
    if (cells.length !== columns.length) {
      issues.push(
        makeIssue(
          file,
          row,
          null,
          'error',
          'column-count',
          `${file} row ${row}: has ${cells.length} fields, expected ${columns.length}; row skipped`,
        ),
      );
      continue;
    }
    records.push({
      row,
      text: (field) => {
        const at = index.get(field);
        if (at === undefined) throw new Error(`readCsvTable: ${file} has no column ${field}`);
        return (cells[at] ?? '').trim();
      },
    });
  }
  return { ok: true, records, issues };
}
