import {
  columnCountIssue,
  normaliseRecord,
  PORTAL_COLUMNS,
  quote,
  type NormaliseOptions,
} from './normaliseRecord';
import type { ExportRecord, Issue, ReadResult, SnapshotKind } from '../schema/types';
import { isBlankRow } from './isBlankRow';
import { makeIssue } from '../schema/makeIssue';

export interface ReadRowsOptions {
  /** Rows (0-based index into `rows`) the tokenizer could not close; they are reported and skipped. */
  brokenRows?: ReadonlyMap<number, string>;
  /**
   * Row number of rows[1] (default 2). A reader that streams a file in batches passes each batch
   * after the header row again, with the batch's own first row number, so messages name file rows.
   */
  firstRow?: number;
  /** ISO date of today: later submission dates are impossible (default: today, UTC). */
  today?: string;
}

/**
 * The part of reading an export that does not depend on the container: recognises the header,
 * then normalises every data row. The CSV reader (papaparse) and the xlsx reader (exceljs) both
 * end here so a row means the same thing whichever format it came in.
 *
 * Row numbers count records, not lines: header = row 1, first data record = row 2, which is
 * also the spreadsheet row number when the export is opened in Excel.
 */
export function readRows(
  rows: readonly (readonly string[])[],
  file: string,
  options: ReadRowsOptions = {},
): ReadResult {
  const first = rows[0];
  if (first === undefined || rows.every(isBlankRow)) {
    return { ok: false, issues: [fileIssue(file, 'empty-file', `${file}: empty file`)] };
  }
  const header = recogniseHeader(first, file);
  if (!header.ok) return { ok: false, issues: [header.issue] };

  const issues: Issue[] = [...header.issues];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const records: ExportRecord[] = [];
  let rowsRead = 0;
  // Blank records after the last data row are just the file's trailing line breaks.
  let last = rows.length - 1;
  while (last > 0 && isBlankRow(rows[last] ?? [])) last -= 1;

  for (let index = 1; index <= last; index += 1) {
    const cells = rows[index] ?? [];
    const row = index + (options.firstRow ?? 2) - 1;
    const broken = options.brokenRows?.get(index);
    if (broken !== undefined) {
      rowsRead += 1;
      issues.push({
        file,
        row,
        field: null,
        severity: 'error',
        code: 'unterminated-quote',
        message: `row ${row}: ${broken}; row skipped`,
      });
      continue;
    }
    if (isBlankRow(cells)) {
      // A blank line inside the file is not a record the portal wrote; say so, but it is no data loss.
      issues.push({
        file,
        row,
        field: null,
        severity: 'warning',
        code: 'blank-row',
        message: `row ${row}: blank row ignored`,
      });
      continue;
    }
    rowsRead += 1;
    const listing = header.listing;
    if (listing === null) {
      const result = normaliseRecord(cells, file, row, {
        descriptionColumn: header.descriptionColumn,
        today,
      });
      issues.push(...result.issues);
      if (result.ok) records.push(result.record);
      continue;
    }
    // A derived listing: the portal's fields are picked out by header name, Status names the list.
    if (cells.length !== listing.width) {
      issues.push(columnCountIssue(cells, listing.width, file, row));
      continue;
    }
    const rawStatus = (cells[listing.status] ?? '').trim();
    const list = LISTING_STATUS[key(rawStatus)];
    const result = normaliseRecord(
      listing.columns.map((i) => (i < 0 ? '' : (cells[i] ?? ''))),
      file,
      row,
      { descriptionColumn: listing.columns[8] === -1 ? 'none' : 'text', today },
    );
    if (list === undefined) {
      issues.push(
        makeIssue(
          file,
          row,
          'Status',
          'error',
          'bad-status',
          `row ${row}: Status ${quote(rawStatus)} is neither "Archived" nor "Under Investigation"; row skipped`,
        ),
        ...result.issues.filter((i) => i.severity === 'error'),
      );
      continue;
    }
    issues.push(...result.issues);
    if (result.ok) records.push({ ...result.record, list });
  }
  return { ok: true, records, issues, rowsRead };
}

/** Lower-case letters and digits only, so `Individuals  Affected ` still matches. */
function key(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const DERIVED_DESCRIPTION_FLAG = 'Web Description Present In Source';

/**
 * A derived listing of both lists (e.g. a table someone built from the two exports): the portal's
 * columns found by header name among extra ones, no Web Description, and a `Status` column.
 */
interface Listing {
  /** Width every data row has. */
  width: number;
  /** For each of the 9 portal columns, the column it is in; -1 when the file has none. */
  columns: number[];
  status: number;
}

const LISTING_STATUS: Readonly<Record<string, SnapshotKind>> = {
  archived: 'archive',
  underinvestigation: 'investigation',
};

type HeaderResult =
  | {
      ok: true;
      descriptionColumn: NonNullable<NormaliseOptions['descriptionColumn']>;
      /** Null for the portal's 9-column layout. */
      listing: Listing | null;
      issues: Issue[];
    }
  | { ok: false; issue: Issue };

/** The derived layout, when the header names the portal's first 8 columns and a Status column. */
function recogniseListing(cells: readonly string[]): Listing | null {
  const keys = cells.map(key);
  const columns = PORTAL_COLUMNS.map((name) => keys.indexOf(key(name)));
  const status = keys.indexOf('status');
  if (status < 0 || columns.slice(0, 8).some((i) => i < 0)) return null;
  return { width: cells.length, columns, status };
}

/**
 * An export is recognised by its header: 9 columns whose columns 2–7 carry the portal's names.
 * Columns 1 and 8 are not checked (the portal sometimes writes `javax.faces.component.UIPanel@…`
 * there), column 9 tells the portal's Web Description from a processed copy's Y/N flag.
 * A wider header that names the portal's first 8 columns and a `Status` column is a derived
 * listing of both lists (see Listing).
 */
function recogniseHeader(cells: readonly string[], file: string): HeaderResult {
  const expected = PORTAL_COLUMNS.join(', ');
  const found = cells
    .slice(0, 12)
    .map((cell) => quote(cell.trim().slice(0, 60)))
    .join(', ');
  const notExport = (why: string): HeaderResult => ({
    ok: false,
    issue: fileIssue(
      file,
      'not-an-export',
      `${file}: not an HHS breach-portal export — ${why}. Expected a header row of 9 columns: ${expected}; found ${cells.length} column${cells.length === 1 ? '' : 's'}: ${found}${cells.length > 12 ? ', …' : ''}`,
    ),
  });
  if (cells.length !== PORTAL_COLUMNS.length) {
    const listing = recogniseListing(cells);
    if (listing !== null) return { ok: true, descriptionColumn: 'none', listing, issues: [] };
    return notExport(`the first row has ${cells.length} columns, not 9`);
  }
  const mismatched = [1, 2, 3, 4, 5, 6].filter(
    (i) => key(cells[i] ?? '') !== key(PORTAL_COLUMNS[i] ?? ''),
  );
  if (mismatched.length > 0) {
    return notExport(
      `column${mismatched.length === 1 ? '' : 's'} ${mismatched.map((i) => i + 1).join(', ')} of the first row ${mismatched.length === 1 ? 'is' : 'are'} not named as in the portal`,
    );
  }
  const issues: Issue[] = [];
  const last = key(cells[8] ?? '');
  const descriptionColumn = last === key(DERIVED_DESCRIPTION_FLAG) ? 'flag' : 'text';
  const renamed = [0, 7, 8].filter((i) => {
    const name = key(cells[i] ?? '');
    return i === 8
      ? descriptionColumn === 'text' && name !== key(PORTAL_COLUMNS[8])
      : name !== key(PORTAL_COLUMNS[i] ?? '');
  });
  if (renamed.length > 0) {
    issues.push({
      file,
      row: 1,
      field: null,
      severity: 'warning',
      code: 'header-names',
      message: `${file}: header column${renamed.length === 1 ? '' : 's'} ${renamed.map((i) => `${i + 1} ${quote(cells[i] ?? '')}`).join(', ')} ${renamed.length === 1 ? 'is' : 'are'} not the portal's name; read by position as ${renamed.map((i) => PORTAL_COLUMNS[i]).join(', ')}`,
    });
  }
  return { ok: true, descriptionColumn, listing: null, issues };
}

function fileIssue(file: string, code: string, message: string): Issue {
  return { file, row: null, field: null, severity: 'error', code, message };
}
